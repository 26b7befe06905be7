/**
 * Reading time, one definition for the build (plugins/chapters counts each chapter's words) and the
 * pages (chapter cards, chapter header). A steady pace for dense technical prose; leisure reading
 * runs nearer 240 words a minute.
 */
export const READING_WPM = 200;

/** Minutes to read `words` words of prose, rounded, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / READING_WPM));
}

export type ReadingMinutes = {readonly text: number; readonly answers: number};

/** "About 40 min of reading · 15 min of answers": enough to plan a study session. */
export function formatReadingTime(minutes: ReadingMinutes): string {
  return `About ${minutes.text} min of reading · ${minutes.answers} min of answers`;
}

/** What the estimate assumes, in words a reader can check. */
export const READING_BASIS = `Estimated at ${READING_WPM} words a minute; code examples are not counted.`;
