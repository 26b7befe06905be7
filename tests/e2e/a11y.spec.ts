/**
 * Accessibility gate: axe-core on every page the site builds (which includes every page of the
 * sitemap), in light mode on a desktop and in dark mode on a phone, each with the study answers
 * closed and then all open. A serious or critical violation fails the test.
 *
 * Opening the answers only adds content, so the closed state is scanned where it differs (the study
 * questions) and the open state on the whole page: the same coverage as two full scans, in half the
 * time on these long pages.
 */
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {axeViolations, serious, WCAG_TAGS} from './axe';
import {chapterIsLive, test, expect, sitemapPaths} from './fixtures';

const BUILD = path.resolve(__dirname, '../../build');
const MISSING_PAGE = '/docs/no-such-page';

/**
 * Every route of the build (docs/x.html -> /docs/x), and a missing URL for the 404 page. Without a
 * build there is nothing to list (so `playwright test --list` works); the first test then fails.
 */
function builtRoutes(): string[] {
  if (!existsSync(BUILD)) return [];
  const routes = readdirSync(BUILD, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(BUILD, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== '404.html')
    .map((f) => (f === 'index.html' ? '/' : `/${f.replace(/(\/index)?\.html$/, '')}`));
  return [...routes.sort(), MISSING_PAGE];
}

async function seriousViolations(page: Page, state: string, include?: string): Promise<string[]> {
  const violations = await axeViolations(page, {include: include ? [include] : [], tags: WCAG_TAGS});
  return serious(violations).map(
    (v) =>
      `[${state}] ${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map(
          (n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim()}`,
        )
        .join('\n'),
  );
}

test('the scan reports a violation planted in a page, and only inside the part it is asked about', async ({
  page,
}) => {
  await page.goto('/');
  // After hydration, which would otherwise replace the planted element.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.evaluate(() => {
    const unnamed = document.createElement('button');
    unnamed.id = 'planted';
    document.querySelector('main')!.append(unnamed);
  });
  const found = await seriousViolations(page, 'page');
  expect(found.join('\n')).toMatch(/button-name \(critical\)[\s\S]*#planted/);
  expect(await seriousViolations(page, 'header', 'nav')).toEqual([]);
});

test('the pages checked here include every page of the sitemap', async ({page}) => {
  expect(existsSync(BUILD), 'no build to check: run "npm run build" first').toBe(true);
  const routes = builtRoutes();
  for (const p of await sitemapPaths(page)) expect(routes, `sitemap page ${p}`).toContain(p);
});

const VIEWPORTS = {
  desktop: {width: 1280, height: 800},
  phone: {width: 390, height: 844},
} as const;
// One pass per colour mode (the markup is the same at every width): light on a desktop, dark on a
// phone (reflow, scrolling, target sizes), each with the answers closed and then open.
const RUNS = [
  {theme: 'light', viewport: 'desktop'},
  {theme: 'dark', viewport: 'phone'},
] as const;

for (const route of builtRoutes()) {
  test.describe(() => {
    // The landing page offers to save Python for offline use only where a service worker can run.
    if (route === '/') test.use({serviceWorker: true});
    for (const {theme, viewport} of RUNS) {
      test(`no serious or critical violation on ${route} (${theme}, ${viewport})`, async ({page}) => {
        test.setTimeout(120_000);
        await page.setViewportSize(VIEWPORTS[viewport]);
        // Docusaurus reads the colour mode from this query parameter before the page paints.
        const res = await page.goto(`${route}?docusaurus-theme=${theme}`);
        expect(res?.status()).toBe(route === MISSING_PAGE ? 404 : 200);
        await page.waitForLoadState('networkidle');
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // A chapter going live shows its sections gradually, briefly skipping those off screen
        // (plugins/deferred-content, reveal.ts); axe's geometry checks (target size, obscured
        // targets) would measure their unrendered boxes. Render everything for the scan.
        await page.addStyleTag({content: 'section.page-section { content-visibility: visible !important; }'});

        const questions = 'section[aria-label="Study questions"]';
        const expandAll = page.getByRole('button', {name: 'Expand all answers'});
        if ((await expandAll.count()) === 0) {
          const problems = await seriousViolations(page, 'page');
          expect(problems, problems.join('\n')).toEqual([]);
          return;
        }
        const problems = await seriousViolations(page, 'answers closed', questions);
        await expandAll.click();
        // The press brings a chapter's live tree, which presses the button again once in place.
        await chapterIsLive(page);
        const details = page.locator(`${questions} details`);
        await expect(details.first()).toHaveAttribute('open', '');
        expect(await details.evaluateAll((all) => all.every((d) => (d as HTMLDetailsElement).open))).toBe(
          true,
        );
        problems.push(...(await seriousViolations(page, 'answers open')));
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }
  });
}
