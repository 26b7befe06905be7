import {chapterIsLive, test, expect} from './fixtures';

const CHAPTER = '/docs/introduction';
const item = (id: string) => `li[data-question-id="${id}"]`;

test('a deep link opens its answer and scrolls it into view', async ({page}) => {
  await page.goto(`${CHAPTER}#cloud-vs-on-prem`);
  const details = page.locator(`${item('cloud-vs-on-prem')} details`);
  await expect(details).toHaveAttribute('open', '');
  await expect(page.locator('#cloud-vs-on-prem')).toBeInViewport();
  await expect(page.locator(`${item('deployment-challenges')} details`)).not.toHaveAttribute('open');
});

test('changing the fragment on the same page opens that answer', async ({page}) => {
  await page.goto(CHAPTER);
  await page.locator('#real-time-vs-batch a.hash-link').click();
  await expect(page).toHaveURL(/#real-time-vs-batch$/);
  // The click on the static copy brings the live tree.
  await chapterIsLive(page);
  await expect(page.locator(`${item('real-time-vs-batch')} details`)).toHaveAttribute('open', '');
  await page.evaluate(() => {
    window.location.hash = 'scalability-strategies';
  });
  await expect(page.locator(`${item('scalability-strategies')} details`)).toHaveAttribute('open', '');
  await expect(page.locator('#scalability-strategies')).toBeInViewport();
});

test('an answer toggles from the keyboard', async ({page}) => {
  await page.goto(CHAPTER);
  const summary = page.locator(`${item('deployment-challenges')} summary`);
  const details = page.locator(`${item('deployment-challenges')} details`);
  await summary.focus();
  // Focusing the static copy brings the live tree, which keeps the focus where it was.
  await chapterIsLive(page);
  await expect(summary).toBeFocused();
  await expect(summary).toHaveText('Show answer');
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  await expect(summary).toHaveText('Hide answer');
  await expect(details.locator('div').first()).toBeVisible();
  await page.keyboard.press('Space');
  await expect(details).not.toHaveAttribute('open');
});

test('expand all and collapse all act on every answer of the list', async ({page}) => {
  await page.goto(CHAPTER);
  const all = page.locator('section[aria-label="Study questions"] details');
  await expect(all).toHaveCount(10);
  await page.getByRole('button', {name: 'Expand all answers'}).click();
  // The press makes the chapter go live; while the live tree takes the static copy's place, both
  // copies' answers are in the page.
  await chapterIsLive(page);
  for (const d of await all.all()) await expect(d).toHaveAttribute('open', '');
  await page.getByRole('button', {name: 'Collapse all answers'}).click();
  for (const d of await all.all()) await expect(d).not.toHaveAttribute('open');
});

test('answers are in the server-rendered HTML, before any script runs', async ({request}) => {
  const html = await (await request.get(CHAPTER)).text();
  // One <details> per question item (a chapter's lab exercises have <details> of their own).
  const items = html.split(/<li[^>]*data-question-id=/).slice(1);
  expect(items).toHaveLength(10);
  for (const item of items) expect(item.split('</li>')[0]).toMatch(/<details[^>]*>/);
  expect(html).toContain('id=deployment-challenges');
});

test('copy link puts the question URL on the clipboard', async ({page, context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CHAPTER);
  await page.waitForLoadState('networkidle'); // the button works once the page has hydrated
  await page
    .locator(item('measuring-deployment-success'))
    .getByRole('button', {name: 'Copy link to this question'})
    .click();
  await expect(page.locator(item('measuring-deployment-success')).getByRole('status')).toHaveText(
    'Link copied',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}${CHAPTER}#measuring-deployment-success`,
  );
});
