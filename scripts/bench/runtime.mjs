// Runnable-code benchmark: time from Run to first output (cold, and with a warm HTTP cache), time
// of a second run, and bytes downloaded for the Python runtime. Usage: node scripts/bench/runtime.mjs
import {fmtBytes, fmtMs, launch, median, serveWithNginx} from './browser.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4190);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PAGE = '/docs/introduction';

/** Clicks Run on the first Python snippet; resolves with ms to first output and to completion. */
async function timeRun(page) {
  const snippet = page.locator('.runnable-code[data-language="python"]').first();
  await snippet.scrollIntoViewIfNeeded();
  const count = await snippet.locator('[role="log"] span').count();
  const t0 = Date.now();
  await snippet.getByRole('button', {name: 'Run', exact: true}).click();
  // Output is cleared on Run, then streams in.
  await page.waitForFunction(
    () => document.querySelector('.runnable-code[data-language="python"] [role="log"] span') !== null,
    null,
    {timeout: 120_000, polling: 10},
  );
  const firstOutput = Date.now() - t0;
  await snippet
    .getByRole('status')
    .filter({hasText: /Finished in/})
    .waitFor({timeout: 120_000});
  void count;
  return {firstOutput, done: Date.now() - t0};
}

/** Counts bytes received over the network (not from the HTTP cache) for the runtime's files. */
function runtimeBytes(page) {
  let bytes = 0;
  const pending = [];
  page.on('requestfinished', (request) => {
    if (!/\/(pyodide|runtime)\//.test(request.url())) return;
    pending.push(
      request.response().then(async (response) => {
        if (!response || (await response.request().sizes()).responseBodySize === 0) return;
        if (response.fromServiceWorker()) return;
        const headers = await response.allHeaders();
        // A response served from the HTTP cache has no timing; count only network transfers.
        const timing = request.timing();
        if (timing.responseStart <= 0 && timing.requestStart <= 0) return;
        const sizes = await request.sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        void headers;
      }),
    );
  });
  return async () => {
    await Promise.all(pending);
    return bytes;
  };
}

const server = await serveWithNginx(PORT);
const browser = await launch();
const cold = [];
const warm = [];
const second = [];
const coldBytes = [];
const warmBytes = [];
try {
  for (let i = 0; i < ROUNDS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = runtimeBytes(page);
    await page.goto(server.url + PAGE);
    await page.waitForLoadState('networkidle');
    cold.push((await timeRun(page)).firstOutput);
    coldBytes.push(await bytes());
    second.push((await timeRun(page)).firstOutput);

    // Same browser profile, new page: the runtime comes from the HTTP cache, the worker starts anew.
    const page2 = await context.newPage();
    const bytes2 = runtimeBytes(page2);
    await page2.goto(server.url + PAGE);
    await page2.waitForLoadState('networkidle');
    warm.push((await timeRun(page2)).firstOutput);
    warmBytes.push(await bytes2());
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

console.log(
  `\nRunnable code (Python, ${PAGE}, first snippet; median of ${ROUNDS}; Chromium via Playwright, nginx on loopback)`,
);
console.log(
  `  Run → first output, cold (empty cache)        ${fmtMs(median(cold))}   [${cold.map(fmtMs).join(', ')}]`,
);
console.log(
  `  Run → first output, warm HTTP cache           ${fmtMs(median(warm))}   [${warm.map(fmtMs).join(', ')}]`,
);
console.log(
  `  Run → first output, second run (warm worker)  ${fmtMs(median(second))}   [${second.map(fmtMs).join(', ')}]`,
);
console.log(`  Runtime bytes on the wire, cold               ${fmtBytes(median(coldBytes))}`);
console.log(`  Runtime bytes on the wire, warm HTTP cache    ${fmtBytes(median(warmBytes))}`);
