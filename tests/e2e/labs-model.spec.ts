/**
 * Chapter 2's live-model lab: the churn model served by ONNX Runtime Web in a worker. Nothing of it
 * loads with the page, ONNX Runtime only when the reader presses Start; the model answers, the
 * endpoint rejects malformed requests, the load experiment gives a table and a chart, axe finds
 * nothing serious, and after one use it works offline.
 */
import type {BrowserContext, Page} from '@playwright/test';
import {axeViolations, WCAG_TAGS} from './axe';
import {test, expect} from './fixtures';

const CHAPTER = '/docs/model-serving';
const ORT = /\/ort\/[^/]+\//;
const LAB_CODE = /\/(ort\/|runtime\/(onnx\.worker|churn\.))/;

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}

async function startLab(page: Page) {
  const lab = page.getByTestId('live-model-lab');
  await lab.getByRole('button', {name: 'Start the live model'}).click();
  await expect(lab.getByTestId('live-model-status')).toHaveText(
    /is running in a worker \(cold start: [\d.]+ ms/,
    {
      timeout: 60_000,
    },
  );
  return lab;
}

test('nothing of the lab is fetched with the page; ONNX Runtime only after Start', async ({page}) => {
  const urls = recordRequests(page);
  await page.goto(CHAPTER);
  await engage(page);
  const start = page.getByTestId('live-model-lab').getByRole('button', {name: 'Start the live model'});
  await start.scrollIntoViewIfNeeded();
  await start.hover();
  await page.waitForLoadState('networkidle');
  expect(
    urls.filter((u) => LAB_CODE.test(u)),
    'runtime fetched before intent',
  ).toEqual([]);
  await startLab(page);
  expect(urls.some((u) => ORT.test(u) && u.endsWith('.wasm'))).toBe(true);
  expect(urls.some((u) => /\/runtime\/churn\.float32\.[0-9a-f]+\.onnx$/.test(u))).toBe(true);
});

test('the live model answers, and the endpoint rejects malformed input clearly', async ({page}) => {
  await page.goto(CHAPTER);
  await engage(page);
  const lab = await startLab(page);
  const result = lab.getByTestId('live-model-result');

  // Keyboard only: change a field and submit with Enter.
  const tenure = lab.getByLabel(/tenure_months/);
  await tenure.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('60');
  await page.keyboard.press('Enter');
  await expect(result.getByTestId('live-model-probability')).toBeVisible({timeout: 30_000});
  const p = Number(await result.getByTestId('live-model-probability').textContent());
  expect(p).toBeGreaterThanOrEqual(0);
  expect(p).toBeLessThanOrEqual(1);
  await expect(result.getByTestId('live-model-version')).toHaveText('churn v3');
  await expect(result.getByTestId('live-model-latency')).toHaveText(/^[\d.]+ ms$/);

  // A new tenure changes the answer: the form's values reach the model.
  await tenure.fill('1');
  await lab.getByRole('button', {name: 'Predict'}).click();
  await expect(result.getByTestId('live-model-probability')).not.toHaveText(String(p.toFixed(3)));

  const cases: [string, RegExp][] = [
    ['Wrong type (tenure as text)', /\/instances\/0\/tenure_months: expected a number, got string "four"/],
    ['Out of range (negative charges)', /\/instances\/0\/monthly_charges: -20 is out of range \[0, 10000\]/],
    ['Missing field (no contract)', /\/instances\/0\/contract: missing required field "contract"/],
    ['Wrong feature count (15 encoded features)', /\/inputs\/0: expected 16 features, got 15/],
  ];
  for (const [label, message] of cases) {
    await lab.getByLabel('Malformed request').selectOption({label});
    await lab.getByRole('button', {name: 'Send malformed input'}).click();
    await expect(result).toContainText('422 Unprocessable Content');
    await expect(result).toContainText(message);
  }

  // A field the reader empties is reported as missing, not sent as 0.
  await lab.getByLabel(/total_charges/).fill('');
  await lab.getByRole('button', {name: 'Predict'}).click();
  await expect(result).toContainText('missing required field "total_charges"');
});

test('the load experiment gives a table and a chart, and axe finds nothing serious', async ({page}) => {
  test.setTimeout(120_000);
  await page.goto(CHAPTER);
  await engage(page);
  const lab = await startLab(page);
  await lab.getByRole('button', {name: 'Run the load experiment'}).click();
  const experiment = lab.getByTestId('live-model-experiment');
  await expect(experiment).toBeVisible({timeout: 90_000});
  const rows = experiment.locator('table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.locator('th')).toHaveText([
    'float32, batch 1',
    'float32, batch 32',
    'int8, batch 1',
    'int8, batch 32',
  ]);
  for (const row of await rows.all()) {
    const [p50, p95, p99, perSecond] = (await row.locator('td').allTextContents()).map((c) =>
      Number(c.replace(/,/g, '')),
    );
    expect(p50).toBeGreaterThanOrEqual(0);
    expect(p95).toBeGreaterThanOrEqual(p50!);
    expect(p99).toBeGreaterThanOrEqual(p95!);
    expect(perSecond).toBeGreaterThan(0);
  }
  const chart = experiment.getByRole('img', {name: /Milliseconds per prediction/});
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect')).toHaveCount(12);
  await expect(experiment).toContainText(
    /Largest difference between the two models' churn probabilities: 0\.\d{4}/,
  );

  await lab.getByRole('button', {name: 'Send malformed input'}).click();
  await expect(lab.getByTestId('live-model-result')).toContainText('422');
  const violations = await axeViolations(page, {
    include: ['[data-testid="live-model-lab"]'],
    tags: WCAG_TAGS,
  });
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
});

/**
 * The fixture's engage(), with more patience: chapter 2 is the guide's longest chapter, and right
 * after the service worker took over its body comes out of a cache the worker may still be filling;
 * on a loaded machine going live can take longer than the default wait.
 */
async function engage(page: Page) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[data-deferred-body]')
    .first()
    .hover({position: {x: 10, y: 10}});
  await expect(page.locator('[data-deferred-body][data-live]')).toBeAttached({timeout: 30_000});
  await expect(page.locator('[data-deferred-body]')).toHaveCount(1);
}

async function goOffline(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await context.setOffline(true);
}

test.describe('with the service worker', () => {
  test.use({serviceWorker: true});

  test('after one use, the lab works offline from the cached runtime', async ({page, context}) => {
    test.setTimeout(120_000);
    await page.goto(CHAPTER);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await engage(page);
    await startLab(page);
    await expect
      .poll(
        async () =>
          page.evaluate(async () =>
            (await (await caches.open('runtime-v1')).keys()).map((r) =>
              new URL(r.url).pathname.replace(/^.*\//, ''),
            ),
          ),
        {timeout: 30_000},
      )
      .toEqual(
        expect.arrayContaining([
          'ort.wasm.min.mjs',
          'ort-wasm-simd-threaded.mjs',
          'ort-wasm-simd-threaded.wasm',
          expect.stringMatching(/^onnx\.worker\.[0-9a-f]+\.mjs$/),
          expect.stringMatching(/^churn\.float32\.[0-9a-f]+\.onnx$/),
          expect.stringMatching(/^churn\.int8\.[0-9a-f]+\.onnx$/),
        ]),
      );

    await goOffline(context, page);
    await page.reload();
    await engage(page);
    const lab = await startLab(page);
    await lab.getByRole('button', {name: 'Predict'}).click();
    await expect(lab.getByTestId('live-model-version')).toHaveText('churn v3', {timeout: 30_000});
    await context.setOffline(false);
  });
});
