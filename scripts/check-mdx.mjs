// Compiles MDX files with the same MDX version as the site, to catch syntax errors without a full
// build. Usage: node scripts/check-mdx.mjs docs/02-model-serving [more files or folders]
import {readFile, readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';

async function files(target) {
  if (!(await stat(target)).isDirectory()) return [target];
  const entries = await readdir(target, {recursive: true});
  return entries.filter((f) => f.endsWith('.mdx') || f.endsWith('.md')).map((f) => path.join(target, f));
}

const targets = process.argv.slice(2);
if (targets.length === 0) targets.push('docs');
let failed = 0;
for (const file of (await Promise.all(targets.map(files))).flat()) {
  try {
    await compile(await readFile(file, 'utf8'), {
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective],
    });
    console.log(`ok   ${file}`);
  } catch (error) {
    failed += 1;
    console.error(`FAIL ${file}: ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
