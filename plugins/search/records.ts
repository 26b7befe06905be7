import {load, type Cheerio, type CheerioAPI} from 'cheerio';
import type {AnyNode, Element} from 'domhandler';

/** What a search result is: the page's own intro, a section under a heading, or a study question. */
export type RecordKind = 'page' | 'section' | 'question';

/** One search result: the text from a heading with an `id` to the next such heading. */
export type SearchRecord = {
  /** The page URL, with the heading's id as fragment (none for the page's intro). */
  readonly url: string;
  /** The heading's text (the question, for a study question). */
  readonly title: string;
  /** The page's title (its h1). */
  readonly page: string;
  /** Titles of the headings this one sits under, outermost first (not the page title). */
  readonly trail: readonly string[];
  readonly kind: RecordKind;
  /** The content's HTML, the heading excluded. */
  readonly html: string;
  /** The content's text, blocks apart and image descriptions included: what is indexed and previewed. */
  readonly text: string;
  /** The words of the title, the content's text (node by node) and image descriptions, lower-cased. */
  readonly words: readonly string[];
  /** Share of the content's text that is link text: close to 1 for a reading list. */
  readonly linkShare: number;
  /** From a page beside the guide (the glossary): found, but ranked below the guide's own sections. */
  readonly aside?: boolean;
};

/** Where a page's text is, in Docusaurus' doc layout (a stable theme class name). */
export const CONTENT_ROOT = 'article .theme-doc-markdown';

/** Headings that start a record: the page title, and h2–h4 that can be linked to. */
const SECTION_HEADING = 'h1, h2[id], h3[id], h4[id]';

/**
 * Markup that is not the guide's text: anchor links (a zero-width space), buttons (Run, Quiz me,
 * copy link), the "Show answer" label of a study question, live status messages, decorative
 * elements (question numbers, icons), scripts.
 */
export const NOT_TEXT = [
  '.hash-link',
  'button',
  '[data-question-id] > details > summary',
  '[role="status"]',
  '[aria-hidden="true"]',
  'svg',
  'script',
  'style',
  'noscript',
].join(', ');

const WORD = /[\p{L}\p{N}]+/gu;
/** Elements whose text ends with a break: their last word and the next one's first stay apart. */
const BLOCK =
  'p, li, div, pre, td, th, tr, blockquote, figure, figcaption, summary, details, section, h5, h6, dt, dd, .token-line';

type Draft = {heading: Element | null; title: string; kind: RecordKind; trail: string[]; parts: AnyNode[]};

function headingText($: CheerioAPI, heading: Element): string {
  return $(heading)
    .text()
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function level(heading: Element): number {
  return Number(heading.tagName.slice(1));
}

/**
 * Cuts a built page into search records. A record runs from a heading to the next one in document
 * order, whatever the nesting: a study question's `h3` sits inside its list item, and a section may
 * be wrapped in an element of its own; elements that contain a heading are entered, the others are
 * taken whole. Throws when the page has no doc content or no title.
 */
export function extractRecords(html: string, pageUrl: string): SearchRecord[] {
  const $ = load(html);
  const root = $(CONTENT_ROOT).first();
  if (root.length === 0) throw new Error(`${pageUrl}: no "${CONTENT_ROOT}" element to index`);
  root.find(NOT_TEXT).remove();

  const headings = root.find(SECTION_HEADING).toArray();
  const pageHeading = headings.find((h) => h.tagName === 'h1');
  if (!pageHeading) throw new Error(`${pageUrl}: the page has no h1 title`);
  const sectionHeadings = new Set<AnyNode>(headings.filter((h) => h !== pageHeading));
  const isSectionHeading = (node: AnyNode): node is Element => sectionHeadings.has(node);
  const page = headingText($, pageHeading);
  // Elements with a heading inside are entered rather than taken whole.
  const containers = new Set<AnyNode>();
  for (const h of headings) for (let p = h.parent; p && !containers.has(p); p = p.parent) containers.add(p);

  const drafts: Draft[] = [{heading: null, title: page, kind: 'page', trail: [], parts: []}];
  const open: Element[] = []; // the headings above the current one, by level
  const walk = (node: Cheerio<AnyNode>) => {
    for (const child of node.contents().toArray()) {
      if (isSectionHeading(child)) {
        while (open.length > 0 && level(open[open.length - 1]!) >= level(child)) open.pop();
        drafts.push({
          heading: child,
          title: headingText($, child),
          kind: $(child).parent().is('[data-question-id]') ? 'question' : 'section',
          trail: open.map((h) => headingText($, h)),
          parts: [],
        });
        open.push(child);
      } else if (containers.has(child)) {
        walk($(child));
      } else if (child !== (pageHeading as AnyNode)) {
        drafts[drafts.length - 1]!.parts.push(child);
      }
    }
  };
  walk(root);

  // The page's own record holds the text before its first section; a page may have none.
  const hasText = (d: Draft) => $(d.parts).text().trim() !== '' || $(d.parts).find('img[alt]').length > 0;
  return drafts
    .filter((d) => d.kind !== 'page' || hasText(d))
    .map((d): SearchRecord => {
      const content = $(d.parts);
      const textNodes = content
        .toArray()
        .flatMap((n) => (n.type === 'text' ? [n] : $(n).find('*').addBack().contents().toArray()))
        .filter((n) => n.type === 'text');
      const alts = content
        .find('img[alt]')
        .addBack('img[alt]')
        .toArray()
        .map((img) => $(img).attr('alt') ?? '');
      const words = [d.title, ...textNodes.map((n) => $(n).text()), ...alts].flatMap(
        (t) => t.toLowerCase().match(WORD) ?? [],
      );
      const text = textNodes.map((n) => $(n).text()).join('');
      const linkText = content.find('a').addBack('a').text();
      // Diagrams are images whose alt text describes them: that is text of the guide too.
      const blocks = $('<div></div>').append(content.clone());
      blocks.find('br').replaceWith(' ');
      blocks.find(BLOCK).append(' ');
      blocks.find('img[alt]').each((_i, img) => {
        $(img).replaceWith($('<span></span>').text(` ${$(img).attr('alt') ?? ''} `));
      });
      const length = text.replace(/\s+/g, '').length;
      return {
        url: d.heading ? `${pageUrl}#${d.heading.attribs.id}` : pageUrl,
        title: d.title,
        page,
        trail: d.trail,
        kind: d.kind,
        html: d.parts.map((n) => $.html(n)).join(''),
        text: blocks.text().replace(/\s+/g, ' ').trim(),
        words,
        linkShare: length === 0 ? 0 : linkText.replace(/\s+/g, '').length / length,
      };
    });
}

/**
 * A page beside the guide (the glossary) as one search result: its short entries, each a record of
 * its own, would outrank the guide's sections that explain the same words; as one page it is found
 * for its words and opens with them marked, below the explanations.
 */
export function asideRecord(records: readonly SearchRecord[]): SearchRecord {
  const [first] = records;
  if (!first) throw new Error('asideRecord: a page without records');
  return {
    url: first.url.split('#')[0]!,
    title: first.page,
    page: first.page,
    trail: [],
    kind: 'page',
    html: records.map((r) => (r === first ? r.html : `<h2>${escapeText(r.title)}</h2>${r.html}`)).join(''),
    text: records.map((r) => (r === first ? r.text : `${r.title} ${r.text}`)).join(' '),
    words: records.flatMap((r) => r.words),
    linkShare: 0,
    aside: true,
  };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
