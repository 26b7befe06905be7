/**
 * Offline reading (@docusaurus/plugin-pwa + src/serviceWorker): after a first visit, pages and search
 * work without a network; the Python runtime is not precached but is kept once it has been used; a
 * new deployment is offered with an accessible prompt. 127.0.0.1 is a secure context, so service
 * workers run against the test server.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  appendFileSync,
} from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {BrowserContext, Page} from '@playwright/test';
import {test, expect, watchPage} from './fixtures';

const REPO = path.resolve(__dirname, '../..');
const BUILD = path.join(REPO, 'build');

/** Loads a page, waits for the service worker to finish installing (precache done), and reloads so
 * that the worker controls the page. */
async function visitUntilOfflineReady(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Every URL in the page's Cache Storage, by cache name. */
function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      out[name] = keys.map((r) => new URL(r.url).pathname);
    }
    return out;
  });
}

/** Offline means offline: not even the HTTP cache may answer, only the service worker. */
async function goOffline(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await context.setOffline(true);
}

test('after a first visit, chapters and search work with the network off', async ({page, context}) => {
  await visitUntilOfflineReady(page, '/docs/introduction');

  const cached = Object.values(await cachedUrls(page)).flat();
  expect(cached).toEqual(expect.arrayContaining(['/docs/monitoring', '/docs/best-practices', '/search']));
  // Every file of the search index, downloaded by the service worker (this browser never searched).
  const indexFiles = JSON.parse(readFileSync(path.join(BUILD, 'search-index', 'files.json'), 'utf8')) as {
    path: string;
  }[];
  expect(indexFiles.length).toBeGreaterThan(100);
  expect(cached).toEqual(expect.arrayContaining(indexFiles.map((f) => `/search-index/${f.path}`)));
  expect(
    cached.filter((u) => /^\/(pyodide|runtime)\//.test(u)),
    'the Python runtime is not precached',
  ).toEqual([]);

  await goOffline(context, page);
  // A full navigation to a chapter not visited yet, served by the service worker.
  const res = await page.goto('/docs/monitoring');
  expect(res?.status()).toBe(200);
  expect(res?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText('4. Monitoring and Maintenance');

  // An in-app navigation (code-split bundles come from the precache too).
  await page
    .getByRole('navigation', {name: 'Docs sidebar'})
    .getByRole('link', {name: /Model Versioning/})
    .click();
  await expect(page).toHaveURL(/\/docs\/versioning$/);
  await expect(page.locator('h1')).toHaveText('5. Model Versioning');

  // The search page and the index, then the search box.
  const search = await page.goto('/search?q=canary');
  expect(search?.fromServiceWorker()).toBe(true);
  const results = page.locator('article h2 a');
  // Results show as they load: the first at once, the others when the query has stood a moment.
  await expect(page.getByRole('main').getByRole('status')).toContainText(/results? for “/);
  await expect.poll(() => results.count()).toBeGreaterThan(2);
  await results.first().click();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page).toHaveURL(/\/docs\//);
  await page.getByRole('combobox', {name: 'Search'}).fill('kubernetes secrets');
  await expect(page.getByRole('option').first()).toContainText(/Secrets/);
  await context.setOffline(false);
});

test('after running Python once, a reload and a run work offline from the cached runtime', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await visitUntilOfflineReady(page, '/docs/introduction');
  const snippet = page.locator('.runnable-code[data-language="python"]').first();
  const run = async () => {
    await snippet.getByRole('button', {name: 'Run', exact: true}).click();
    await expect(snippet.getByRole('status')).toHaveText(/Finished in/, {timeout: 60_000});
    await expect(snippet.getByRole('log', {name: 'Output'})).not.toBeEmpty();
  };
  await run();

  await expect
    .poll(async () => (await cachedUrls(page))['runtime-v1']?.map((u) => u.replace(/^.*\//, '')).sort())
    .toEqual(
      expect.arrayContaining([
        'pyodide.asm.mjs',
        'pyodide.asm.wasm',
        'pyodide.mjs',
        'python_stdlib.zip',
        'pyodide-lock.json',
        expect.stringMatching(/^python\.worker\.[0-9a-f]+\.mjs$/),
        expect.stringMatching(/^harness\.[0-9a-f]+\.py$/),
      ]),
    );

  await goOffline(context, page);
  await page.reload();
  await run();
  await context.setOffline(false);
});

test.describe('a new deployment', () => {
  // A second server whose sw.js can change, so the running suite's build is never touched.
  // Beside the suite's own server (E2E_PORT, 4173 by default), so that parallel runs do not collide.
  const PORT = Number(process.env.E2E_PORT ?? 4173) + 7;
  const ORIGIN = `http://127.0.0.1:${PORT}`;
  const SITE = path.join(REPO, '.tmp', 'update-site');
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    rmSync(SITE, {recursive: true, force: true});
    mkdirSync(SITE, {recursive: true});
    for (const entry of readdirSync(BUILD)) {
      // sw.js is copied (and its .gz left out, or nginx would keep serving the old bytes).
      if (entry === 'sw.js') copyFileSync(path.join(BUILD, entry), path.join(SITE, entry));
      else if (entry !== 'sw.js.gz') symlinkSync(path.join(BUILD, entry), path.join(SITE, entry));
    }
    server = spawn('node', [path.join(REPO, 'scripts', 'nginx.mjs'), String(PORT), SITE], {stdio: 'ignore'});
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`${ORIGIN}/healthz`)).status;
          } catch {
            return 0;
          }
        },
        {timeout: 15_000},
      )
      .toBe(200);
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  test('is announced by an accessible "new version" prompt, and Refresh switches to it', async ({
    browser,
  }) => {
    const context = await browser.newContext({baseURL: ORIGIN});
    const page = await context.newPage();
    const problems = watchPage(page, ORIGIN);
    await visitUntilOfflineReady(page, '/docs/introduction');

    // Deploy: the service worker changes (as its precache manifest does with any content change); the
    // reader's browser notices on its next update check.
    appendFileSync(path.join(SITE, 'sw.js'), '\n// next deployment\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });

    // The alert region wraps the plugin's fixed-position popup, so its text is what shows.
    const prompt = page.getByRole('alert').filter({hasText: 'New version available'});
    await expect(prompt.getByText('New version available')).toBeVisible();
    await expect(prompt.getByRole('button', {name: 'Refresh'})).toBeVisible();
    await expect(prompt.getByRole('button', {name: 'Close'})).toBeVisible();
    const axe = await new AxeBuilder({page}).include('#pwa-popup-container').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await prompt.getByRole('button', {name: 'Refresh'}).focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.getByRole('alert').filter({hasText: 'New version available'})).toHaveCount(0);
    const state = await page.evaluate(async () => {
      const reg = (await navigator.serviceWorker.getRegistration())!;
      return {waiting: reg.waiting !== null, controlled: navigator.serviceWorker.controller !== null};
    });
    expect(state).toEqual({waiting: false, controlled: true});
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });
});
