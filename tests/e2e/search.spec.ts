import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Locator, Page} from '@playwright/test';
import lunr from 'lunr';
import {
  expandDocuments,
  expandIndex,
  type CompactIndex,
  type IndexDocument,
} from '@easyops-cn/docusaurus-search-local/dist/client/shared/expandIndex';
import {test, expect} from './fixtures';

type IndexPart = {documents: IndexDocument[]; index: CompactIndex};
const BUILD = path.resolve(__dirname, '../../build');
const INDEX_FILE = path.join(BUILD, 'search-index.json');
/** Issue 7: what the browser fetches for search on first use stays well under 150 KiB gzip. */
const INDEX_BUDGET_GZIP = 150 * 1024;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The built search index: [titles, headings, descriptions, keywords, contents] parts. */
function loadIndex(): IndexPart[] {
  return JSON.parse(readFileSync(INDEX_FILE, 'utf8')) as IndexPart[];
}

/**
 * A word found in one question's answer and nowhere else on the site (titles, headings, text),
 * read from the build so the test follows the content: the answer is its question's record (hash =
 * question id). Content records store only an excerpt, so the answers' text is read from the page
 * and the index's own postings say where each word occurs.
 */
async function wordOnlyInOneAnswer(page: Page): Promise<{word: string; url: string; id: string}> {
  const parts = loadIndex();
  const documents = expandDocuments(parts);
  // Counted by stem, as the search engine matches them ("debuggability" would also find "debugging").
  const stem = (w: string) => lunr.stemmer(new lunr.Token(w, {})).toString();
  const refsByTerm = new Map<string, string[]>();
  // Titles, headings and contents: parts 0, 1 and 4.
  for (const type of [0, 1, 4]) {
    const {invertedIndex} = expandIndex(parts[type]!.index, documents[type]!, lunr.version);
    for (const [term, posting] of invertedIndex)
      refsByTerm.set(term, [...(refsByTerm.get(term) ?? []), ...Object.keys(posting.t)]);
  }
  const contentByRef = new Map(documents[4]!.map((doc) => [String(doc.i), doc]));
  await page.goto('/docs/model-serving');
  const answers = await page.locator('li[data-question-id]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-question-id') ?? '',
      text: [...(li.querySelector('details')?.children ?? [])]
        .filter((child) => child.tagName !== 'SUMMARY')
        .map((child) => child.textContent)
        .join(' '),
    })),
  );
  for (const {id, text} of answers) {
    const onlyHere = (word: string) => {
      const refs = refsByTerm.get(stem(word)) ?? [];
      return refs.length === 1 && contentByRef.get(refs[0]!)?.h === `#${id}`;
    };
    const unique = (text.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? []).filter(onlyHere).sort();
    if (unique.length) {
      const ref = refsByTerm.get(stem(unique[0]!))![0]!;
      return {word: unique[0]!, url: contentByRef.get(ref)!.u!, id};
    }
  }
  throw new Error('No word found only in one answer of chapter 2');
}

async function search(page: Page, query: string): Promise<Locator> {
  const input = page
    .getByRole('combobox', {name: 'Search'})
    .or(page.locator('input.navbar__search-input'))
    .first();
  await input.click();
  await input.fill(query);
  const options = page.locator('[role="option"]');
  await expect(options.first()).toBeVisible({timeout: 15_000});
  return options;
}

test('the index loads only when the reader first uses search', async ({page}) => {
  const indexRequests: string[] = [];
  page.on('request', (r) => {
    if (/search-index.*\.json/.test(r.url())) indexRequests.push(r.url());
  });
  await page.goto('/docs/model-serving');
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);
  await search(page, 'batching');
  expect(indexRequests.length).toBeGreaterThan(0);
});

test('search on first use fetches well under 150 KiB gzip', async ({browser, baseURL}) => {
  const data = readFileSync(INDEX_FILE);
  const gzip = gzipSync(data, {level: 9}).length;
  // What the browser fetches when the reader first searches: the index, the search worker, lunr
  // and the autocomplete. No service worker, whose precaching would mix other files in.
  const context = await browser.newContext({baseURL, serviceWorkers: 'block'});
  try {
    const page = await context.newPage();
    await page.goto('/docs/model-serving');
    await page.waitForLoadState('networkidle');
    // Route prefetches (Sec-Purpose: prefetch) for the page's links may land meanwhile: not search.
    const fetched: Promise<{url: string; size: number} | null>[] = [];
    page.on('requestfinished', (r) =>
      fetched.push(
        Promise.all([r.sizes(), r.headerValue('sec-purpose')]).then(([sizes, purpose]) =>
          purpose?.includes('prefetch') ? null : {url: r.url(), size: sizes.responseBodySize},
        ),
      ),
    );
    await search(page, 'batching');
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(fetched)).filter((f) => f !== null);
    const wire = files.reduce((sum, f) => sum + f.size, 0);
    console.log(
      `Search index ${kib(data.length)} raw, ${kib(gzip)} gzip; first use fetches ${kib(wire)} ` +
        `(${files.length} files; budget ${kib(INDEX_BUDGET_GZIP)})`,
    );
    expect(gzip).toBeLessThanOrEqual(INDEX_BUDGET_GZIP);
    expect(files.some((f) => /search-index.*\.json/.test(f.url))).toBe(true);
    expect(wire).toBeLessThanOrEqual(INDEX_BUDGET_GZIP);
  } finally {
    await context.close();
  }
});

test('mark.js is fetched only on a page reached from a search result', async ({page}) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
  });
  const loadsMarkJs = async () => (await Promise.all(scripts)).some((body) => body.includes('data-markjs'));
  await page.goto('/docs/model-serving');
  await page.waitForLoadState('networkidle');
  expect(await loadsMarkJs()).toBe(false);
  await page.goto('/docs/model-serving?_highlight=batching');
  await expect(page.locator('article mark').first()).toBeVisible();
  expect(await loadsMarkJs()).toBe(true);
});

test('a term taught in a chapter returns the section that teaches it at the top', async ({page}) => {
  await page.goto('/docs');
  const options = await search(page, 'dynamic batching');
  const top = await options.evaluateAll((els) => els.slice(0, 3).map((e) => e.textContent ?? ''));
  expect(top.some((t) => /Dynamic batching/.test(t) && /Model Serving/.test(t))).toBe(true);
});

test('words found only inside one answer find that question; choosing it opens the answer with the words highlighted', async ({
  page,
}) => {
  const target = await wordOnlyInOneAnswer(page);
  await page.goto('/docs');
  const options = await search(page, target.word);
  await options.first().click();
  await expect(page).toHaveURL(new RegExp(`${target.url}\\?_highlight=.*#${target.id}$`));
  const details = page.locator(`li[data-question-id="${target.id}"] details`);
  await expect(details).toHaveAttribute('open', '');
  const mark = details.locator('mark').first();
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText(new RegExp(target.word, 'i'));
});

test('a typo in a long word still finds it; short words are not fuzzy-matched', async ({page}) => {
  await page.goto('/docs');
  const options = await search(page, 'kubernetse');
  await expect(options.first()).toContainText(/Kubernetes/);
  const input = page.locator('input.navbar__search-input');
  await input.fill('hpz');
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await input.fill('hpa');
  await expect(page.locator('[role="option"]').first()).toBeVisible();
});

test('search works from the keyboard alone', async ({page}) => {
  await page.goto('/docs/introduction');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.locator('input.navbar__search-input')).toBeFocused();
  await page.keyboard.type('error budget');
  await expect(page.locator('[role="option"]').first()).toBeVisible({timeout: 15_000});
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/_highlight=/);
  await expect(page.locator('article mark').first()).toBeVisible();
});

test('the full results page lists questions as results and lands on them opened', async ({page}) => {
  const target = await wordOnlyInOneAnswer(page);
  await page.goto(`/search?q=${encodeURIComponent(target.word)}`);
  const result = page.locator('article h2 a').first();
  await expect(result).toBeVisible({timeout: 15_000});
  await result.click();
  await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
  await expect(page.locator(`li[data-question-id="${target.id}"] details`)).toHaveAttribute('open', '');
  await expect(page.locator(`li[data-question-id="${target.id}"] details mark`).first()).toBeVisible();
});
