/**
 * How a search result's words travel to the page it opens (plugins/search marks them there), and
 * how the chapter deferral (src/theme/DeferredChapter/liveTrigger.ts) knows the page was opened so.
 */
export const HIGHLIGHT_PARAM = '_highlight';

/** Whether a URL's query string carries search words to mark. */
export function isSearchLanding(search: string): boolean {
  return new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).some((t) => t.trim() !== '');
}
