// Live-model lab benchmark (chapter 2): ONNX Runtime Web's cold start (Start → model ready, with an
// empty HTTP cache and with a warm one) and warm per-request latency (request → answer in the page,
// and the time inside session.run), in Debian's Chromium against the production build served by nginx. Prints
// figures; asserts nothing (they depend on the machine).
// Usage: node scripts/bench/labs.mjs [port] (a build must exist); npm run bench calls benchLabs().
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {fmtBytes, fmtMs, launch, median, repo} from './browser.mjs';
import {startNginx} from './servers.mjs';

const PAGE = '/docs/model-serving';
const REQUESTS = 30;

/** Bytes of ONNX Runtime Web's files and of the two models in the build, raw and gzip. */
export function labBytes(build = path.join(repo, 'build')) {
  const ortDir = path.join(build, 'ort');
  const version = readdirSync(ortDir)[0];
  const files = readdirSync(path.join(ortDir, version)).filter((f) => !f.endsWith('.gz'));
  const size = (f) => statSync(f).size;
  const gz = (f) => {
    try {
      return size(`${f}.gz`);
    } catch {
      return size(f);
    }
  };
  const ort = files.map((f) => path.join(ortDir, version, f));
  const models = readdirSync(path.join(build, 'runtime')).filter((f) =>
    /^churn\.\w+\.[0-9a-f]+\.onnx$/.test(f),
  );
  return {
    version,
    ortRaw: ort.reduce((s, f) => s + size(f), 0),
    ortGzip: ort.reduce((s, f) => s + gz(f), 0),
    models: Object.fromEntries(models.map((f) => [f.split('.')[1], size(path.join(build, 'runtime', f))])),
  };
}

async function openLab(page, url) {
  await page.goto(url);
  await page
    .locator('[data-deferred-body]')
    .first()
    .hover({position: {x: 10, y: 10}});
  await page.locator('[data-deferred-body][data-live]').waitFor({state: 'attached'});
  const lab = page.getByTestId('live-model-lab');
  const start = lab.getByRole('button', {name: 'Start the live model'});
  await start.scrollIntoViewIfNeeded();
  const t0 = Date.now();
  await start.click();
  const status = lab.getByTestId('live-model-status').filter({hasText: /is running/});
  await status.waitFor({timeout: 120_000});
  const wall = Date.now() - t0;
  const worker = Number(/cold start: ([\d.]+) ms/.exec(await status.textContent())[1]);
  return {lab, wall, worker};
}

/**
 * Sends REQUESTS predictions one after the other; returns the lab's own figures: request → answer
 * (validation, messages, inference) and the time inside session.run.
 */
async function predictions(page, lab) {
  const result = lab.getByTestId('live-model-result');
  const predict = lab.getByRole('button', {name: 'Predict'});
  const total = [];
  const runtime = [];
  for (let i = 1; i <= REQUESTS; i++) {
    await predict.click();
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="live-model-result"]')?.getAttribute('data-answers') ===
        String(n),
      i,
      {polling: 'raf'},
    );
    total.push(Number.parseFloat(await result.getByTestId('live-model-total').textContent()));
    runtime.push(Number.parseFloat(await result.getByTestId('live-model-latency').textContent()));
  }
  return {total, runtime};
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];

/** Runs the benchmark against `url` (a served build); prints and returns the figures. */
export async function benchLabs(browser, url, rounds = 3) {
  const cold = [];
  const coldWorker = [];
  const warmCache = [];
  const total = [];
  const runtime = [];
  for (let i = 0; i < rounds; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const first = await openLab(page, url + PAGE);
    cold.push(first.wall);
    coldWorker.push(first.worker);
    const r = await predictions(page, first.lab);
    total.push(...r.total.slice(1));
    runtime.push(...r.runtime.slice(1));
    const page2 = await context.newPage();
    warmCache.push((await openLab(page2, url + PAGE)).wall);
    await context.close();
  }
  const bytes = labBytes();
  const ms2 = (v) => `${v.toFixed(2)} ms`;
  console.log(
    `\nLive model (chapter 2, ONNX Runtime Web ${bytes.version}, wasm, 1 thread; median of ${rounds}; Chromium, nginx on loopback)`,
  );
  console.log(
    `  ONNX Runtime files                  ${fmtBytes(bytes.ortRaw)} raw, ${fmtBytes(bytes.ortGzip)} gzip`,
  );
  console.log(
    `  Models                              ${Object.entries(bytes.models)
      .map(([k, v]) => `${k} ${v} B`)
      .join(', ')}`,
  );
  console.log(
    `  Start → ready, empty cache          ${fmtMs(median(cold))}   [${cold.map(fmtMs).join(', ')}] (worker: ${fmtMs(median(coldWorker))})`,
  );
  console.log(
    `  Start → ready, warm HTTP cache      ${fmtMs(median(warmCache))}   [${warmCache.map(fmtMs).join(', ')}]`,
  );
  console.log(
    `  Warm request, session.run           p50 ${ms2(pct(runtime, 50))}, p95 ${ms2(pct(runtime, 95))}, p99 ${ms2(pct(runtime, 99))} (${runtime.length} requests)`,
  );
  console.log(
    `  Warm request, request → answer      p50 ${ms2(pct(total, 50))}, p95 ${ms2(pct(total, 95))}, p99 ${ms2(pct(total, 99))}`,
  );
  return {bytes, cold, coldWorker, warmCache, total, runtime};
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.argv[2] ?? process.env.BENCH_LABS_PORT ?? 4191);
  const server = await startNginx(port);
  const browser = await launch();
  try {
    await benchLabs(browser, server.url, Number(process.env.BENCH_ROUNDS ?? 3));
  } finally {
    await browser.close();
    await server.stop();
  }
}
