import type {Locator, Page} from '@playwright/test';
import {engage, expectNoProblems, preparePage, test, expect, type PageProblems} from './fixtures';

const CHAPTER = '/docs/introduction';
const RUNTIME = /\/(pyodide|runtime)\//;

function firstSnippet(page: Page): Locator {
  return page.locator('.runnable-code[data-language="python"]').first();
}

async function replaceCode(snippet: Locator, code: string) {
  const page = snippet.page();
  if ((await snippet.locator('.cm-content').count()) === 0)
    await snippet.getByRole('button', {name: 'Edit'}).click();
  const editor = snippet.locator('.cm-content');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** Records main-thread long tasks and rendered frames from now on (after the page has settled). */
async function watchMainThread(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const w = window as unknown as {longTasks: number[]; frames: number};
    w.longTasks = [];
    w.frames = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe(
      {type: 'longtask'},
    );
    const tick = () => {
      w.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

function mainThread(page: Page): Promise<{longTasks: number[]; frames: number}> {
  return page.evaluate(() => {
    const w = window as unknown as {longTasks: number[]; frames: number};
    return {longTasks: w.longTasks, frames: w.frames};
  });
}

async function runAndWait(snippet: Locator, finished: RegExp = /Finished in/) {
  await snippet.getByRole('button', {name: 'Run', exact: true}).click();
  await expect(snippet.getByRole('status')).toHaveText(finished, {timeout: 60_000});
}

const output = (snippet: Locator) => snippet.getByRole('log', {name: 'Output'});

/**
 * Tests that measure the main thread (no task over 200 ms) run in the `runner` project, alone, after
 * the rest (playwright.config.ts); the others in this file run with the rest of the suite.
 */
const MAIN_THREAD = {tag: '@main-thread'};

test('no runtime or editor byte is fetched before the reader shows intent', async ({page}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (RUNTIME.test(new URL(r.url()).pathname)) fetched.push(r.url());
  });
  await page.goto(CHAPTER);
  await firstSnippet(page).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await expect(page.locator('.cm-editor')).toHaveCount(0);
  // Hovering Run is intent: the worker starts warming up.
  await firstSnippet(page).getByRole('button', {name: 'Run', exact: true}).hover();
  await expect.poll(() => fetched.some((u) => u.includes('/runtime/python.worker.'))).toBe(true);
});

test('without JavaScript a snippet is a plain highlighted code block', async ({browser, baseURL}) => {
  const context = await browser.newContext({javaScriptEnabled: false, baseURL});
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const snippet = firstSnippet(page);
  await expect(snippet.locator('pre code .token').first()).toBeVisible();
  await expect(snippet.getByRole('button')).toHaveCount(0);
  await context.close();
});

test(
  'runs a Python snippet, then an edited version, and the page stays responsive',
  MAIN_THREAD,
  async ({page}) => {
    await page.goto(CHAPTER);
    const snippet = firstSnippet(page);
    await snippet.scrollIntoViewIfNeeded();
    await watchMainThread(page);
    await runAndWait(snippet);
    await expect(output(snippet)).not.toBeEmpty();
    const {longTasks} = await mainThread(page);
    expect(
      longTasks.filter((d) => d > 200),
      'main-thread tasks over 200 ms during a cold run',
    ).toEqual([]);

    await replaceCode(snippet, 'total = sum(range(10))\nprint("edited", total)\n');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(snippet.getByRole('status')).toHaveText(/Finished in/);
    await expect(output(snippet)).toHaveText('edited 45\n');

    // Edits are work: Reset asks first.
    await snippet.getByRole('button', {name: 'Reset'}).click();
    await page
      .getByRole('dialog', {name: 'Reset this snippet?'})
      .getByRole('button', {name: 'Reset and lose my edits'})
      .click();
    await expect(output(snippet)).toHaveCount(0);
    await expect(snippet.locator('.cm-content')).not.toContainText('edited');
  },
);

/**
 * What Python says when a snippet goes wrong. One page and one runtime for all of these, in order,
 * as a reader trying one thing after another has it: each would otherwise start Python again
 * (about 6 s of CPU each on this machine). The page is checked as every test's page is.
 */
test.describe('Python messages', () => {
  test.describe.configure({mode: 'serial'});
  let page: Page;
  let problems: PageProblems;

  test.beforeAll(async ({browser, baseURL}) => {
    page = await browser.newPage({baseURL});
    problems = await preparePage(page, new URL(baseURL!).origin);
    await page.goto(CHAPTER);
  });

  test.afterAll(async () => {
    expectNoProblems(problems);
    await page.close();
  });

  test('an exception shows a traceback of the snippet only', async () => {
    const snippet = firstSnippet(page);
    await replaceCode(snippet, 'def ratio(a, b):\n    return a / b\n\nprint("before")\nratio(1, 0)\n');
    await runAndWait(snippet, /Stopped by an error/);
    const out = output(snippet);
    await expect(out.locator('[data-stream="stdout"]')).toHaveText('before\n');
    const stderr = out.locator('[data-stream="stderr"]');
    await expect(stderr).toContainText('Traceback (most recent call last):');
    await expect(stderr).toContainText('File "snippet.py", line 2, in ratio');
    // The source line is quoted, as for a file on disk.
    await expect(stderr).toContainText('    return a / b');
    await expect(stderr).toContainText('ZeroDivisionError: division by zero');
    await expect(stderr).not.toContainText('_pyodide');
  });

  test('output containing markup is shown as text', async () => {
    const snippet = firstSnippet(page);
    await replaceCode(snippet, 'print("<b>bold</b><img src=x onerror=\\"document.title=1\\">")\n');
    await runAndWait(snippet);
    await expect(output(snippet)).toHaveText('<b>bold</b><img src=x onerror="document.title=1">\n');
    await expect(output(snippet).locator('b, img')).toHaveCount(0);
  });

  test('input() and sys.exit() give clear messages', async () => {
    const snippet = firstSnippet(page);
    await replaceCode(snippet, 'name = input("name? ")\n');
    await runAndWait(snippet, /Stopped by an error/);
    await expect(output(snippet)).toContainText('input() is not available here');
    await replaceCode(snippet, 'import sys\nprint("bye")\nsys.exit(3)\n');
    await runAndWait(snippet, /The program called sys.exit\(3\)/);
    await expect(output(snippet)).toHaveText('bye\n');
  });

  test('a missing package says which modules the browser runtime has, and why', async () => {
    const snippet = firstSnippet(page);
    await replaceCode(snippet, 'import numpy as np\n');
    await runAndWait(snippet, /Stopped by an error/);
    const stderr = output(snippet).locator('[data-stream="stderr"]');
    await expect(stderr).toContainText("ModuleNotFoundError: No module named 'numpy'");
    await expect(stderr).toContainText("has Python's standard library only");
    await expect(stderr).toContainText('pip install numpy');
  });
});

test(
  'a snippet that never ends is stopped at its limit; the page stays responsive and the next run works',
  MAIN_THREAD,
  async ({page}) => {
    test.setTimeout(90_000);
    await page.goto(CHAPTER);
    const snippet = firstSnippet(page);
    await runAndWait(snippet); // warm runtime, so the limit measures the loop only
    await replaceCode(snippet, 'print("looping", flush=True)\nwhile True:\n    pass\n');
    await watchMainThread(page);
    await snippet.getByRole('button', {name: 'Run', exact: true}).click();
    await expect(snippet.getByRole('status')).toHaveText(/Running…/);
    await expect(output(snippet)).toHaveText('looping\n');
    // The reader can still use the page while Python spins.
    await page.getByRole('button', {name: 'Expand all answers'}).click();
    await expect(page.locator('section[aria-label="Study questions"] details').first()).toHaveAttribute(
      'open',
      '',
    );
    await expect(snippet.getByRole('status')).toHaveText('Timed out after 10 s: the run was stopped', {
      timeout: 20_000,
    });
    const {longTasks, frames} = await mainThread(page);
    expect(longTasks.filter((d) => d > 200)).toEqual([]);
    expect(frames, 'frames rendered during the 10 s run').toBeGreaterThan(50);

    await replaceCode(snippet, 'print("next run", 2 + 2)\n');
    await runAndWait(snippet);
    await expect(output(snippet)).toHaveText('next run 4\n');
  },
);

test('Stop ends a running snippet at once', async ({page}) => {
  await page.goto(CHAPTER);
  const snippet = firstSnippet(page);
  await replaceCode(snippet, 'while True:\n    pass\n');
  await snippet.getByRole('button', {name: 'Run', exact: true}).click();
  await expect(snippet.getByRole('status')).toHaveText(/Running…/, {timeout: 60_000});
  await snippet.getByRole('button', {name: 'Stop'}).click();
  await expect(snippet.getByRole('status')).toHaveText(/Stopped by you after/, {timeout: 5_000});
  await replaceCode(snippet, 'print("after stop")\n');
  await runAndWait(snippet);
  await expect(output(snippet)).toHaveText('after stop\n');
});

test('runs a JavaScript snippet in a worker, with top-level await and the console captured', async ({
  page,
}) => {
  await page.goto('/docs/security-compliance');
  const snippet = page.locator('.runnable-code[data-language="javascript"]').first();
  await runAndWait(snippet);
  // Chapter 7's request signer: top-level await on Web Crypto, one line of output.
  await expect(output(snippet)).toHaveText(/^X-Signature: [0-9a-f]{64}\n?$/);
  await replaceCode(
    snippet,
    'await new Promise((r) => setTimeout(r, 50));\nconsole.warn("careful");\nthrow new TypeError("bad input");\n',
  );
  await runAndWait(snippet, /Stopped by an error/);
  await expect(output(snippet).locator('[data-stream="stderr"]')).toContainText('careful');
  await expect(output(snippet).locator('[data-stream="stderr"]')).toContainText('TypeError: bad input');
});

test('the first run says what it waits for: the runtime starting, never another snippet', async ({page}) => {
  await page.goto(CHAPTER);
  // The live chapter's status line is the one to watch (the static copy's is replaced).
  await engage(page);
  const snippet = firstSnippet(page);
  await snippet.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const w = window as unknown as {statuses: string[]};
    w.statuses = [];
    const status = document.querySelector('.runnable-code[data-language="python"] [role="status"]')!;
    new MutationObserver(() => w.statuses.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  // The reader hovers (the runtime starts loading), then presses Run while it is still starting.
  await snippet.getByRole('button', {name: 'Run', exact: true}).hover();
  await page.waitForTimeout(300);
  await runAndWait(snippet);
  const statuses = await page.evaluate(() => (window as unknown as {statuses: string[]}).statuses);
  expect(statuses.filter((s) => /Waiting for another snippet/.test(s))).toEqual([]);
  expect(statuses.some((s) => /^(Starting Python|Downloading the Python runtime)/.test(s))).toBe(true);
});

test('edits survive a reload, and the editor says how to leave it by keyboard', async ({page}) => {
  await page.goto(CHAPTER);
  const snippet = firstSnippet(page);
  await replaceCode(snippet, 'print("kept")\n');
  await expect(snippet.getByText(/To leave the editor with the keyboard, press Esc then Tab/)).toBeVisible();
  await expect(snippet.getByText('Edited · saved in this browser')).toBeVisible();
  await page.reload();
  const again = firstSnippet(page);
  await again.hover();
  await expect(again.locator('.cm-content')).toHaveText('print("kept")');
  // Cancel keeps the edits.
  await again.getByRole('button', {name: 'Reset'}).click();
  await page.getByRole('dialog', {name: 'Reset this snippet?'}).getByRole('button', {name: 'Cancel'}).click();
  await expect(again.locator('.cm-content')).toHaveText('print("kept")');
});

test('offline with no runtime saved yet, a run says so and what to do', async ({page, context}) => {
  await page.goto(CHAPTER);
  await engage(page);
  const snippet = firstSnippet(page);
  await snippet.scrollIntoViewIfNeeded();
  await context.setOffline(true);
  try {
    await runAndWait(snippet, /you are offline/);
    await expect(snippet.getByRole('status')).toContainText('Reconnect and press Run again');
  } finally {
    await context.setOffline(false);
  }
});
