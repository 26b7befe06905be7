// The relevance suite (tests/e2e/search-relevance.json) run through a site's full results page
// (/search?q=…): for each query, whether one of its expected sections or questions is among the
// first three results. Works for any engine whose results page lists results as `article h2 a`.
import {readFileSync} from 'node:fs';
import path from 'node:path';

export const RELEVANCE_FILE = path.resolve(import.meta.dirname, '../../tests/e2e/search-relevance.json');
export const loadRelevanceQueries = () => JSON.parse(readFileSync(RELEVANCE_FILE, 'utf8')).queries;

/** A result link as page + fragment, without the highlight parameters engines add. */
export function resultTarget(href) {
  const url = new URL(href, 'http://x');
  return `${url.pathname}${url.hash}`;
}

/**
 * Runs every query on `${origin}/search?q=…` in `page`; `settled(page)` resolves once the page has
 * shown its results or said there are none. Returns one row per query: its top 3 and whether it passed.
 */
export async function runRelevance(page, origin, queries, settled) {
  const rows = [];
  for (const q of queries) {
    await page.goto(`${origin}/search?q=${encodeURIComponent(q.query)}`);
    await settled(page);
    const top = (
      await page.locator('article h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => a.href))
    ).map(resultTarget);
    rows.push({query: q.query, expect: q.expect, top, pass: top.some((t) => q.expect.includes(t))});
  }
  return rows;
}
