import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locator, Page} from '@playwright/test';
import lunr from 'lunr';
import {test, expect} from './fixtures';

type IndexDoc = {i: number; t: string; u: string; h?: string; s?: string; p?: number};
const BUILD = path.resolve(__dirname, '../../build');

/** The built search index: [titles, headings, descriptions, keywords, contents] document lists. */
function loadIndex(): IndexDoc[][] {
  const parts = JSON.parse(readFileSync(path.join(BUILD, 'search-index.json'), 'utf8')) as {
    documents: IndexDoc[];
  }[];
  return parts.map((p) => p.documents);
}

/**
 * A word found in one question's answer and nowhere else on the site, read from the build so the
 * test follows the content: the answer is its question's record (hash = question id).
 */
function wordOnlyInOneAnswer(): {word: string; url: string; id: string} {
  const [titles, headings, , , contents] = loadIndex() as [
    IndexDoc[],
    IndexDoc[],
    IndexDoc[],
    IndexDoc[],
    IndexDoc[],
  ];
  const questionIds = new Set(
    readFileSync(path.resolve(__dirname, '../../docs/02-model-serving/_questions.mdx'), 'utf8')
      .match(/<Question id="[^"]+"/g)!
      .map((m) => m.slice(14, -1)),
  );
  // Counted by stem, as the search engine matches them ("debuggability" would also find "debugging").
  const stem = (w: string) => lunr.stemmer(new lunr.Token(w, {})).toString();
  const words = (text: string) => new Set((text.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? []).map(stem));
  const counts = new Map<string, number>();
  for (const doc of [...titles, ...headings, ...contents])
    for (const w of words(doc.t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const doc of contents) {
    const id = doc.h?.slice(1);
    if (!id || !questionIds.has(id)) continue;
    const unique = (doc.t.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? [])
      .filter((w) => counts.get(stem(w)) === 1)
      .sort();
    if (unique.length) return {word: unique[0]!, url: doc.u, id};
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

test('a term taught in a chapter returns the section that teaches it at the top', async ({page}) => {
  await page.goto('/docs');
  const options = await search(page, 'dynamic batching');
  const top = await options.evaluateAll((els) => els.slice(0, 3).map((e) => e.textContent ?? ''));
  expect(top.some((t) => /Dynamic batching/.test(t) && /Model Serving/.test(t))).toBe(true);
});

test('words found only inside one answer find that question; choosing it opens the answer with the words highlighted', async ({
  page,
}) => {
  const target = wordOnlyInOneAnswer();
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
  const target = wordOnlyInOneAnswer();
  await page.goto(`/search?q=${encodeURIComponent(target.word)}`);
  const result = page.locator('article h2 a').first();
  await expect(result).toBeVisible({timeout: 15_000});
  await result.click();
  await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
  await expect(page.locator(`li[data-question-id="${target.id}"] details`)).toHaveAttribute('open', '');
  await expect(page.locator(`li[data-question-id="${target.id}"] details mark`).first()).toBeVisible();
});
