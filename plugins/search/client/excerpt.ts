import {tokenize} from '../document';

/** Where a query word matched in a record's text (word positions) and how well (exact: 1, prefix: less). */
export type Location = {readonly location: number; readonly balanced_score: number};

/** How a record's text is split into the words locations count. */
export const WORD_SEPARATOR = /\s+/;

/** A prefix match counts this much against a whole word. */
const PREFIX_SCORE = 0.5;

/**
 * Where the query's words occur in a text: each word of the text (split at spaces) whose parts
 * (runs of letters and digits, lower-cased) equal a query word or start with one, as the index
 * matches them.
 */
export function locate(text: string, queryWords: readonly string[]): Location[] {
  const wanted = queryWords.flatMap((w) => tokenize(w.toLowerCase()));
  if (wanted.length === 0) return [];
  const out: Location[] = [];
  text.split(WORD_SEPARATOR).forEach((word, location) => {
    let best = 0;
    for (const part of tokenize(word.toLowerCase()))
      for (const w of wanted)
        if (part === w) best = 1;
        else if (part.startsWith(w)) best = Math.max(best, PREFIX_SCORE);
    if (best > 0) out.push({location, balanced_score: best});
  });
  return out;
}

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
