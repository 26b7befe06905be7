/**
 * Labs in the browser: each simulator's chart redraws when a control moves by keyboard and its
 * chart library arrives only when it scrolls into view; an exercise's stub fails and its reference
 * solution passes through the Check button; the pass is saved in progress and survives export and
 * import; axe finds nothing serious in the labs.
 */
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import path from 'node:path';
import type {Locator, Page} from '@playwright/test';
import {axeViolations, WCAG_TAGS} from './axe';
import {expect, preparePage, test} from './fixtures';
import {SCHEMA_VERSION} from '../../src/progress/schema';

const BUILD = path.resolve(__dirname, '../../build');
// Chapters with labs are long: on a busy machine their live tree can take longer than the default wait.
const LIVE_TIMEOUT = 30_000;

/** The chapter's live tree in place: after the reader's first act (`engage`) or on its own (`live`). */
async function live(page: Page): Promise<void> {
  await expect(page.locator('[data-deferred-body][data-live]')).toBeAttached({timeout: LIVE_TIMEOUT});
  await expect(page.locator('[data-deferred-body]')).toHaveCount(1, {timeout: LIVE_TIMEOUT});
}

async function engage(page: Page): Promise<void> {
  await page
    .locator('[data-deferred-body]')
    .first()
    .hover({position: {x: 10, y: 10}});
  await live(page);
}
const SIMULATOR_BUDGET = 80 * 1024;

const SIMULATORS = [
  {page: '/docs/model-serving', id: 'sim-batching', control: 'Batching window (longest wait)'},
  {page: '/docs/scalable-deployment', id: 'sim-autoscaling', control: 'Cold start'},
  {page: '/docs/monitoring', id: 'sim-drift', control: 'Mean shift of the current window'},
  {page: '/docs/cost-management', id: 'sim-cost', control: 'Your traffic'},
] as const;

const canvasImage = (simulator: Locator) =>
  simulator.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());

for (const sim of SIMULATORS) {
  test(`${sim.id}: the chart loads on view and redraws when a control moves by keyboard`, async ({page}) => {
    const scripts: string[] = [];
    page.on('response', (res) => {
      if (['script', 'stylesheet'].includes(res.request().resourceType()))
        scripts.push(new URL(res.url()).pathname);
    });
    await page.goto(sim.page);
    await page.waitForLoadState('networkidle');
    const simulator = page.locator(`[data-simulator="${sim.id}"]`);
    // Server-rendered: controls, summary and table are there before any script of the lab runs.
    await expect(simulator.getByLabel(sim.control)).toBeAttached();
    await expect(simulator.getByRole('status')).not.toBeEmpty();
    await engage(page);
    const beforeView = scripts.length;
    await simulator.scrollIntoViewIfNeeded();
    await expect(simulator.locator('[data-chart-ready]')).toBeAttached({timeout: 15_000});
    await expect(simulator.locator('canvas')).toBeVisible();
    const chartFiles = scripts.slice(beforeView).filter((f) => f.startsWith('/assets/'));
    const chartBytes = chartFiles.reduce(
      (n, f) => n + gzipSync(readFileSync(path.join(BUILD, f)), {level: 9}).length,
      0,
    );
    console.log(
      `${sim.id}: chart files fetched on view ${(chartBytes / 1024).toFixed(1)} KiB gzip (${chartFiles.join(', ')})`,
    );
    expect(chartBytes).toBeLessThanOrEqual(SIMULATOR_BUDGET);

    const summary = await simulator.getByRole('status').textContent();
    const before = await canvasImage(simulator);
    const control = simulator.getByLabel(sim.control);
    await control.focus();
    for (let k = 0; k < 3; k += 1) await page.keyboard.press('ArrowRight');
    await expect(simulator.getByRole('status')).not.toHaveText(summary!);
    await expect.poll(() => canvasImage(simulator)).not.toBe(before);
  });
}

test('the chart library is not part of a chapter page’s first load', async ({page}) => {
  const scripts: string[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res.url());
  });
  await page.goto('/docs/cost-management');
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts.map((u) => page.request.get(u).then((r) => r.text())));
  // uPlot's own class names: present in its chunk, absent from what the page loads first.
  expect(bodies.filter((b) => b.includes('u-cursor-pt'))).toEqual([]);
});

async function replaceCode(workbench: Locator, code: string) {
  const page = workbench.page();
  if ((await workbench.locator('.cm-content').count()) === 0)
    await workbench.getByRole('button', {name: 'Edit'}).click();
  const editor = workbench.locator('.cm-content');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

const SOLUTION = `import math


def psi(expected, actual, eps=1e-4):
    total = 0.0
    for e, a in zip(expected, actual):
        e, a = max(e, eps), max(a, eps)
        total += (a - e) * math.log(a / e)
    return total


def verdict(value):
    return "stable" if value < 0.1 else "moderate" if value < 0.25 else "shift"
`;

async function passedBadge(page: Page) {
  return page.locator('[data-exercise="psi-from-scratch"] [data-exercise-passed]');
}

test('an exercise: the stub fails, the solution passes, and the pass survives export and import', async ({
  page,
  browser,
  baseURL,
}) => {
  // The first Check downloads and starts Python (about 6 MB): minutes on a loaded machine.
  test.setTimeout(360_000);
  await page.goto('/docs/monitoring');
  await engage(page);
  const exercise = page.locator('[data-exercise="psi-from-scratch"]');
  const workbench = exercise.locator('[data-exercise-workbench]');
  await workbench.scrollIntoViewIfNeeded();

  await workbench.getByRole('button', {name: 'Check'}).click();
  await expect(workbench.locator('[data-check-summary]')).toHaveText(/^0 of 7 tests passed\.$/, {
    timeout: 240_000,
  });
  await expect(workbench.locator('li[data-passed="false"]').first()).toContainText('NotImplementedError');
  await expect(await passedBadge(page)).toHaveCount(0);

  await replaceCode(workbench, SOLUTION);
  await workbench.getByRole('button', {name: 'Check'}).click();
  await expect(workbench.locator('[data-check-summary]')).toHaveText('All 7 tests passed.', {
    timeout: 60_000,
  });
  await expect(await passedBadge(page)).toBeVisible();

  await page.reload();
  await live(page);
  await expect(await passedBadge(page)).toBeVisible();

  await page.goto('/review');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', {name: 'Export progress'}).click(),
  ]);
  const file = (await download.path())!;
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    version: number;
    exercises: Record<string, unknown>;
  };
  expect(exported.version).toBe(SCHEMA_VERSION);
  expect(Object.keys(exported.exercises)).toEqual(['psi-from-scratch']);

  const fresh = await browser.newContext({baseURL});
  const other = await fresh.newPage();
  // Set up as every test's page is (fixtures.ts): no service worker to install in this second browser.
  const problems = await preparePage(other, new URL(baseURL!).origin);
  await other.goto('/review');
  await other.getByLabel('Progress file to import').setInputFiles(file);
  await expect(other.getByRole('status').filter({hasText: 'passed exercise added'})).toBeVisible();
  await other.goto('/docs/monitoring');
  await expect(await passedBadge(other)).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
  await fresh.close();
});

test('axe finds nothing serious in the simulators and exercises', async ({page}) => {
  test.setTimeout(300_000);
  for (const sim of SIMULATORS) {
    await page.goto(sim.page);
    await engage(page);
    const simulator = page.locator(`[data-simulator="${sim.id}"]`);
    await simulator.scrollIntoViewIfNeeded();
    await expect(simulator.locator('[data-chart-ready]')).toBeAttached({timeout: 15_000});
    await page.evaluate(() =>
      document
        .querySelectorAll<HTMLDetailsElement>('[data-simulator] details, [data-exercise] details')
        .forEach((d) => (d.open = true)),
    );
    const violations = await axeViolations(page, {
      include: ['[data-simulator]', '[data-exercise]'],
      tags: WCAG_TAGS,
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${sim.page} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
