import type {Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import {visit} from 'unist-util-visit';
import {parse as parseYaml} from 'yaml';

/**
 * The one reading of an MDX file outside Docusaurus' own loader: the syntax the site uses (front
 * matter, GitHub tables, admonition directives, JSX), as a Markdown tree. The chapters plugin reads
 * chapters with it; the content tests check the text with it.
 */
export function parseMdx(source: string): Root {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkMdx)
    .parse(source);
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The JSX elements of a tree with this name (e.g. "Question"), in document order. */
export function jsxElements(tree: Root, name: string): JsxElement[] {
  const found: JsxElement[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name)
      found.push(node);
  });
  return found;
}

/** A JSX attribute's value when it is a plain string. */
export function jsxAttr(node: JsxElement, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function frontMatter(tree: Root): Record<string, unknown> {
  const yaml = tree.children.find((c) => c.type === 'yaml');
  return yaml && 'value' in yaml ? ((parseYaml(yaml.value) as Record<string, unknown> | null) ?? {}) : {};
}

/** Words of prose, tables and inline code in a tree; fenced code blocks are examples, not counted. */
export function proseWords(tree: Root): number {
  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode')
      words += node.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  });
  return words;
}
