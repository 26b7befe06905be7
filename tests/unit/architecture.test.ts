import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';

// The layout's rules (ARCHITECTURE.md): no import cycles; plugins own their code (none imports
// src/); src/ takes only types from plugins/; shared/ (build and browser) depends on neither.
const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['src', 'plugins', 'shared', 'config'];
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.cjs'];

type Import = {readonly from: string; readonly to: string; readonly typeOnly: boolean};

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && EXTENSIONS.some((x) => e.name.endsWith(x)) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** The repository file a specifier names, or null for a package or a generated module. */
function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('.')) base = path.join(path.dirname(from), specifier);
  else if (specifier.startsWith('@site/')) base = specifier.slice('@site/'.length);
  else return null;
  const candidates = [
    base,
    ...EXTENSIONS.map((x) => base + x),
    ...EXTENSIONS.map((x) => path.join(base, `index${x}`)),
  ];
  return (
    candidates.find((c) => existsSync(path.join(ROOT, c)) && statSync(path.join(ROOT, c)).isFile()) ?? null
  );
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const code = readFileSync(path.join(ROOT, file), 'utf8');
  const found: Import[] = [];
  for (const m of code.matchAll(IMPORT)) {
    const specifier = m[3] ?? m[4]!;
    const to = resolve(file, specifier);
    if (to) found.push({from: file, to, typeOnly: Boolean(m[2])});
  }
  return found;
}

const files = FOLDERS.flatMap(sourceFiles);
const imports = files.flatMap(importsOf);
const top = (file: string) => file.split(path.sep)[0];

describe('the layout’s rules', () => {
  it('reads the imports it checks', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(imports).toContainEqual({
      from: 'src/chapters.ts',
      to: 'plugins/chapters/index.ts',
      typeOnly: true,
    });
  });

  it('has no import cycles', () => {
    const graph = new Map<string, string[]>();
    for (const i of imports) graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...stack.slice(stack.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      stack.push(file);
      for (const next of graph.get(file) ?? []) visit(next);
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) visit(file);
    expect(cycles).toEqual([]);
  });

  it('keeps plugins out of src/, and shared/ out of both', () => {
    const crossings = imports.filter(
      (i) =>
        (top(i.from) === 'plugins' && top(i.to) === 'src') ||
        (top(i.from) === 'shared' && ['src', 'plugins'].includes(top(i.to)!)),
    );
    expect(crossings).toEqual([]);
  });

  it('lets src/ take only types from plugins/', () => {
    const values = imports.filter((i) => top(i.from) === 'src' && top(i.to) === 'plugins' && !i.typeOnly);
    expect(values).toEqual([]);
  });
});

describe("the README's layout section", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /## Project layout[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

  /** The paths the block names: one per line, nested by indentation (2 spaces a level). */
  const named = (() => {
    const stack: {indent: number; path: string}[] = [];
    const paths: string[] = [];
    for (const line of block.split('\n')) {
      const m = /^( *)(\S+)/.exec(line);
      // A line that only continues the previous line's description starts far to the right.
      if (!m || m[1]!.length > 20) continue;
      const indent = m[1]!.length;
      while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
      const full = path.posix.join(stack.at(-1)?.path ?? '', m[2]!);
      paths.push(full);
      if (m[2]!.endsWith('/')) stack.push({indent, path: full});
    }
    return paths;
  })();

  it('names the top-level folders and plugins', () => {
    expect(named).toEqual(expect.arrayContaining(['docs/', 'plugins/', 'src/', 'tests/', 'plugins/search/']));
    expect(named.length).toBeGreaterThan(30);
  });

  it('names only paths that exist', () => {
    expect(named.filter((p) => !existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it('names every plugin and every folder of src/', () => {
    const folders = (dir: string) =>
      readdirSync(path.join(ROOT, dir), {withFileTypes: true})
        .filter((e) => e.isDirectory())
        .map((e) => `${dir}/${e.name}/`);
    for (const folder of [...folders('plugins'), ...folders('src')]) expect(named, folder).toContain(folder);
  });
});
