// Search benchmark: index bytes (raw, gzip), time from first keystroke to results including the
// index load, and the median time of later queries. Usage: node scripts/bench/search.mjs
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {fmtBytes, fmtMs, launch, median, repo, serveWithNginx} from './browser.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4191);
const QUERIES = [
  'canary',
  'psi',
  'kubernetes secrets',
  'grpc',
  'error budget',
  'autoscaling',
  'model card',
  'drift',
  'quantization',
  'hmac',
];

const build = path.join(repo, 'build');
const indexFiles = readdirSync(build).filter((f) => /^search-index.*\.json$/.test(f));
let raw = 0;
let gz = 0;
for (const f of indexFiles) {
  const data = readFileSync(path.join(build, f));
  raw += data.length;
  gz += gzipSync(data, {level: 9}).length;
}

const server = await serveWithNginx(PORT);
const browser = await launch();
const firstQuery = [];
const later = [];
try {
  for (let round = 0; round < 3; round += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/docs/introduction`);
    await page.waitForLoadState('networkidle');
    const input = page.locator('input.navbar__search-input');
    await input.focus();
    const t0 = Date.now();
    await page.keyboard.type('batching');
    await page.locator('[role="option"]').first().waitFor({timeout: 30_000});
    firstQuery.push(Date.now() - t0);
    for (const q of QUERIES) {
      const before = await page.locator('[role="option"]').first().textContent();
      const t = Date.now();
      await input.fill(q);
      await page.waitForFunction(
        (prev) => {
          const first = document.querySelector('[role="option"]');
          return first !== null && first.textContent !== prev;
        },
        before,
        {timeout: 10_000, polling: 5},
      );
      later.push(Date.now() - t);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

console.log('\nSearch (offline index, @easyops-cn/docusaurus-search-local)');
console.log(`  Index files                                   ${indexFiles.join(', ')}`);
console.log(`  Index size                                    ${fmtBytes(raw)} raw, ${fmtBytes(gz)} gzip`);
console.log(
  `  First keystroke → results (incl. index load)  ${fmtMs(median(firstQuery))}   [${firstQuery.map(fmtMs).join(', ')}]`,
);
console.log(
  `  Later queries → results, median               ${fmtMs(median(later))}   (${later.length} queries)`,
);
