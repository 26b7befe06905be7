import type {Heading, Link, Parent, Root, RootContent, Text} from 'mdast';
import {CHAPTER_FOLDER} from '../chapters/chapters';
import {GLOSSARY, GLOSSARY_PATH} from '../../shared/glossary';

/** What the plugin needs of a glossary entry (shared/glossary.ts has the full entries). */
export type GlossaryLink = {
  readonly id: string;
  readonly chapter: number;
  readonly section: string;
  readonly match: string;
};

export type Options = {
  readonly terms: readonly GlossaryLink[];
  /** The glossary page's URL path, e.g. "/glossary". */
  readonly path: string;
};

type VFileLike = {path?: string};

/** The class of a linked term in the chapter's HTML (styled in custom.css, counted by the tests). */
export const TERM_CLASS = 'glossary-term';

// Nodes whose text is not prose to link: a heading (it has its own anchor), an existing link, code,
// and JSX elements (components render their text as they choose), except a figure's caption.
const SKIP = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode']);
const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const PROSE_ELEMENTS = new Set(['figure', 'figcaption']);

/**
 * A heading's id: the one Docusaurus' heading plugin has set by the time ours run, else the
 * `{/* #id *\/}` comment an author wrote (when the tree comes from our own parser, in tests).
 */
export function headingId(heading: Heading): string | undefined {
  const set = (heading.data as {hProperties?: {id?: unknown}} | undefined)?.hProperties?.id;
  if (typeof set === 'string') return set;
  for (const child of heading.children) {
    if (child.type !== 'mdxTextExpression') continue;
    const m = /^\/\*\s*#([\w-]+)\s*\*\/$/.exec(child.value.trim());
    if (m) return m[1];
  }
  return undefined;
}

/** The chapter number of a chapter's text file, from its folder (docs/04-monitoring/index.mdx → 4). */
export function chapterOf(filePath: string | undefined): number | null {
  const parts = (filePath ?? '').split(/[\\/]/);
  const folder = parts.at(-2);
  const m = parts.at(-1) === 'index.mdx' && folder ? CHAPTER_FOLDER.exec(folder) : null;
  return m ? Number(m[1]) : null;
}

/** The top-level nodes of the section under the heading with this id (subsections included). */
function sectionNodes(tree: Root, id: string): RootContent[] | null {
  const start = tree.children.findIndex((n) => n.type === 'heading' && headingId(n) === id);
  if (start < 0) return null;
  const depth = (tree.children[start] as Heading).depth;
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((n) => n.type === 'heading' && n.depth <= depth);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Replaces the first match of `pattern` in the text under `nodes` with a link; true if it did. */
function linkFirst(
  nodes: readonly RootContent[],
  parent: Parent | null,
  pattern: RegExp,
  url: string,
): boolean {
  for (const node of nodes) {
    if (SKIP.has(node.type)) continue;
    if (JSX.has(node.type) && !PROSE_ELEMENTS.has((node as {name?: string | null}).name ?? '')) continue;
    if (node.type === 'text' && parent) {
      const m = pattern.exec(node.value);
      if (!m) continue;
      const link: Link = {
        type: 'link',
        url,
        children: [{type: 'text', value: m[0]}],
        data: {hProperties: {className: [TERM_CLASS]}},
      };
      const before: Text = {type: 'text', value: node.value.slice(0, m.index)};
      const after: Text = {type: 'text', value: node.value.slice(m.index + m[0].length)};
      const parts = [before, link, after].filter((p) => p.type === 'link' || p.value !== '');
      parent.children.splice(parent.children.indexOf(node as never), 1, ...(parts as never[]));
      return true;
    }
    if ('children' in node && linkFirst(node.children as RootContent[], node as Parent, pattern, url))
      return true;
  }
  return false;
}

/**
 * Links each glossary term where its chapter defines it: the first mention inside the term's
 * defining section becomes a link to the term's entry on the glossary page. Chapters stay plain
 * Markdown; the glossary data (shared/glossary.ts) says where each term is defined. A term whose
 * section or mention is missing fails the build, naming the file, so the data cannot rot. The data
 * is imported here, not passed as an option: Docusaurus ships the site config, plugin options
 * included, to every page.
 */
export default function remarkGlossary(options: Options = {terms: GLOSSARY, path: GLOSSARY_PATH}) {
  return (tree: Root, file: VFileLike): void => {
    const chapter = chapterOf(file.path);
    if (chapter === null) return;
    for (const term of options.terms.filter((t) => t.chapter === chapter)) {
      const where = `${file.path ?? 'unknown file'}: glossary term "${term.id}"`;
      const nodes = sectionNodes(tree, term.section);
      if (!nodes) throw new Error(`${where}: no heading with the id "${term.section}".`);
      const url = `${options.path}#${term.id}`;
      if (!linkFirst(nodes, null, new RegExp(term.match), url))
        throw new Error(`${where}: section "${term.section}" never mentions /${term.match}/.`);
    }
  };
}
