import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Code} from 'mdast';
import {DOCS_DIR, parseMdx, walk} from '../content/mdx';
import {sharedPythonPool} from './pythonPool';

/** A code block a reader may copy: Python must compile, TOML must parse (Python's own compile and tomllib). */
type Block = {readonly where: string; readonly lang: 'python' | 'toml'; readonly code: string};

function collectBlocks(): Block[] {
  const files = readdirSync(DOCS_DIR, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .sort();
  const blocks: Block[] = [];
  for (const rel of files) {
    walk(parseMdx(readFileSync(path.join(DOCS_DIR, rel), 'utf8')), (node) => {
      if (node.type !== 'code') return;
      const code = node as Code;
      const lang = code.lang === 'py' ? 'python' : code.lang;
      if (lang === 'python' || lang === 'toml')
        blocks.push({where: `docs/${rel}:${code.position?.start.line}`, lang, code: code.value});
    });
  }
  return blocks;
}

// One Python program checks every block and prints one line per failure.
const CHECKER = (blocks: readonly Block[]) => `
import json, tomllib
for where, lang, code in json.loads(${JSON.stringify(JSON.stringify(blocks.map((b) => [b.where, b.lang, b.code])))}):
    try:
        if lang == "python":
            compile(code, where, "exec")
        else:
            tomllib.loads(code)
    except Exception as error:
        print(f"{where}: {type(error).__name__}: {error}")
print("checked", len(json.loads(${JSON.stringify(JSON.stringify(blocks.map((b) => b.where)))})))
`;

describe('code blocks readers copy', () => {
  const blocks = collectBlocks();

  it('include the Python blocks of every chapter (TOML blocks, when a chapter has one)', () => {
    expect(blocks.filter((b) => b.lang === 'python').length).toBeGreaterThanOrEqual(40);
  });

  it('compile (every Python block) and parse (every TOML block), in the runtime readers run', async () => {
    const result = await sharedPythonPool().run(CHECKER(blocks), 110_000);
    expect(result, 'finished within its time limit').not.toBe('timeout');
    if (result === 'timeout') return;
    expect(result.kind, result.detail || result.stderr).toBe('ok');
    const lines = result.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe(`checked ${blocks.length}`);
    expect(lines.slice(0, -1)).toEqual([]);
  }, 120_000);
});
