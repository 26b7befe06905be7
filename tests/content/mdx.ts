import {readFileSync} from 'node:fs';
import path from 'node:path';
import {toString} from 'mdast-util-to-string';
import type {Root, RootContent, Code, Heading} from 'mdast';
import {CHAPTER_FOLDER, QUESTIONS_FILE, TEXT_FILE, chapterFolders} from '@site/plugins/chapters/chapters';
import {parseMdx, type JsxElement} from '@site/plugins/chapters/mdx';
import {visit} from 'unist-util-visit';

export {frontMatter, jsxAttr, parseMdx, type JsxElement} from '@site/plugins/chapters/mdx';

export const DOCS_DIR = path.resolve(__dirname, '../../docs');

export type AnyNode = Root | RootContent;

/** Calls `visitor` on every node of the tree, parents first, with the node's parent. */
export function walk(node: AnyNode, visitor: (n: AnyNode, parent: AnyNode | null) => void): void {
  visit(node, (n, _index, parent) => visitor(n as AnyNode, (parent as AnyNode | undefined) ?? null));
}

export function collect<T extends AnyNode>(root: AnyNode, test: (n: AnyNode) => n is T): T[] {
  const out: T[] = [];
  walk(root, (n) => {
    if (test(n)) out.push(n);
  });
  return out;
}

export const isCode = (n: AnyNode): n is Code => n.type === 'code';
export const isHeading = (n: AnyNode): n is Heading => n.type === 'heading';

export const isJsx = (n: AnyNode): n is JsxElement =>
  n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** Heading text without its `{/* #id *\/}` marker, and the id. */
export function headingInfo(h: Heading): {text: string; id: string | undefined} {
  let id: string | undefined;
  walk(h, (n) => {
    if (n.type === 'mdxTextExpression') {
      const m = /^\/\*\s*#([\w-]+)\s*\*\/$/.exec(n.value.trim());
      if (m) id = m[1];
    }
  });
  const text = h.children
    .filter((c) => c.type !== 'mdxTextExpression')
    .map((c) => toString(c))
    .join('')
    .trim();
  return {text, id};
}

export type ChapterFiles = {
  readonly number: number;
  readonly folder: string;
  readonly indexSource: string;
  readonly index: Root;
  readonly questionsSource: string;
  readonly questions: Root;
};

export function loadChapterFiles(): ChapterFiles[] {
  return chapterFolders(DOCS_DIR).map((folder) => {
    const indexSource = readFileSync(path.join(DOCS_DIR, folder, TEXT_FILE), 'utf8');
    const questionsSource = readFileSync(path.join(DOCS_DIR, folder, QUESTIONS_FILE), 'utf8');
    return {
      number: Number(CHAPTER_FOLDER.exec(folder)![1]),
      folder,
      indexSource,
      index: parseMdx(indexSource),
      questionsSource,
      questions: parseMdx(questionsSource),
    };
  });
}

/** Words of prose, tables and inline code in a subtree; fenced code blocks are examples, not counted. */
export function wordCount(node: AnyNode): number {
  let text = '';
  walk(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') text += ` ${n.value} `;
  });
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
