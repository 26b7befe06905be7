import {test, expect, sitemapPaths} from './fixtures';

// As a first-time reader has it: the service worker installing and precaching while pages load.
test.describe('with the service worker', () => {
  test.use({serviceWorker: true});

  test('every page in the sitemap loads cleanly with its title and content', async ({page}) => {
    const paths = await sitemapPaths(page);
    // Landing, start here, nine chapters: nothing missing from the sitemap (tests/e2e/seo.spec.ts checks it exactly).
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/docs', '/docs/introduction', '/docs/best-practices']),
    );
    for (const p of paths) {
      const res = await page.goto(p);
      expect(res?.status(), p).toBe(200);
      await expect(page.locator('h1').first(), p).not.toBeEmpty();
      await page.waitForLoadState('networkidle');
    }
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined),
    ).toBe(true);
  });
});

// The fixture's default (tests/e2e/fixtures.ts): a browser without service workers, so the site never
// registers one. Fails if the browser stops letting the fixture remove it.
test('pages run without the service worker unless a test asks for it', async ({page}) => {
  await page.goto('/docs');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
});

test('the landing page shows the nine chapters in order with their question counts', async ({page}) => {
  await page.goto('/');
  const cards = page.locator('main ol > li');
  await expect(cards).toHaveCount(9);
  await expect(cards.first()).toContainText('Introduction to Model Deployment');
  await expect(cards.first()).toContainText('10 study questions');
  await expect(cards.last()).toContainText('Best Practices');
  await page.getByRole('link', {name: 'Start here: how to study'}).click();
  await expect(page).toHaveURL(/\/docs$/);
  await expect(page.locator('h1')).toHaveText('Start here');
});

test('a missing page returns the site 404 page with status 404', async ({page}) => {
  const res = await page.goto('/docs/no-such-chapter');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(/page not found/i);
});

test('every chapter says under its title when its facts were checked, in the server HTML', async ({page}) => {
  const chapters = (await sitemapPaths(page)).filter((p) => /^\/docs\/.+/.test(p));
  expect(chapters).toHaveLength(9);
  for (const path of chapters) {
    await page.goto(path);
    const line = page.locator('article h1 + p');
    await expect(line, path).toHaveText(
      /^Facts checked: (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    );
    await expect(line.locator('time'), path).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
  await page.goto('/docs');
  await expect(page.locator('article')).not.toContainText('Facts checked');
});
