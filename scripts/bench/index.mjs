// npm run bench: what readers live through on the production build, measured side by side with two
// references built from the same chapters in the same run:
// - "site":    the build (chapters hydrate around their static text; build-time highlighting);
// - "no defer": the same site with the deferral switched off (DEFER_CHAPTERS=0);
// - "stock":   stock Docusaurus 3 (client-side Prism, no plugins of ours) on the same chapter text.
// Sections: first-load JavaScript, Lighthouse (mobile, median of N), the reading flow on a 4x slowed
// CPU (first visit and returning learner, median of N), and a loopback load test. Prints tables and
// writes the raw figures to .tmp/bench/results.json. Not part of npm test: it takes minutes, and
// its figures depend on the machine (compare ratios within one run).
//
// Options: --runs N (3), --chapters a,b (monitoring,model-serving: the chapters compared across
// variants), --seconds N (10, per load test), --connections N (32), --reuse (keep reference builds),
// --no-lighthouse, --no-reading, --no-load, --no-labs (the live-model lab: ONNX Runtime Web's cold start
// and warm latency, scripts/bench/labs.mjs; simulator bytes, scripts/bench/simulators.mjs)
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {launch} from './browser.mjs';
import {CATEGORIES, METRICS, audit, profileDir, startChrome} from './lighthouse.mjs';
import {labsBytes} from './simulators.mjs';
import {loadTest, probe} from './load.mjs';
import {firstLoadScripts, readingFlow} from './reading.mjs';
import {benchLabs} from './labs.mjs';
import {median, ms, score, table} from './report.mjs';
import {startDocusaurusServe, startNginx} from './servers.mjs';
import {buildStock} from './stock.mjs';

const REPO = path.resolve(import.meta.dirname, '../..');
// The chapters as the build's chapters plugin found them (plugins/chapters), e.g. "/docs/monitoring".
const CHAPTERS = JSON.parse(readFileSync(path.join(REPO, '.docusaurus', 'globalData.json'), 'utf8')).chapters
  .default.chapters;
const ALL_CHAPTERS = CHAPTERS.map((c) => c.permalink);
const LOAD_PAGE = '/docs/introduction';
// Away from the e2e suite's port (4173) and from ports other worktrees' e2e runs may use (4174–4189).
const PORTS = {site: 4191, nodefer: 4192, stock: 4193, serve: 4194, chrome: 4195};

const {values: opts} = parseArgs({
  options: {
    runs: {type: 'string', default: '3'},
    chapters: {type: 'string', default: 'monitoring,model-serving'},
    seconds: {type: 'string', default: '10'},
    connections: {type: 'string', default: '32'},
    reuse: {type: 'boolean', default: false},
    'no-lighthouse': {type: 'boolean', default: false},
    'no-reading': {type: 'boolean', default: false},
    'no-load': {type: 'boolean', default: false},
    'no-labs': {type: 'boolean', default: false},
  },
});
const runs = Number(opts.runs);
const compared = opts.chapters.split(',').map((c) => `/docs/${c.trim()}`);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const stops = [];
const stopAll = async () => {
  while (stops.length)
    await stops
      .pop()()
      .catch(() => undefined);
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void stopAll().then(() => process.exit(130)));

/** The site without the deferral, built from the same source. */
function buildWithoutDeferral() {
  const out = path.join(REPO, '.tmp', 'bench', 'build-nodefer');
  if (opts.reuse && existsSync(path.join(out, 'index.html'))) return out;
  rmSync(out, {recursive: true, force: true});
  execFileSync(path.join(REPO, 'node_modules', '.bin', 'docusaurus'), ['build', '--out-dir', out], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, DEFER_CHAPTERS: '0', NO_UPDATE_NOTIFIER: '1'},
  });
  return out;
}

const results = {
  date: new Date().toISOString(),
  firstLoad: {},
  lighthouse: {},
  reading: {},
  load: [],
  labs: null,
};

// Facts age: when each chapter's facts were last checked (front matter last_checked).
results.factsAge = CHAPTERS.map((c) => ({
  chapter: c.permalink,
  lastChecked: c.lastChecked,
  days: c.lastChecked ? Math.floor((Date.now() - Date.parse(c.lastChecked)) / 86_400_000) : null,
}));
console.log('Facts checked (front matter last_checked)');
console.log(
  table([
    ['page', 'checked', 'age'],
    ...results.factsAge.map((a) => [
      a.chapter,
      a.lastChecked ?? 'never',
      a.days === null ? '' : `${a.days} days`,
    ]),
  ]),
);
try {
  console.log('Building the references: the site without the deferral, and stock Docusaurus…');
  const variants = [
    {name: 'site', build: path.join(REPO, 'build'), port: PORTS.site},
    {name: 'no defer', build: buildWithoutDeferral(), port: PORTS.nodefer},
    {name: 'stock', build: buildStock(REPO, {rebuild: !opts.reuse}), port: PORTS.stock},
  ];
  for (const v of variants) {
    const server = await startNginx(v.port, v.build);
    stops.push(server.stop);
    v.url = server.url;
  }
  const site = variants[0];

  // First-load JavaScript: every chapter of the site, the compared chapters of each variant.
  // Each measurement has the machine to itself: this browser closes before Lighthouse starts its own.
  let browser = await launch();
  const loadRows = [['page', ...variants.map((v) => v.name)]];
  for (const chapter of ALL_CHAPTERS) {
    const row = [chapter];
    for (const v of variants) {
      if (v !== site && !compared.includes(chapter)) {
        row.push('');
        continue;
      }
      const bytes = await firstLoadScripts(browser, `${v.url}${chapter}`, v.build);
      (results.firstLoad[v.name] ??= {})[chapter] = bytes;
      row.push(kib(bytes));
    }
    loadRows.push(row);
  }
  await browser.close();
  console.log('\nFirst-load JavaScript, gzip (budget 175 KiB per chapter)');
  console.log(table(loadRows));

  const labs = await labsBytes();
  results.labs = Object.fromEntries(labs.map(([name, own, chart]) => [name, {own, chart}]));
  console.log('\nSimulators, gzip: own code + chart library fetched on first view (budget 80 KiB each)');
  console.log(
    table([
      ['simulator', 'own code', 'uPlot', 'total'],
      ...labs.map(([name, own, chart, total]) => [name, kib(own), kib(chart), kib(total)]),
    ]),
  );

  if (!opts['no-lighthouse']) {
    const chrome = await startChrome({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      port: PORTS.chrome,
      profileDir: profileDir(REPO),
    });
    stops.push(chrome.stop);
    const audits = [
      ...['/', ...ALL_CHAPTERS].map((page) => ({variant: site, page})),
      ...variants.slice(1).flatMap((variant) => compared.map((page) => ({variant, page}))),
    ];
    console.log(`\nLighthouse, mobile settings, ${runs} runs per page:`);
    for (const {variant, page} of audits) {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await audit(`${variant.url}${page}`, chrome.port));
      const key = `${variant.name} ${page}`;
      results.lighthouse[key] = {
        runs: all,
        median: {
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))])),
          metrics: Object.fromEntries(
            Object.keys(METRICS).map((m) => [m, median(all.map((r) => r.metrics[m]))]),
          ),
        },
        failed: [...new Set(all.flatMap((r) => r.failed))],
      };
      process.stdout.write(
        `  ${key}: performance ${all.map((r) => score(r.scores.performance)).join(', ')}\n`,
      );
    }
    await stops.pop()();
    const rows = [['variant', 'page', 'perf', 'a11y', 'best-pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']];
    for (const [key, {median: m}] of Object.entries(results.lighthouse)) {
      const [variant, page] = [key.slice(0, key.lastIndexOf(' ')), key.slice(key.lastIndexOf(' ') + 1)];
      rows.push([
        variant,
        page,
        score(m.scores.performance),
        score(m.scores.accessibility),
        score(m.scores['best-practices']),
        score(m.scores.seo),
        ms(m.metrics.FCP),
        ms(m.metrics.LCP),
        ms(m.metrics.TBT),
        m.metrics.CLS.toFixed(3),
      ]);
    }
    console.log(
      `\nLighthouse ${Object.values(results.lighthouse)[0].runs[0].lighthouseVersion}, medians of ${runs} runs (targets: chapters ≥ 90, landing ≥ 95, others 100)`,
    );
    console.log(table(rows));
    for (const [key, {failed}] of Object.entries(results.lighthouse))
      if (failed.length) console.log(`  ${key}: audits below 90 in some run: ${failed.join(', ')}`);
  }

  if (!opts['no-reading']) {
    console.log(
      `\nReading flow, CPU slowed 4x, ${runs} runs each: load, wait, scroll, go to the questions, open an answer, grade it`,
    );
    browser = await launch();
    stops.push(() => browser.close());
    const rows = [
      ['page', 'reader', 'variant', 'TBT', 'longest', 'TBT acting', 'longest acting', 'first click'],
    ];
    for (const page of compared) {
      for (const returning of [false, true]) {
        for (const v of variants) {
          const all = [];
          for (let i = 0; i < runs; i++) all.push(await readingFlow(browser, `${v.url}${page}`, {returning}));
          const m = Object.fromEntries(
            ['tbt', 'longest', 'tbtActing', 'longestActing', 'firstClick'].map((k) => [
              k,
              median(all.map((r) => r[k])),
            ]),
          );
          const reader = returning ? 'returning' : 'first visit';
          results.reading[`${v.name} ${page} ${reader}`] = {runs: all, median: m};
          rows.push([
            page,
            reader,
            v.name,
            ms(m.tbt),
            ms(m.longest),
            ms(m.tbtActing),
            ms(m.longestActing),
            ms(m.firstClick),
          ]);
          process.stdout.write(
            `  ${page} ${reader} ${v.name}: TBT ${all.map((r) => ms(r.tbt)).join(', ')}\n`,
          );
        }
      }
    }
    console.log(
      '\nMain-thread blocking over the reading flow, medians (TBT: time over 50 ms in long tasks; "acting": from the first scroll on)',
    );
    console.log(table(rows));
  }

  if (!opts['no-labs']) {
    // The first-load browser is closed by now, and the reading flow's only exists if it ran.
    const labsBrowser = await launch();
    try {
      results.labs = await benchLabs(labsBrowser, site.url, runs);
    } finally {
      await labsBrowser.close();
    }
  }

  if (!opts['no-load']) {
    const rows = [['server', 'encoding', 'bytes sent', 'requests/s', 'mean latency', 'errors']];
    for (const start of [
      () => ({name: 'nginx (deploy/nginx)', url: site.url}),
      () => startDocusaurusServe(PORTS.serve),
    ]) {
      const server = await start();
      if (server.stop) stops.push(server.stop);
      const url = `${server.url}${LOAD_PAGE}`;
      const wire = await probe(url);
      if (wire.status !== 200) throw new Error(`${url} answered ${wire.status}`);
      // A short warm-up, then the measured run.
      loadTest(url, {seconds: 2, connections: Number(opts.connections), threads: 2});
      const r = loadTest(url, {
        seconds: Number(opts.seconds),
        connections: Number(opts.connections),
        threads: 2,
      });
      results.load.push({server: server.name, url, ...wire, ...r});
      rows.push([
        server.name,
        wire.encoding,
        String(wire.wireBytes),
        r.rps.toFixed(0),
        `${r.latencyMs.toFixed(2)} ms`,
        String(r.errors),
      ]);
    }
    console.log(
      `\nLoad test: GET ${LOAD_PAGE} with Accept-Encoding: gzip, wrk 2 threads, ${opts.connections} connections, ${opts.seconds} s, 127.0.0.1`,
    );
    console.log(table(rows));
  }
} finally {
  await stopAll();
  mkdirSync(path.join(REPO, '.tmp', 'bench'), {recursive: true});
  writeFileSync(path.join(REPO, '.tmp', 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
