/**
 * When a chapter's facts were last checked: the `last_checked` front matter field (DESIGN.md, "Facts
 * that age"). Read by the page (shown beside the title), the content tests and the bench.
 */
export const LAST_CHECKED_FIELD = 'last_checked';

/**
 * The date in a front matter value: YAML gives `2026-12-03` as a string or a Date depending on the
 * parser, and route data carries a Date as its ISO string. Anything else (a typo, a month alone) is null.
 */
export function parseLastChecked(value: unknown): Date | null {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "December 2026": a month is the precision a reader needs, and it reads the same in every time zone.
 * The guide is in English; a table, not `toLocaleDateString`, whose first call in a page loads the
 * browser's date-format data (about 280 ms of one task with the CPU slowed 4x, when a chapter goes live).
 */
export function formatLastChecked(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Whole days from the check to `now` (negative if the date lies in the future). */
export function daysSinceChecked(date: Date, now: Date): number {
  return Math.floor((now.getTime() - date.getTime()) / 86_400_000);
}
