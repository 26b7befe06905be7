/** Where a query word matched in a record's text (word positions, as the engine reports them). */
export type Location = {readonly location: number; readonly balanced_score: number};

/** How the engine splits a record's text into the words its locations count. */
export const WORD_SEPARATOR = /[^\S\uFEFF]+/;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The passage of a record's text that best matches a query, as HTML with the matched words in
 * `<mark>`: the window of `length` words holding the highest total score of matches. The record's
 * first `skip` words (its title, shown apart) are left out, so a title match does not pull the
 * preview to the top of the section. Text is escaped; only the marks are markup.
 */
export function excerpt(
  content: string,
  locations: readonly Location[],
  skip: number,
  length: number,
): string {
  const words = content.split(WORD_SEPARATOR);
  const body = locations.filter((l) => l.location >= skip && l.location < words.length);
  let start = skip;
  let best = -1;
  for (const candidate of body) {
    // A little context before the match.
    const from = Math.max(skip, Math.min(candidate.location - 2, words.length - length));
    const score = body
      .filter((l) => l.location >= from && l.location < from + length)
      .reduce((sum, l) => sum + l.balanced_score, 0);
    if (score > best) {
      best = score;
      start = from;
    }
  }
  const end = Math.min(words.length, start + length);
  const marked = new Set(body.map((l) => l.location));
  const html = words
    .slice(start, end)
    .map((w, i) => (marked.has(start + i) ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)))
    .join(' ');
  return `${start > skip ? '… ' : ''}${html}${end < words.length ? ' …' : ''}`;
}

/** The distinct words marked in an excerpt, lower-cased: what to highlight on the page it opens. */
export function markedWords(html: string): string[] {
  const words = [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .toLowerCase(),
  );
  return [...new Set(words.filter((w) => w.length > 0))];
}
