import {readFileSync} from 'node:fs';
import type {Locator, Page} from '@playwright/test';
import {axeViolations} from './axe';
import {chapterIsLive, engage, test, expect, preparePage} from './fixtures';

const CHAPTER = '/docs/introduction';
const KEY = 'mai10.progress';
const KEPT_PREFIX = 'mai10.progress.corrupt.';
const DAY = 86_400_000;

const question = (page: Page, id: string) => page.locator(`li[data-question-id="${id}"]`);
const list = (page: Page) => page.locator('section[aria-label="Study questions"]');
const badge = (q: Locator) => q.locator('[data-state]');

function storedCards(page: Page): Promise<Record<string, {due: string; reps: number; state: number}>> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"cards": {}}').cards, KEY);
}

/** A card in FSRS review state, due `dueInDays` from now (negative: overdue). */
function reviewCard(dueInDays: number) {
  const due = Date.now() + dueInDays * DAY;
  return {
    due: new Date(due).toISOString(),
    stability: 10,
    difficulty: 5,
    scheduled_days: 10,
    learning_steps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    last_review: new Date(due - 10 * DAY).toISOString(),
  };
}

/** Saves progress in the browser before the page under test loads. */
async function seed(page: Page, cards: Record<string, unknown>): Promise<void> {
  await page.goto('/404-seed');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({format: 'mastering-ai-10-progress', version: 1, cards}),
  ] as const);
}

async function grade(page: Page, id: string, label: 'Again' | 'Hard' | 'Good' | 'Easy') {
  const q = question(page, id);
  await q.locator('summary').click();
  await q
    .getByRole('group', {name: 'How well did you know it?'})
    .getByRole('button', {name: new RegExp(`^${label}`)})
    .click();
  await expect(q.getByText(new RegExp(`^Saved: ${label}\\.`))).toBeVisible();
}

test('a grade persists across reloads, in the question, the chapter and the sidebar', async ({page}) => {
  await page.goto(CHAPTER);
  // Without saved progress the chapter stays static until the reader acts on it.
  await expect(page.locator('[data-deferred-body][data-live]')).toHaveCount(0);
  await engage(page);
  const q = question(page, 'deployment-challenges');
  // A first visit shows no progress views until the reader grades something.
  await expect(badge(q)).toHaveCount(0);
  await grade(page, 'deployment-challenges', 'Easy');
  await expect(badge(q)).toHaveText('Status: Known');
  await expect(list(page).getByText('1/10 known')).toBeVisible();
  const sidebarLink = page.locator('.menu__link[href="/docs/introduction"]');
  await expect(sidebarLink).toHaveAttribute('data-progress', '1/10 · 1✓');

  await page.reload();
  await expect(badge(question(page, 'deployment-challenges'))).toHaveText('Status: Known');
  await expect(badge(question(page, 'cloud-vs-on-prem'))).toHaveText('Status: New');
  await expect(list(page).getByText('1/10 known')).toBeVisible();
  await expect(sidebarLink).toHaveAttribute('data-progress', '1/10 · 1✓');
  expect((await storedCards(page))['deployment-challenges']).toMatchObject({state: 2, reps: 1});

  await page.goto('/');
  await expect(page.getByRole('link', {name: 'Continue where you left off'})).toHaveAttribute(
    'href',
    '/docs/introduction?recall=1#cloud-vs-on-prem',
  );
  await expect(page.locator('main ol > li').first()).toContainText('1/10 known');
});

test('quiz mode walks the chapter one question at a time, by keyboard, and ends with a summary', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  await page.getByRole('button', {name: 'Quiz me'}).click();
  // Direct items only: answers have lists of their own.
  const items = list(page).locator(':scope > ol > li');
  for (let i = 1; i <= 10; i += 1) {
    await expect(page.getByText(`Quiz: question ${i} of 10`)).toBeVisible();
    await expect(items.locator('visible=true')).toHaveCount(1);
    const current = items.locator('visible=true');
    await expect(current.locator('details')).not.toHaveAttribute('open');
    await expect(current.locator('h3')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(current.locator('details')).toHaveAttribute('open', '');
    await page.keyboard.press(i === 4 ? '1' : '3');
  }
  await expect(page.getByRole('heading', {name: 'Quiz finished'})).toBeFocused();
  await expect(page.getByText('You graded 10 of 10 questions: 1 Again, 9 Good.')).toBeVisible();
  expect(Object.keys(await storedCards(page))).toHaveLength(10);
  await page.getByRole('button', {name: 'Back to the list'}).click();
  await expect(items.locator('visible=true')).toHaveCount(10);
  await expect(list(page).getByText(/0\/10 known · 10 learning/)).toBeVisible();

  // Esc leaves a quiz at any point.
  await page.getByRole('button', {name: 'Quiz me'}).click();
  await expect(items.locator('visible=true')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(items.locator('visible=true')).toHaveCount(10);
  await expect(page.getByRole('button', {name: 'Quiz me'})).toBeFocused();
});

test('the review page shows what is due and grading reschedules it', async ({page}) => {
  await seed(page, {
    'deployment-challenges': reviewCard(-2),
    'autoscaling-benefits-limits': reviewCard(-1),
    'cloud-vs-on-prem': reviewCard(5),
  });
  const seeded = await storedCards(page);
  await page.goto('/review');
  const counts = page.locator('section[aria-label="Review session"] p').first();
  await expect(page.getByText('2 due now')).toBeVisible();
  const card = page.getByRole('article');
  await expect(card.getByRole('heading', {level: 2})).toHaveText(/primary challenges faced when deploying/);
  await expect(card.getByRole('link', {name: 'See it in the chapter'})).toHaveAttribute(
    'href',
    '/docs/introduction#deployment-challenges',
  );
  // The answer is the chapter's own content, hidden until revealed.
  const answer = card.locator('details > div').first();
  await expect(answer).toBeHidden();
  await page.keyboard.press('Space');
  await expect(answer).toBeVisible();
  await expect(answer).toContainText('training–serving skew');
  await page.keyboard.press('3');

  await expect(counts).toContainText('1 due now');
  await expect(card.getByRole('heading', {level: 2})).not.toHaveText(/primary challenges/);
  const after = await storedCards(page);
  expect(after['deployment-challenges']!.reps).toBe(4);
  expect(Date.parse(after['deployment-challenges']!.due)).toBeGreaterThan(Date.now() + DAY);
  expect(after['cloud-vs-on-prem']).toEqual(seeded['cloud-vs-on-prem']);

  // Filtered to chapter 1, nothing else is due; the other chapter's card is still waiting.
  await page
    .getByRole('combobox', {name: 'Chapter'})
    .selectOption({label: '1. Introduction to Model Deployment'});
  await expect(page).toHaveURL(/\?chapter=1$/);
  await expect(page.getByRole('heading', {name: 'Review done for now'})).toBeVisible();
  await page.getByRole('combobox', {name: 'Chapter'}).selectOption({label: 'All chapters'});
  await expect(page.getByText('1 due now')).toBeVisible();
  await page.getByText('Show answer').click();
  await card.getByRole('button', {name: /^Easy/}).click();
  await expect(page.getByRole('heading', {name: 'Review done for now'})).toBeFocused();
});

test('export, then import into a fresh browser, restores everything', async ({page, browser, baseURL}) => {
  await page.goto(CHAPTER);
  await grade(page, 'deployment-challenges', 'Good');
  await grade(page, 'cloud-vs-on-prem', 'Easy');
  const original = await storedCards(page);
  await page.goto('/review');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', {name: 'Export progress'}).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mastering-ai-10-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  const fresh = await browser.newContext({baseURL});
  const other = await fresh.newPage();
  // Set up as every test's page is (fixtures.ts): no service worker to install in this second browser.
  const problems = await preparePage(other, new URL(baseURL!).origin);
  await other.goto('/review');
  await expect(other.getByText('(0 questions graded)', {exact: false})).toBeVisible();
  await other.getByLabel('Progress file to import').setInputFiles(file);
  await expect(other.getByRole('status').filter({hasText: 'Imported 2 questions'})).toContainText(
    '2 added, 0 updated, 0 unchanged',
  );
  expect(await storedCards(other)).toEqual(original);
  await other.goto(CHAPTER);
  await expect(badge(question(other, 'cloud-vs-on-prem'))).toHaveText('Status: Known');
  await expect(badge(question(other, 'deployment-challenges'))).toHaveText('Status: Learning');
  expect(problems.consoleErrors).toEqual([]);
  await fresh.close();
});

test('a malformed import file is reported precisely and changes nothing', async ({page}) => {
  await seed(page, {'deployment-challenges': reviewCard(3)});
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await page.goto('/review');
  const input = page.getByLabel('Progress file to import');
  const bad = {
    format: 'mastering-ai-10-progress',
    version: 1,
    cards: {'deployment-challenges': {due: 'soon', reps: -1}},
  };
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported: broken.json is not a valid progress file.');
  await expect(alert).toContainText(
    'cards["deployment-challenges"].due: expected a date and time in ISO 8601 form',
  );
  await expect(alert).toContainText(
    'cards["deployment-challenges"].reps: expected a whole number ≥ 0, got -1',
  );
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);

  await input.setInputFiles({name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello')});
  await expect(alert).toContainText('not valid JSON');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
});

test('corrupt stored progress shows a notice, not a crash, and is kept for download', async ({page}) => {
  const garbage = '{"format": "mastering-ai-10-progress", "version": 1, "cards": {"x": ';
  await page.goto('/404-seed');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, garbage] as const);
  await page.goto(CHAPTER);
  await expect(page.locator('h1')).toHaveText('1. Introduction to Model Deployment');
  const notice = page.getByRole('alert').filter({hasText: 'could not be read'});
  await expect(notice).toContainText('set aside, not deleted');
  await engage(page);
  // The unreadable data is set aside, so this reader has no progress (and no progress views) yet.
  await chapterIsLive(page);
  await expect(badge(question(page, 'deployment-challenges'))).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const kept = keys.find((k) => k.startsWith(KEPT_PREFIX));
  expect(kept).toBeDefined();
  expect(await page.evaluate((k) => localStorage.getItem(k), kept!)).toBe(garbage);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', {name: 'Download the kept data'}).click(),
  ]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(garbage);

  // Grading still works meanwhile, and the notice stays until the reader decides.
  await grade(page, 'deployment-challenges', 'Good');
  await page.reload();
  await expect(notice).toBeVisible();
  await notice.getByRole('button', {name: 'Start fresh'}).click();
  await page.getByRole('dialog').getByRole('button', {name: 'Delete it and start fresh'}).click();
  await expect(notice).toBeHidden();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('corrupt')))).toEqual(
    [],
  );
  await expect(badge(question(page, 'deployment-challenges'))).toHaveText('Status: Learning');
});

test('two open tabs stay consistent', async ({page, context}) => {
  await page.goto(CHAPTER);
  const other = await context.newPage();
  await other.goto(CHAPTER);
  await grade(page, 'real-time-vs-batch', 'Easy');
  await expect(badge(question(other, 'real-time-vs-batch'))).toHaveText('Status: Known');
  await expect(list(other).getByText('1/10 known')).toBeVisible();
  // The grade in the first tab brought the second tab's chapter live.
  await chapterIsLive(other);
  await grade(other, 'cloud-vs-on-prem', 'Hard');
  await expect(badge(question(page, 'cloud-vs-on-prem'))).toHaveText('Status: Learning');
  expect(Object.keys(await storedCards(page)).sort()).toEqual(['cloud-vs-on-prem', 'real-time-vs-batch']);
});

test('reset asks first, then forgets everything', async ({page}) => {
  await seed(page, {'deployment-challenges': reviewCard(3)});
  await page.goto('/review');
  await page.getByRole('button', {name: 'Reset progress…'}).click();
  const dialog = page.getByRole('dialog', {name: 'Reset your progress?'});
  await expect(dialog.getByRole('button', {name: 'Cancel'})).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(Object.keys(await storedCards(page))).toEqual(['deployment-challenges']);
  await page.getByRole('button', {name: 'Reset progress…'}).click();
  await dialog.getByRole('button', {name: 'Reset progress'}).click();
  await expect(page.getByRole('status').filter({hasText: 'Your progress was reset.'})).toBeVisible();
  expect(await storedCards(page)).toEqual({});
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`progress views pass axe checks in ${colorScheme} mode`, async ({page}) => {
    await page.emulateMedia({colorScheme});
    await seed(page, {'deployment-challenges': reviewCard(-1), 'cloud-vs-on-prem': reviewCard(4)});
    await page.goto(CHAPTER);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await question(page, 'real-time-vs-batch').locator('summary').click();
    await expect(
      question(page, 'real-time-vs-batch').getByRole('group', {name: 'How well did you know it?'}),
    ).toBeVisible();
    const chapter = await axeViolations(page, {
      include: ['section[aria-label="Study questions"]', 'nav[aria-label="Docs sidebar"]'],
    });
    expect(chapter).toEqual([]);

    await page.goto('/review');
    await expect(page.getByRole('article').getByRole('heading', {level: 2})).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', {name: 'How well did you know it?'})).toBeVisible();
    const review = await axeViolations(page, {include: ['main']});
    expect(review).toEqual([]);

    await page.goto('/');
    await expect(page.getByRole('heading', {name: 'Your progress'})).toBeVisible();
    const landing = await axeViolations(page, {include: ['main']});
    expect(landing).toEqual([]);
  });
}

test('the review page fits a phone screen', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  await seed(page, {'deployment-challenges': reviewCard(-1)});
  await page.goto('/review');
  await expect(page.getByRole('article').getByRole('heading', {level: 2})).toBeVisible();
  await page.keyboard.press('Space');
  const grades = page.getByRole('group', {name: 'How well did you know it?'});
  await expect(grades).toBeVisible();
  for (const b of await grades.getByRole('button').all()) {
    const box = (await b.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
