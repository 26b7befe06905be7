/**
 * Studying with the guide (issue 19): review in reach, continue without spoiling the answer,
 * practice and its effect on the schedule, the all-questions page, tables and touch targets on a
 * phone, and a runner that tells the truth.
 */
import type {Page} from '@playwright/test';
import {engage, test, expect} from './fixtures';
import {SCHEMA_VERSION} from '../../src/progress/schema';

const KEY = 'mai10.progress';
const DAY = 86_400_000;
const PHONE = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true} as const;

type Card = Record<string, unknown>;

/** A card in FSRS review state, due `dueInDays` from now (negative: overdue), last graded `grade`. */
function reviewCard(dueInDays: number, grade?: number): Card {
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
    last_review: new Date(Date.now() - 5 * DAY).toISOString(),
    ...(grade ? {last_grade: grade} : {}),
  };
}

/**
 * Saves progress before the page under test loads: schema 1 (which the site migrates) unless cards
 * carry a last grade, which only schema 3 has (src/progress/migrations.ts).
 */
async function seed(page: Page, cards: Record<string, Card>): Promise<void> {
  const current = Object.values(cards).some((c) => 'last_grade' in c);
  const doc = current
    ? {format: 'mastering-ai-10-progress', version: SCHEMA_VERSION, cards, exercises: {}}
    : {format: 'mastering-ai-10-progress', version: 1, cards};
  await page.goto('/404-seed');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify(doc),
  ] as const);
}

function storedCards(page: Page): Promise<Record<string, {due: string; reps: number; last_grade?: number}>> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"cards": {}}').cards, KEY);
}

test.describe('review in reach', () => {
  test('desktop: Review is in the navbar on every page, with the number due as a badge', async ({page}) => {
    await page.goto('/docs/monitoring');
    const review = page.locator('.navbar').getByRole('link', {name: /^Review/});
    // Nothing due, nothing graded: the link is there all the same, without a badge.
    await expect(review).toBeVisible();
    await expect(review).toHaveAttribute('href', '/review');
    await expect(review.locator('[data-due-count]')).toHaveCount(0);

    await seed(page, {'deployment-challenges': reviewCard(-1), 'cloud-vs-on-prem': reviewCard(-2)});
    await page.goto('/docs/monitoring');
    await expect(review).toHaveAccessibleName('Review 2 due');
    await review.click();
    await expect(page).toHaveURL(/\/review$/);
    await expect(page.getByText('2 due now')).toBeVisible();
  });

  test.describe('phone', () => {
    test.use(PHONE);
    test('Review stays in the top bar and is in the menu', async ({page}) => {
      await seed(page, {'deployment-challenges': reviewCard(-1)});
      await page.goto('/docs/introduction');
      const review = page.locator('.navbar__inner').getByRole('link', {name: /^Review/});
      await expect(review).toBeVisible();
      await expect(review).toHaveAccessibleName('Review 1 due');
      const box = (await review.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      // It does not cover the search button beside it.
      const search = (await page.locator('.navbar').getByRole('search').boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(search.x + 1);
      // And in the menu's main list, on pages without a sidebar.
      await page.goto('/');
      await page.getByRole('button', {name: /toggle navigation bar/i}).click();
      await expect(page.locator('.navbar-sidebar').getByRole('link', {name: /^Review/})).toBeVisible();
    });

    test("a chapter's menu is rendered when first opened, then offers the chapter's sections and the guide", async ({
      page,
    }) => {
      await page.goto('/docs/monitoring');
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
      // Not rendered, closed, after hydration (src/theme/Navbar/MobileSidebar).
      await expect(page.locator('.navbar-sidebar')).toHaveCount(0);
      await page.getByRole('button', {name: /toggle navigation bar/i}).click();
      const menu = page.locator('.navbar-sidebar');
      await expect(menu).toBeVisible();
      // The docs sidebar: this chapter and the others; a chapter link leads there.
      const chapter = menu.getByRole('link', {name: /Model Versioning/});
      await expect(chapter).toBeVisible();
      await chapter.click();
      await expect(page).toHaveURL(/\/docs\/versioning$/);
      await expect(menu).toBeHidden();
      // Opened again, it is still there.
      await page.getByRole('button', {name: /toggle navigation bar/i}).click();
      await expect(menu.getByRole('link', {name: /Monitoring/}).first()).toBeVisible();
      // From the keyboard on a fresh page: the docs sidebar is there too (src/theme/DocSidebar).
      await page.goto('/docs/cost-management');
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
      await page.getByRole('button', {name: /toggle navigation bar/i}).focus();
      await page.keyboard.press('Enter');
      await expect(menu.getByRole('link', {name: /Model Versioning/})).toBeVisible();
    });

    test('"Continue where you left off" lands on the next question with its answer closed', async ({
      page,
    }) => {
      await seed(page, {'deployment-challenges': reviewCard(3), 'cloud-vs-on-prem': reviewCard(3)});
      await page.goto('/');
      const progress = page.getByRole('region', {name: 'Your progress'});
      // A returning learner's progress comes before the hero.
      const heroTop = (await page.locator('header').first().boundingBox())!.y;
      expect((await progress.boundingBox())!.y).toBeLessThan(heroTop);
      await progress.getByRole('link', {name: 'Continue where you left off'}).click();
      await expect(page).toHaveURL(/\/docs\/introduction\?recall=1#high-availability-factors$/);
      const q = page.locator('li[data-question-id="high-availability-factors"]');
      await expect(q.locator('[data-state]')).toHaveText('Status: New');
      await expect(q.locator('h3')).toBeInViewport();
      await expect(q.locator('details')).not.toHaveAttribute('open');
      // A deep link, as from a search engine, still opens the answer.
      await page.goto('/docs/introduction#high-availability-factors');
      await expect(page.locator('li[data-question-id="high-availability-factors"] details')).toHaveAttribute(
        'open',
      );
    });
  });
});

test.describe('practice', () => {
  test('cramming leaves the review dates alone; review ahead moves them', async ({page}) => {
    const soon = reviewCard(2, 3);
    const later = reviewCard(9, 2);
    await seed(page, {'deployment-challenges': soon, 'cloud-vs-on-prem': later});
    await page.goto('/practice');
    await expect(page.getByText(/How practice counts/)).toBeVisible();
    await page.getByRole('radio', {name: /Only those I last graded Again or Hard/}).check();
    await page.getByRole('button', {name: 'Start practice (1 question)'}).click();
    const card = page.getByRole('article');
    await expect(card.getByRole('heading', {level: 2})).toContainText('cloud');
    await card.getByText('Show answer').click();
    await card.getByRole('button', {name: /^Again/}).click();
    await expect(page.getByRole('heading', {name: 'Practice done'})).toBeFocused();
    await expect(page.getByText(/0 of them moved the review schedule/)).toBeVisible();
    let cards = await storedCards(page);
    expect(cards['cloud-vs-on-prem']).toMatchObject({due: later.due, reps: 3, last_grade: 1});

    await page.getByRole('button', {name: 'Choose other questions'}).click();
    await page.getByRole('radio', {name: /Review ahead/}).check();
    await page.getByRole('button', {name: 'Start practice (2 questions)'}).click();
    // Soonest first: the question due in two days.
    await expect(card).toHaveAttribute('aria-label', 'Question 1 of chapter 1');
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(card).toHaveAttribute('aria-label', 'Question 2 of chapter 1');
    cards = await storedCards(page);
    expect(cards['deployment-challenges']!.reps).toBe(4);
    expect(cards['deployment-challenges']!.due).not.toBe(soon.due);
  });

  test('the quiz end offers the next steps', async ({page}) => {
    await page.goto('/docs/introduction');
    await engage(page);
    await page.getByRole('button', {name: 'Quiz me'}).click();
    for (let i = 0; i < 10; i += 1) await page.getByRole('button', {name: 'Skip'}).click();
    const next = page.getByRole('navigation', {name: 'Next steps'});
    await expect(next.getByRole('link', {name: /^Next: chapter 2/})).toHaveAttribute(
      'href',
      '/docs/model-serving',
    );
    await expect(next.getByRole('link', {name: 'Practise beyond the schedule'})).toBeVisible();
  });
});

test('all questions: the 90 with their state, filters, and a study sheet to print', async ({page}) => {
  await seed(page, {'deployment-challenges': reviewCard(-1), 'cloud-vs-on-prem': reviewCard(5)});
  await page.goto('/questions');
  await expect(page.getByText('Showing 90 of 90 questions.')).toBeVisible();
  await expect(page.locator('[data-question-id]:not([hidden])')).toHaveCount(90);
  await page.getByRole('combobox', {name: 'State'}).selectOption('due');
  await expect(page.getByText('Showing 1 of 90 questions.')).toBeVisible();
  await expect(page).toHaveURL(/\?state=due$/);
  const visible = page.locator('[data-question-id]:not([hidden])');
  await expect(visible).toHaveCount(1);
  await expect(visible).toHaveAttribute('data-question-id', 'deployment-challenges');
  await page.getByRole('combobox', {name: 'State'}).selectOption('');
  await page.getByRole('combobox', {name: 'Chapter'}).selectOption('4');
  await expect(page.getByText('Showing 10 of 90 questions.')).toBeVisible();
  await expect(page.getByRole('heading', {level: 2, name: /^4\. /})).toBeVisible();

  // Print: every answer opens, and the filters stay off the paper.
  await page.evaluate(() => {
    (window as unknown as {printed: number}).printed = 0;
    window.print = () => {
      (window as unknown as {printed: number}).printed += 1;
    };
  });
  await page.getByRole('button', {name: 'Print as a study sheet'}).click();
  expect(await page.evaluate(() => (window as unknown as {printed: number}).printed)).toBe(1);
  const details = page.locator('[data-question-id]:not([hidden]) details');
  await expect(details).toHaveCount(10);
  for (const d of await details.all()) await expect(d).toHaveAttribute('open');
  await page.emulateMedia({media: 'print'});
  await expect(page.getByRole('button', {name: 'Print as a study sheet'})).toBeHidden();
  await expect(page.locator('[data-question-id]:not([hidden]) details > div').first()).toBeVisible();
});

test.describe('phone reading', () => {
  test.use(PHONE);

  test('wide tables become cards of "column: value"; others show that they scroll', async ({page}) => {
    await page.goto('/docs/versioning');
    const table = page.locator('article table[role="table"]').first();
    await table.scrollIntoViewIfNeeded();
    const cell = table.locator('td[data-label]').nth(1);
    await expect(cell).toHaveCSS('display', 'grid');
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe(`"${await cell.getAttribute('data-label')}"`);
    // Nothing in the article scrolls sideways any more for a table of three columns or more.
    const box = table.locator('xpath=ancestor::div[1]');
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });

  test('Run, Quiz me, expand and collapse, copy link and Show answer are at least 44 px', async ({page}) => {
    await page.goto('/docs/introduction');
    await engage(page);
    const targets = [
      page.getByRole('button', {name: 'Run', exact: true}).first(),
      page.getByRole('button', {name: 'Quiz me'}),
      page.getByRole('button', {name: 'Expand all answers'}),
      page.getByRole('button', {name: 'Collapse all answers'}),
      page.getByRole('button', {name: 'Copy link to this question'}).first(),
      page.locator('[data-question-id] summary').first(),
    ];
    for (const target of targets) {
      await target.scrollIntoViewIfNeeded();
      const box = (await target.boundingBox())!;
      expect(box.height, await target.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
    }
    // Keyboard hints mean nothing on a touch screen.
    await page.getByRole('button', {name: 'Quiz me'}).click();
    await expect(page.getByText(/Think of your answer/)).toBeVisible();
    await expect(page.getByText(/Keys: Space shows the answer/)).toBeHidden();
  });

  test('the landing page: primary action first, reading time and a link to each chapter’s questions', async ({
    page,
  }) => {
    await page.goto('/');
    const primary = page.getByRole('link', {name: 'Start here: how to study'});
    await expect(primary).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    const card = page.locator('main ol > li').first();
    await expect(card).toContainText(/About \d+ min of reading · \d+ min of answers/);
    await card.getByRole('link', {name: /go straight to its 10 study questions/}).click();
    await expect(page).toHaveURL(/\/docs\/introduction#study-questions$/);
  });
});

test('a chapter’s first Tab stop skips to its study questions', async ({page}) => {
  await page.goto('/docs/introduction');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', {name: 'Skip to study questions'});
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#study-questions$/);
  await expect(page.locator('#study-questions')).toBeInViewport();
});

test('the 404 page offers search and the chapters', async ({page}) => {
  const response = await page.goto('/docs/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', {level: 1, name: 'Page not found'})).toBeVisible();
  await expect(page.getByRole('link', {name: 'Introduction to Model Deployment'})).toHaveAttribute(
    'href',
    '/docs/introduction',
  );
  const search = page.getByRole('search', {name: 'Search the guide'});
  await search.getByRole('searchbox').fill('canary rollout');
  await search.getByRole('button', {name: 'Search'}).click();
  await expect(page).toHaveURL(/\/search\?q=canary\+rollout$/);
});
