import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import type {Code} from 'mdast';
import {DOCS_DIR, parseMdx, walk} from '../content/mdx';

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
    const worker = new Worker(path.resolve(__dirname, 'pyodide-worker.mjs'));
    try {
      await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      const result = await new Promise<{kind: string; detail: string; stdout: string}>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage(CHECKER(blocks));
      });
      expect(result.kind, result.detail).toBe('ok');
      const lines = result.stdout.trim().split('\n');
      expect(lines.at(-1)).toBe(`checked ${blocks.length}`);
      expect(lines.slice(0, -1)).toEqual([]);
    } finally {
      await worker.terminate();
    }
  }, 120_000);
});
