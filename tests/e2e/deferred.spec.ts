import type {Page} from '@playwright/test';
import {engage, test, expect, chapterIsLive} from './fixtures';

// Chapters hydrate around their static text and fetch the text's React tree on first interaction,
// or before hydrating for a returning learner (plugins/deferred-content, src/theme/DeferredChapter).
// These tests pin down what the reader must never notice.
const CHAPTER = '/docs/model-serving';
const body = (page: Page) => page.locator('[data-deferred-body]:not([hidden])');

function bodyChunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    const name = new URL(req.url()).pathname.split('/').pop() ?? '';
    if (/^body-/.test(name)) seen.push(name);
  });
  return seen;
}

test('a chapter loads with its whole text in the HTML and without its React tree', async ({page}) => {
  const chunks = bodyChunks(page);
  await page.goto(CHAPTER);
  await page.waitForLoadState('networkidle');
  await expect(body(page)).toContainText('Dynamic batching');
  await expect(body(page).locator('li[data-question-id]')).toHaveCount(10);
  await expect(body(page).locator('.token').first()).toBeAttached(); // highlighted on the server
  await expect(body(page)).not.toHaveAttribute('data-live');
  expect(chunks).toEqual([]);
});

test('the live tree replaces the static copy without changing what the reader sees', async ({page}) => {
  const chunks = bodyChunks(page);
  await page.goto(CHAPTER);
  await page.waitForLoadState('networkidle');
  // The whole layout stays: the top of the questions and of the one before the answer opened
  // below (which offers its grades once live), to the pixel.
  const tops = () =>
    page.evaluate(() =>
      ['section[aria-label="Study questions"]', 'li[data-question-id]:nth-child(2)'].map((selector) => {
        const root = [...document.querySelectorAll('[data-deferred-body]')].find(
          (el) => !(el as HTMLElement).hidden,
        )!;
        return root.querySelector(selector)!.getBoundingClientRect().top + window.scrollY;
      }),
    );
  const before = await tops();
  // An answer opened natively (no script needed) before the tree arrives stays open.
  const details = page.locator('li[data-question-id] details').nth(2);
  await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const opened = await tops();
  const text = await body(page).innerText();
  await engage(page);
  expect(chunks).toEqual([expect.stringMatching(/^body-02-model-serving\./)]);
  await expect(details).toHaveAttribute('open', '');
  await expect(details.locator('summary')).toHaveText('Hide answer');
  // The same words: a first visitor has no progress to show. The open answer now offers its
  // grades, which the static copy could not.
  const live = await body(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[role="group"]').forEach((group) => {
      copy.querySelector(`[id="${group.getAttribute('aria-labelledby')}"]`)?.remove();
      group.remove();
    });
    root.after(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
  const words = (s: string) => s.split(/\s+/).filter((w) => !/^(Hide|Show)$/.test(w));
  expect(words(live)).toEqual(words(text));
  const after = await tops();
  expect(Math.abs(after[0]! - before[0]!)).toBeLessThanOrEqual(1);
  expect(Math.abs(after[1]! - opened[1]!)).toBeLessThanOrEqual(1);
});

test('a text selection and the scroll position survive the swap to the live tree', async ({page}) => {
  await page.goto(CHAPTER);
  await page.waitForLoadState('networkidle');
  const paragraph = body(page).locator('p').nth(3);
  await paragraph.scrollIntoViewIfNeeded();
  // Selecting with the keyboard-free API does not count as acting on the chapter.
  const selected = await paragraph.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    return document.getSelection()!.toString();
  });
  expect(selected.length).toBeGreaterThan(20);
  const scrollY = await page.evaluate(() => window.scrollY);
  await body(page).dispatchEvent('pointerover');
  await chapterIsLive(page);
  expect(await page.evaluate(() => document.getSelection()!.toString())).toBe(selected);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
});

test('a button pressed before the live tree arrives is pressed again after it', async ({page}) => {
  await page.goto(CHAPTER);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', {name: 'Expand all answers'}).click();
  const all = page.locator('section[aria-label="Study questions"] li[data-question-id] > details');
  await expect(all.first()).toHaveAttribute('open', '');
  expect(await all.evaluateAll((ds) => ds.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
  await expect(body(page)).toHaveAttribute('data-live', '');
});

test('a returning learner gets the live chapter at once, never a swap of its server HTML', async ({page}) => {
  await page.goto('/404-seed');
  await page.evaluate(() =>
    localStorage.setItem(
      'mai10.progress',
      JSON.stringify({
        format: 'mastering-ai-10-progress',
        version: 1,
        cards: {
          'rest-vs-grpc': {
            due: new Date(Date.now() + 864e5).toISOString(),
            stability: 10,
            difficulty: 5,
            scheduled_days: 10,
            learning_steps: 0,
            reps: 3,
            lapses: 0,
            state: 2,
            last_review: new Date().toISOString(),
          },
        },
      }),
    ),
  );
  // Any removal of a chapter root would be the swap this reader must not pay.
  await page.addInitScript(() => {
    const w = window as unknown as {chapterRootsRemoved: number};
    w.chapterRootsRemoved = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes)
          if (n instanceof Element && n.matches('[data-deferred-body]')) w.chapterRootsRemoved += 1;
    }).observe(document, {childList: true, subtree: true});
  });
  await page.goto(`${CHAPTER}#dynamic-batching`);
  await expect(body(page)).toHaveAttribute('data-live', '');
  const q = page.locator('li[data-question-id="rest-vs-grpc"]');
  await expect(q.locator('[data-state]')).toHaveText('Status: Known');
  await expect(page.locator('section[aria-label="Study questions"]').getByText('1/10 known')).toBeVisible();
  // The reader opens an answer and grades it: the grade buttons are there, the answer stays open.
  const other = page.locator('li[data-question-id="onnx-runtime-benefits-limits"]');
  await other.locator('summary').click();
  await other.getByRole('button', {name: /^Good/}).click();
  await expect(other.getByText(/^Saved: Good\./)).toBeVisible();
  await expect(other.locator('details')).toHaveAttribute('open', '');
  await expect(q.locator('details')).not.toHaveAttribute('open', '');
  expect(
    await page.evaluate(() => (window as unknown as {chapterRootsRemoved: number}).chapterRootsRemoved),
  ).toBe(0);
  await expect(page.locator('[data-deferred-body]')).toHaveCount(1);
});

test('a deep link opens its answer in the static copy', async ({page}) => {
  await page.goto(`${CHAPTER}#rest-vs-grpc`);
  const q = page.locator('li[data-question-id="rest-vs-grpc"]');
  await expect(q.locator('details')).toHaveAttribute('open', '');
  await expect(q.locator('h3')).toBeInViewport();
});

test('after client-side navigation a chapter renders live at once, scrolled to its fragment', async ({
  page,
}) => {
  await page.goto('/docs/introduction');
  await page.waitForLoadState('networkidle');
  // The router follows history changes without a reload, as it does for an in-site link.
  await page.evaluate(() => {
    window.history.pushState({}, '', '/docs/scalable-deployment#hpa-algorithm');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('h1')).toHaveText(/3\. Scalable/);
  await expect(body(page)).toHaveAttribute('data-live', '');
  await expect(page.locator('#hpa-algorithm')).toBeInViewport();
});

test('code colours follow the colour mode in the static copy, also when the reader switches it', async ({
  page,
}) => {
  const keyword = page.locator('[data-deferred-body] .token.keyword').first();
  const colours = () =>
    keyword.evaluate((el) => [
      getComputedStyle(el).color,
      getComputedStyle(el.closest('pre')!).backgroundColor,
    ]);
  await page.goto(`${CHAPTER}?docusaurus-theme=light`);
  await page.waitForLoadState('networkidle');
  const light = await colours();
  await page.goto(`${CHAPTER}?docusaurus-theme=dark`);
  await page.waitForLoadState('networkidle');
  await expect(body(page)).not.toHaveAttribute('data-live');
  const dark = await colours();
  expect(dark[0]).not.toBe(light[0]);
  expect(dark[1]).not.toBe(light[1]);
  // The navbar toggle is outside the chapter: the static copy repaints by CSS alone.
  await page.getByRole('button', {name: /dark mode|light mode|system mode/i}).click();
  await expect.poll(colours).not.toEqual(dark);
});
