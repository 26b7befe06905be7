import {HIGHLIGHT_PARAM} from '../../../shared/searchLanding';

export {HIGHLIGHT_PARAM};

let landing: {readonly path: string; readonly terms: readonly string[]} | null = null;

/** The URL that opens a search result with its words marked. */
export function landingUrl(url: string, terms: readonly string[]): string {
  const target = new URL(url, 'http://site.invalid');
  for (const term of terms) target.searchParams.append(HIGHLIGHT_PARAM, term);
  return `${target.pathname}${target.search}${target.hash}`;
}

/**
 * On a page opened from a search result: marks the result's words in the article, then takes them
 * out of the address bar, so a link copied from it is clean. The words are kept for
 * `landingTerms()`, for code that re-renders the text and marks it again.
 */
export function markLanding(): void {
  const url = new URL(window.location.href);
  const terms = url.searchParams.getAll(HIGHLIGHT_PARAM).filter((t) => t.trim() !== '');
  if (terms.length === 0) return;
  landing = {path: url.pathname, terms};
  const article = document.querySelector('article');
  if (article) highlightTerms(article, terms);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/** The words the current page was opened with from a search result, if it was. */
export function landingTerms(): readonly string[] {
  return landing !== null && landing.path === window.location.pathname ? landing.terms : [];
}

/**
 * Marks search terms in a subtree (case-insensitive, anywhere in a word), outside controls and live
 * regions. Returns how many marks it added.
 */
export function highlightTerms(root: Element, terms: readonly string[]): number {
  // Longest first, so that "batching" is marked whole rather than as "batch" and "ing".
  const words = terms
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return 0;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, button, summary, [aria-live]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let count = 0;
  for (const text of texts) {
    const value = text.data;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      const start = match.index;
      if (start > last) parts.push(value.slice(last, start));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      parts.push(mark);
      last = start + match[0].length;
      count += 1;
    }
    if (parts.length === 0) continue;
    if (last < value.length) parts.push(value.slice(last));
    text.replaceWith(...parts);
  }
  return count;
}
