/**
 * Small aids learners expect (issue 19, items 8 and 9): reading time on the chapter cards and under
 * each chapter's title, the glossary and its links from the chapters, the `?` keyboard shortcuts
 * dialog, and nothing that overlaps at 200 % zoom (the search box's key hint, the back-to-top button).
 * At desktop and phone sizes.
 */
import type {Locator, Page} from '@playwright/test';
import {axeViolations, serious} from './axe';
import {test, expect} from './fixtures';

const PHONE = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true} as const;
/** A 1280 px wide desktop at 200 % zoom: 640 CSS pixels, two device pixels each. */
const ZOOM_200 = {viewport: {width: 640, height: 400}, deviceScaleFactor: 2} as const;
/** The page's listeners are attached once React has hydrated it (Docusaurus marks the <html>). */
const hydrated = (page: Page) =>
  expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached({timeout: 30_000});
const READING = /^About \d+ min of reading · \d+ min of answers$/;

type Box = {x: number; y: number; width: number; height: number};
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

async function seriousIn(page: Page, include: string): Promise<string[]> {
  return serious(await axeViolations(page, {include: [include]})).map((v) => v.id);
}

for (const [size, use] of [
  ['desktop', {}],
  ['phone', PHONE],
] as const) {
  test.describe(`at ${size} size`, () => {
    test.use(use);

    test('a chapter shows its reading time under the title, the same as its card, static and live', async ({
      page,
    }) => {
      await page.goto('/');
      const card = page.locator('main ol > li').filter({hasText: 'Monitoring'}).first();
      const onCard = (await card.textContent())!.match(/About \d+ min of reading · \d+ min of answers/)![0];
      await expect(page.getByText(/Reading times: estimated at 200 words a minute/)).toBeVisible();

      await page.goto('/docs/monitoring');
      const line = page.locator('article h1 ~ p').filter({hasText: 'min of reading'});
      await expect(line).toHaveText(READING);
      await expect(line).toHaveText(onCard);
      await expect(line).toHaveAttribute('title', /200 words a minute/);
      // The live chapter renders the same line (a mismatch would also be a console error).
      await goLive(page);
      await expect(line).toHaveText(onCard);
      await page.goto('/docs');
      await expect(page.locator('article')).not.toContainText('min of reading');
    });

    test('the glossary lists the terms, each linked to where its chapter defines it', async ({page}) => {
      await page.goto('/');
      await page.getByRole('contentinfo').getByRole('link', {name: 'Glossary'}).click();
      await expect(page).toHaveURL(/\/glossary$/);
      await expect(page.getByRole('heading', {level: 1, name: 'Glossary'})).toBeVisible();
      const terms = await page.locator('article h2').allTextContents();
      expect(terms.length).toBeGreaterThanOrEqual(30);
      const clean = terms.map((t) => t.replace(/\u200b/g, '').trim());
      expect(clean).toEqual([...clean].sort((a, b) => a.localeCompare(b, 'en', {sensitivity: 'base'})));
      for (const name of [
        'SLO (service level objective)',
        'PSI (population stability index)',
        'Canary release',
      ])
        expect(clean).toContain(name);

      expect(await seriousIn(page, 'main')).toEqual([]);
      const psi = page.locator('section').filter({has: page.locator('h2#psi')});
      await psi.getByRole('link', {name: /Where the guide defines it: chapter 4/}).click();
      await expect(page).toHaveURL(/\/docs\/monitoring#drift-statistics$/);
      await expect(page.locator('#drift-statistics')).toBeInViewport();
    });

    test('a term links to the glossary where its chapter defines it', async ({page}) => {
      await page.goto('/docs/monitoring#drift-statistics');
      const term = page.locator('a.glossary-term[href="/glossary#psi"]');
      await expect(term).toHaveCount(1);
      await expect(term).toHaveText('PSI');
      await term.click();
      await expect(page).toHaveURL(/\/glossary#psi$/);
      await expect(page.locator('h2#psi')).toBeInViewport();
      await expect(page.locator('section').filter({has: page.locator('h2#psi')})).toContainText('0.25');
    });

    test('? opens the keyboard shortcuts; Escape closes it and gives the focus back', async ({page}) => {
      await page.goto('/docs/introduction');
      await hydrated(page);
      const skip = page.getByRole('link', {name: 'Skip to study questions'});
      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', {name: 'Keyboard shortcuts'});
      await expect(dialog).toBeVisible();
      for (const text of [
        'Show this list',
        'Go to the search box',
        'Grade it: Again, Hard, Good, Easy',
        'Leave the editor',
      ])
        await expect(dialog).toContainText(text);
      expect(await seriousIn(page, 'dialog')).toEqual([]);
      // Modal: Tab moves among the dialog's controls, never to the page behind it.
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(skip).toBeFocused();
    });
  });
}

test('? is typed, not a shortcut, in the search box; the footer button opens the list', async ({page}) => {
  await page.goto('/docs/introduction');
  await hydrated(page);
  const box = page.getByRole('combobox', {name: 'Search'});
  await box.click();
  await page.keyboard.type('what?');
  await expect(box).toHaveValue('what?');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('Escape');

  const opener = page.getByRole('button', {name: /Keyboard shortcuts/});
  await opener.scrollIntoViewIfNeeded();
  await opener.click();
  const dialog = page.getByRole('dialog', {name: 'Keyboard shortcuts'});
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', {name: 'Close'}).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the shortcuts dialog is not part of a chapter’s first load; it loads when asked for', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.push(new URL(res.url()).pathname);
  });
  await page.goto('/docs/introduction');
  await page.waitForLoadState('networkidle');
  await hydrated(page);
  const before = scripts.length;
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', {name: 'Keyboard shortcuts'})).toBeVisible();
  expect(scripts.length, 'a script fetched for the dialog').toBeGreaterThan(before);
});

test('the glossary is a search result, below the sections that explain the word', async ({page}) => {
  await page.goto('/search?q=goodput');
  const results = page.locator('main li a[href]');
  await expect(results.filter({hasText: 'Glossary'})).toHaveCount(1);
  await expect(results.first()).toHaveAttribute('href', /^\/docs\/model-serving/);
});

test.describe('at 200 % zoom', () => {
  test.use(ZOOM_200);

  test('the back-to-top button never covers the text (Home does its job)', async ({page}) => {
    await page.goto('/docs/introduction');
    await scrollDownThenUp(page);
    const button = page.locator('.theme-back-to-top-button');
    await expect(button).toBeAttached();
    // The same scroll shows it on a desktop (the next test); here it stays out of the way.
    await page.waitForTimeout(500);
    await expect(button).toBeHidden();
  });
});

test('on a desktop the back-to-top button sits beside the text, not over a table', async ({page}) => {
  await page.goto('/docs/introduction');
  await scrollDownThenUp(page);
  const button = page.locator('.theme-back-to-top-button');
  await expect(button).toBeVisible();
  const b = await box(button);
  const article = await box(page.locator('article'));
  expect(overlaps(b, article), 'button over the article').toBe(false);
});

test('the search box’s key hint never covers its placeholder, from 200 % zoom to a wide window', async ({
  page,
}) => {
  for (const width of [640, 960, 997, 1024, 1100, 1280]) {
    await page.setViewportSize({width, height: 720});
    await page.goto('/docs/introduction');
    const input = page.getByRole('combobox', {name: 'Search'});
    const keys = page.locator('[role="search"] kbd');
    if (!(await keys.isVisible())) continue;
    // The placeholder's right edge: the input's left padding plus the text's width in its font.
    const textEnd = await input.evaluate((el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return (
        el.getBoundingClientRect().left +
        parseFloat(style.paddingLeft) +
        ctx.measureText(el.placeholder).width
      );
    });
    const k = await box(keys);
    expect(textEnd, `${width} px: placeholder ends before the key hint`).toBeLessThan(k.x);
    const i = await box(input);
    expect(k.x + k.width, `${width} px: key hint inside the box`).toBeLessThanOrEqual(i.x + i.width);
  }
});

/** Scrolls down a long way and back up a little, which shows the back-to-top button. */
async function scrollDownThenUp(page: Page): Promise<void> {
  // The button follows scroll events from hydration on; a scroll before that is one it never saw.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.mouse.move(300, 300);
  await page.mouse.wheel(0, 3000);
  await page.waitForFunction(() => window.scrollY > 2000);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction(() => window.scrollY < 2800);
}

/**
 * Makes the chapter live as a reader's pointer does, waiting as long as a loaded machine needs (the
 * fixtures' engage() allows the default 10 s).
 */
async function goLive(page: Page): Promise<void> {
  await page
    .locator('[data-deferred-body]')
    .first()
    .hover({position: {x: 10, y: 10}});
  await expect(page.locator('[data-deferred-body][data-live]')).toBeAttached({timeout: 45_000});
  await expect(page.locator('[data-deferred-body]')).toHaveCount(1, {timeout: 20_000});
}
