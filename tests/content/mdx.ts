import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import {toString} from 'mdast-util-to-string';
import {parse as parseYaml} from 'yaml';
import type {Root, RootContent, Code, Heading} from 'mdast';

export const DOCS_DIR = path.resolve(__dirname, '../../docs');

export type AnyNode = Root | RootContent;

export function parseMdx(source: string): Root {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkMdx)
    .parse(source);
}

export function walk(
  node: AnyNode,
  visit: (n: AnyNode, parent: AnyNode | null) => void,
  parent: AnyNode | null = null,
): void {
  visit(node, parent);
  if ('children' in node) for (const c of node.children as AnyNode[]) walk(c, visit, node);
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

export type JsxElement =
  Extract<RootContent, {type: 'mdxJsxFlowElement'}> | Extract<RootContent, {type: 'mdxJsxTextElement'}>;
export const isJsx = (n: AnyNode): n is JsxElement =>
  n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

export function jsxAttr(node: JsxElement, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : undefined;
}

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

export function frontMatter(root: Root): Record<string, unknown> {
  const y = root.children.find((c) => c.type === 'yaml');
  return y && 'value' in y ? (parseYaml(y.value) as Record<string, unknown>) : {};
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
  return readdirSync(DOCS_DIR, {withFileTypes: true})
    .filter((d) => d.isDirectory() && /^\d{2}-/.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((folder) => {
      const indexSource = readFileSync(path.join(DOCS_DIR, folder, 'index.mdx'), 'utf8');
      const questionsSource = readFileSync(path.join(DOCS_DIR, folder, '_questions.mdx'), 'utf8');
      return {
        number: Number(folder.slice(0, 2)),
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
