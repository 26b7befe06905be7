import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Code} from 'mdast';
import {parseCodeMeta, runnableLanguage, type RunnableLanguage} from '@site/shared/codeMeta';
import {DOCS_DIR, parseMdx, walk} from '../content/mdx';

export type Snippet = {
  readonly file: string;
  readonly line: number;
  readonly language: RunnableLanguage;
  readonly title: string;
  readonly code: string;
  readonly timeoutSeconds: number;
  /** Declared by a ```text expected-output``` block right after the snippet. */
  readonly expectedOutput?: string;
};

/** Every runnable snippet in docs/, in file order. */
export function collectSnippets(): Snippet[] {
  const files = readdirSync(DOCS_DIR, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .sort();
  const snippets: Snippet[] = [];
  for (const rel of files) {
    const tree = parseMdx(readFileSync(path.join(DOCS_DIR, rel), 'utf8'));
    walk(tree, (node) => {
      if (!('children' in node)) return;
      const children = node.children as Code[];
      children.forEach((child, i) => {
        if (child.type !== 'code') return;
        const meta = parseCodeMeta(child.meta);
        const language = runnableLanguage(child.lang);
        if (!meta.runnable || !language) return;
        const next = children[i + 1];
        const expected =
          next?.type === 'code' &&
          next.lang === 'text' &&
          parseCodeMeta(next.meta).rest.includes('expected-output')
            ? next.value
            : undefined;
        snippets.push({
          file: `docs/${rel}`,
          line: child.position?.start.line ?? 0,
          language,
          title: meta.title ?? `${rel}:${child.position?.start.line}`,
          code: child.value,
          timeoutSeconds: meta.timeout!,
          expectedOutput: expected,
        });
      });
    });
  }
  return snippets;
}
