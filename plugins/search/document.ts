import {shardOf} from './client/typos';
import type {SearchRecord} from './records';

/** Link text above this share of a record's text makes it a reading list, ranked below explanations. */
export const READING_LIST_LINK_SHARE = 0.4;
/** Pagefind's weight for the words of a reading list (1 is normal text; the scale is quadratic). */
export const READING_LIST_WEIGHT = 0.5;

/**
 * Weights of a record from a page beside the guide (the glossary): its title as an h6 (Pagefind weighs
 * an h1 7, an h6 2) and its text at half weight, so a query's own section in the guide ranks above a
 * one-line definition of its words.
 */
export const ASIDE_TITLE_WEIGHT = 2;
export const ASIDE_WEIGHT = 0.5;

/** The result types a reader can filter by on the search page. */
export const KIND_FILTER = {question: 'Study questions', text: 'Text'} as const;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A `<meta>` that Pagefind reads as metadata (`meta`) or as a filter value (`filter`). */
const tag = (as: 'meta' | 'filter', key: string, value: string) =>
  `<meta data-pagefind-${as}="${key}[content]" content="${escapeHtml(value)}">`;

/**
 * The HTML document Pagefind indexes for one record: the heading as the title (Pagefind weighs an
 * h1 highest), the content below it, and the chapter, the headings above and the kind of record as
 * metadata and filters. Reading lists and asides weigh less, so the sections that explain a topic
 * rank first.
 */
export function recordDocument(record: SearchRecord): string {
  const weight = record.aside
    ? ASIDE_WEIGHT
    : record.linkShare > READING_LIST_LINK_SHARE
      ? READING_LIST_WEIGHT
      : 1;
  const title = escapeHtml(record.title);
  return [
    '<html lang="en"><head>',
    tag('meta', 'page', record.page),
    tag('meta', 'trail', JSON.stringify(record.trail)),
    // Pagefind would otherwise store the first image (often an inline SVG) with every result.
    tag('meta', 'image', ''),
    tag('filter', 'chapter', record.page),
    tag('filter', 'kind', record.kind === 'question' ? KIND_FILTER.question : KIND_FILTER.text),
    '</head><body>',
    record.aside
      ? `<div data-pagefind-meta="title" data-pagefind-weight="${ASIDE_TITLE_WEIGHT}">${title}</div>`
      : `<h1>${title}</h1>`,
    `<div data-pagefind-weight="${weight}">${record.html}</div>`,
    '</body></html>',
  ].join('');
}

/** Beside Pagefind's files: every word of the guide, most used first (typo corrections)… */
export const WORDS_FILE = 'words.txt';
/** … and the same words in parts, by first character (whether a query's words are in the guide). */
export const WORDS_DIR = 'words/';

/**
 * Every word of the guide, each once, the words in most records first (alphabetical among
 * equals): the search box searches only for words the index has, and corrects a long word it does
 * not have to the most used word one edit away (client/typos.ts).
 */
export function wordList(records: readonly SearchRecord[]): string[] {
  const uses = new Map<string, number>();
  for (const r of records) for (const w of new Set(r.words)) uses.set(w, (uses.get(w) ?? 0) + 1);
  return [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** The word list in parts, by file name (client/typos.ts `shardOf`), each in alphabetical order. */
export function wordParts(words: readonly string[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const w of [...words].sort()) {
    const file = shardOf(w);
    const part = parts.get(file);
    if (part) part.push(w);
    else parts.set(file, [w]);
  }
  return parts;
}
