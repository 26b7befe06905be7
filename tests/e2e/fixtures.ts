import {test as base, expect, type Page} from '@playwright/test';

export type PageProblems = {
  readonly consoleErrors: string[];
  readonly cspViolations: string[];
  readonly foreignRequests: string[];
};

/** Records what must never happen on any page: console errors, CSP violations, requests off-site. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = {consoleErrors: [], cspViolations: [], foreignRequests: []};
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // The browser logs a 404 response as an error; tests that load a missing page expect that.
    if (/status of 404/.test(text)) return;
    // Offline tests (context.setOffline) expect the browser's own report of a request that could not go out.
    if (/net::ERR_INTERNET_DISCONNECTED/.test(text)) return;
    (/Content Security Policy/i.test(text) ? problems.cspViolations : problems.consoleErrors).push(text);
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url);
  });
  return problems;
}

type Fixtures = {
  /**
   * Whether pages may register the service worker (plugin-pwa, src/serviceWorker). Off unless a test
   * asks for it with `test.use({serviceWorker: true})`: on every fresh context the worker precaches the
   * site (about 7 MB) and the search index, work that doubled the cost of a test on this 2-core machine
   * and that only the offline tests, and one crawl of every page with the worker installing, are about.
   * Off means `navigator.serviceWorker` is absent, as in a browser without service workers, so the site
   * takes its own no-worker path; Playwright's `serviceWorkers: 'block'` instead makes registration
   * throw, which the site reports as a console error.
   */
  serviceWorker: boolean;
  problems: PageProblems;
};

/**
 * Sets a page up as every test's page is: what must never happen recorded (watchPage), CSP
 * violations logged, and the service worker left out unless asked for (see Fixtures).
 */
export async function preparePage(
  page: Page,
  origin: string,
  {serviceWorker = false}: {serviceWorker?: boolean} = {},
): Promise<PageProblems> {
  const problems = watchPage(page, origin);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (!serviceWorker)
    await page.addInitScript(() => {
      delete (Navigator.prototype as {serviceWorker?: unknown}).serviceWorker;
    });
  return problems;
}

export function expectNoProblems(problems: PageProblems): void {
  expect(problems.cspViolations, 'CSP violations').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.foreignRequests, 'requests leaving the site').toEqual([]);
}

export const test = base.extend<Fixtures>({
  serviceWorker: [false, {option: true}],
  problems: [
    async ({page, baseURL, serviceWorker}, use) => {
      const problems = await preparePage(page, new URL(baseURL!).origin, {serviceWorker});
      await use(problems);
      expectNoProblems(problems);
    },
    {auto: true},
  ],
});

export {expect};

/** Every page the sitemap lists, as paths. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const res = await page.request.get('/sitemap.xml');
  expect(res.ok()).toBe(true);
  const xml = await res.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * A chapter's text arrives as static HTML; its React tree (progress badges, quiz, runnable code)
 * is fetched when the reader first acts on it. This does what a reader's pointer does first.
 */
export async function engage(page: Page): Promise<void> {
  await page
    .locator('[data-deferred-body]')
    .first()
    .hover({position: {x: 10, y: 10}});
  await chapterIsLive(page);
}

/**
 * Waits until the chapter's live tree has taken the static copy's place (up to 16 frames after it
 * has rendered; on this 2-core machine under two test workers that can take well over 10 s).
 */
export async function chapterIsLive(page: Page): Promise<void> {
  await expect(page.locator('[data-deferred-body][data-live]')).toBeAttached({timeout: 30_000});
  await expect(page.locator('[data-deferred-body]')).toHaveCount(1);
}
