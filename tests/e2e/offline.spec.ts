/**
 * Offline reading (@docusaurus/plugin-pwa + src/serviceWorker): after a first visit, pages, search and
 * JavaScript snippets work without a network; the Python runtime is not precached but is kept once it
 * has been used, or saved ahead of time from the landing page; a page that is not saved shows our
 * offline fallback page; a new deployment is offered with an accessible prompt. 127.0.0.1 is a secure context, so service
 * workers run against the test server.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  appendFileSync,
} from 'node:fs';
import path from 'node:path';
import type {BrowserContext, Page} from '@playwright/test';
import {axeViolations, WCAG_TAGS} from './axe';
import {sitemapPaths, test, expect, watchPage} from './fixtures';

// Every test here is about the service worker, which the fixture otherwise leaves out.
test.use({serviceWorker: true});

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
    'the Python runtime is not precached; the JavaScript worker is',
  ).toEqual([expect.stringMatching(/^\/runtime\/javascript\.worker\.[0-9a-f]+\.js$/)]);

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

test('a JavaScript snippet runs offline after a first visit, though none ran online', async ({
  page,
  context,
}) => {
  await visitUntilOfflineReady(page, '/docs/security-compliance');
  await goOffline(context, page);
  await page.reload();
  // Run is pressed on the static copy of the chapter: the press is replayed once the live tree is in.
  const snippet = page.locator('.runnable-code[data-language="javascript"]').first();
  await snippet.scrollIntoViewIfNeeded();
  const worker = page.waitForResponse(/\/runtime\/javascript\.worker\.[0-9a-f]+\.js$/);
  await snippet.getByRole('button', {name: 'Run', exact: true}).click();
  expect((await worker).fromServiceWorker(), 'the worker comes from the precache').toBe(true);
  await expect(snippet.getByRole('status')).toHaveText(/Finished in/, {timeout: 30_000});
  await expect(snippet.getByRole('log', {name: 'Output'})).not.toBeEmpty();
  await context.setOffline(false);
});

/** The Python runtime files as built, and their total size in MB as the landing page states it. */
function builtPythonRuntime(): {files: string[]; megabytes: number} {
  const version = readdirSync(path.join(BUILD, 'pyodide'))[0]!;
  const dir = path.join(BUILD, 'pyodide', version);
  const files = [
    'pyodide.mjs',
    'pyodide.asm.mjs',
    'pyodide.asm.wasm',
    'python_stdlib.zip',
    'pyodide-lock.json',
  ];
  const bytes = files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  return {files, megabytes: Math.round(bytes / 1e6)};
}

test('"Make Python available offline" saves the runtime, says so after a reload, and Python then runs offline', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await visitUntilOfflineReady(page, '/');
  const {files, megabytes} = builtPythonRuntime();
  const section = page.getByRole('region', {name: 'Study offline'});
  const save = section.getByRole('button', {name: `Make Python available offline (≈ ${megabytes} MB)`});
  await expect(save).toBeVisible();
  const status = section.getByRole('status');

  // Offline before anything is saved: a clear message, and the button stays to try again.
  await context.setOffline(true);
  await save.click();
  await expect(status).toHaveText(
    /^You are offline, so Python cannot be downloaded now\. Connect to the internet/,
  );
  await context.setOffline(false);

  // Record what the status says while it downloads.
  await status.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as {seen: string[]}).seen = seen;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  await section.getByRole('button', {name: `Try again (≈ ${megabytes} MB)`}).click();
  await expect(status).toHaveText(/^Done: Python is available offline in this browser/, {timeout: 60_000});
  const seen = await page.evaluate(() => (window as unknown as {seen: string[]}).seen);
  expect(
    seen.some((t) => /^Downloading Python: [\d.]+ of [\d.]+ MB \(\d+ %\)/.test(t)),
    seen.join(' | '),
  ).toBe(true);
  await expect(section.getByRole('button')).toHaveCount(0);
  const runtime = (await cachedUrls(page))['runtime-v1']?.map((u) => u.replace(/^.*\//, '')) ?? [];
  expect(runtime).toEqual(
    expect.arrayContaining([
      ...files,
      expect.stringMatching(/^python\.worker\.[0-9a-f]+\.mjs$/),
      expect.stringMatching(/^harness\.[0-9a-f]+\.py$/),
    ]),
  );

  // It survives a reload: the cache is checked.
  await page.reload();
  await expect(page.getByRole('region', {name: 'Study offline'}).getByRole('status')).toHaveText(
    /^Python is available offline in this browser/,
  );

  // No Python ever ran in this browser: the first run is offline, from the saved runtime.
  await goOffline(context, page);
  await page.goto('/docs/introduction');
  const snippet = page.locator('.runnable-code[data-language="python"]').first();
  await snippet.getByRole('button', {name: 'Run', exact: true}).click();
  await expect(snippet.getByRole('status')).toHaveText(/Finished in/, {timeout: 60_000});
  await expect(snippet.getByRole('log', {name: 'Output'})).not.toBeEmpty();
  await context.setOffline(false);
});

test('offline, a page that is not saved shows the offline page with what is available', async ({
  page,
  context,
}) => {
  await visitUntilOfflineReady(page, '/');
  await goOffline(context, page);
  await page.goto('/docs/no-such-page?x=1');
  await expect(page).toHaveURL(/\/offline\?from=%2Fdocs%2Fno-such-page%3Fx%3D1$/);
  await expect(page.locator('h1')).toHaveText('This page is not available offline');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', {name: 'try /docs/no-such-page?x=1 again'})).toHaveAttribute(
    'href',
    '/docs/no-such-page?x=1',
  );
  const available = main.getByRole('list').first();
  await expect(available.getByRole('link', {name: '4. Monitoring and Maintenance'})).toBeVisible();
  await expect(available.getByRole('link', {name: /^Review/})).toBeVisible();
  await expect(available.getByRole('listitem')).toHaveCount(15);
  await expect(main.getByRole('button', {name: /Make Python available offline/})).toBeVisible();

  const violations = await axeViolations(page, {tags: WCAG_TAGS});
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // On a phone: nothing wider than the screen, and the Python button is a full-size touch target.
  await page.setViewportSize({width: 390, height: 844});
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const box = await main.getByRole('button', {name: /Make Python available offline/}).boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.setViewportSize({width: 1280, height: 720});

  // Its links lead to saved pages, still offline.
  await available.getByRole('link', {name: '4. Monitoring and Maintenance'}).click();
  await expect(page.locator('h1')).toHaveText('4. Monitoring and Maintenance');
  await context.setOffline(false);

  // Online, a missing page is still the server's 404, and the fallback page is in no sitemap.
  const missing = await page.goto('/docs/no-such-page');
  expect(missing?.status()).toBe(404);
  expect(await sitemapPaths(page)).not.toContain('/offline');
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
    const violations = await axeViolations(page, {include: ['#pwa-popup-container']});
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

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
