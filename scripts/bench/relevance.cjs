// The relevance suite (tests/e2e/search-relevance.json) run through a site's full results page: for
// each query, whether one of its expected sections or questions is among the first three results.
// Works for any engine whose results page lists results as `article h2 a`.
// CommonJS so that both the benchmark (ES module) and the end-to-end spec (TypeScript) load it.
const {readFileSync} = require('node:fs');
const path = require('node:path');

const RELEVANCE_FILE = path.resolve(__dirname, '../../tests/e2e/search-relevance.json');
const loadRelevanceQueries = () => JSON.parse(readFileSync(RELEVANCE_FILE, 'utf8')).queries;

/** A result link as page + fragment, without the highlight parameters engines add. */
function resultTarget(href) {
  const url = new URL(href, 'http://x');
  return `${url.pathname}${url.hash}`;
}

/**
 * Runs every query in `page`: `show(page, query)` resolves once the page shows the results for that
 * query (or says there are none), listed as `article h2 a`. Returns one row per query: its top 3 and
 * whether it passed.
 */
async function runRelevance(page, queries, show) {
  const rows = [];
  for (const q of queries) {
    await show(page, q.query);
    const links = await page.locator('article h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => a.href));
    const top = links.map(resultTarget);
    rows.push({query: q.query, expect: q.expect, top, pass: top.some((t) => q.expect.includes(t))});
  }
  return rows;
}

module.exports = {RELEVANCE_FILE, loadRelevanceQueries, resultTarget, runRelevance};
