import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Response} from '@playwright/test';
import {loadChapters} from '../../plugins/chapters/chapters';
import {test, expect} from './fixtures';

const BUILD = path.resolve(__dirname, '../../build');
// The foundation issue's budgets. A chapter's text is not first-load JavaScript: the page hydrates
// around the static text and fetches it on first interaction (plugins/deferred-content). Code is
// highlighted at build time (plugins/code-highlighting): no page ships Prism.
const JS_BUDGET = 175 * 1024;
const CSS_BUDGET = 25 * 1024;
const CHAPTERS = loadChapters(path.resolve(__dirname, '../../docs')).map((c) => c.slug.slice(1));

const gz = (file: string) => gzipSync(readFileSync(file), {level: 9}).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

test('chapter pages stay within the 175 KiB first-load JavaScript and 25 KiB CSS budgets (gzip)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const rows: string[] = [];
  for (const slug of CHAPTERS) {
    const files = new Map<string, 'script' | 'stylesheet'>();
    const scripts: Promise<string>[] = [];
    const onResponse = (res: Response) => {
      const type = res.request().resourceType();
      if (type === 'script' || type === 'stylesheet') files.set(new URL(res.url()).pathname, type);
      if (type === 'script') scripts.push(res.text());
    };
    page.on('response', onResponse);
    await page.goto(`/docs/${slug}`);
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    let js = 0;
    let css = 0;
    for (const [pathname, type] of files) {
      const size = gz(path.join(BUILD, pathname));
      if (type === 'script') js += size;
      else css += size;
    }
    rows.push(
      `${slug.padEnd(22)} JS ${kib(js).padStart(10)}   CSS ${kib(css).padStart(9)}   ${files.size} files`,
    );
    expect(js, `${slug}: first-load JavaScript`).toBeLessThanOrEqual(JS_BUDGET);
    expect(css, `${slug}: first-load CSS`).toBeLessThanOrEqual(CSS_BUDGET);
    const deferred = [...files.keys()].filter((f) => /pyodide|\/runtime\/|\/body-/.test(f));
    expect(deferred, `${slug}: no code runtime and no chapter body on load`).toEqual([]);
    // Prism's tokenizer runs its hooks by these names; no build-time-highlighted page needs it.
    const prism = (await Promise.all(scripts)).filter((code) => code.includes('before-tokenize'));
    expect(prism, `${slug}: Prism in first-load JavaScript`).toEqual([]);
  }
  console.log(
    `First-load bytes per chapter page (gzip; JS budget ${kib(JS_BUDGET)}, CSS budget ${kib(CSS_BUDGET)}):\n${rows.join('\n')}`,
  );
});
