// npm run bench: Lighthouse (mobile) on the landing page and three chapters, three runs each, and a
// loopback load test of a chapter page served by nginx and by `docusaurus serve`. Prints tables; writes
// the raw figures to .tmp/bench/results.json. Not part of npm test: it takes minutes and its figures
// depend on the machine.
//
// Options: --runs N (3), --seconds N (10, per load test), --connections N (32), --no-lighthouse, --no-load
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {CATEGORIES, METRICS, audit, profileDir, startChrome} from './lighthouse.mjs';
import {loadTest, probe} from './load.mjs';
import {median, ms, score, table} from './report.mjs';
import {startDocusaurusServe, startNginx} from './servers.mjs';

const REPO = path.resolve(import.meta.dirname, '../..');
const PAGES = ['/', '/docs/introduction', '/docs/monitoring', '/docs/best-practices'];
const LOAD_PAGE = '/docs/introduction';
const PORTS = {nginx: 4182, serve: 4183, chrome: 4184};

const {values: opts} = parseArgs({
  options: {
    runs: {type: 'string', default: '3'},
    seconds: {type: 'string', default: '10'},
    connections: {type: 'string', default: '32'},
    'no-lighthouse': {type: 'boolean', default: false},
    'no-load': {type: 'boolean', default: false},
  },
});
const runs = Number(opts.runs);
const seconds = Number(opts.seconds);
const connections = Number(opts.connections);

const stops = [];
const stopAll = async () => {
  while (stops.length)
    await stops
      .pop()()
      .catch(() => undefined);
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void stopAll().then(() => process.exit(130)));

const results = {date: new Date().toISOString(), lighthouse: {}, load: []};
try {
  const nginx = await startNginx(PORTS.nginx);
  stops.push(nginx.stop);

  if (!opts['no-lighthouse']) {
    const chrome = await startChrome({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      port: PORTS.chrome,
      profileDir: profileDir(REPO),
    });
    stops.push(chrome.stop);
    console.log(`Lighthouse, mobile settings, ${runs} runs per page, against ${nginx.url} (nginx):`);
    for (const page of PAGES) {
      const all = [];
      for (let i = 0; i < runs; i++) {
        const r = await audit(`${nginx.url}${page}`, chrome.port);
        all.push(r);
        process.stdout.write(`  ${page} run ${i + 1}: performance ${score(r.scores.performance)}\n`);
      }
      results.lighthouse[page] = {
        runs: all,
        median: {
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))])),
          metrics: Object.fromEntries(
            Object.keys(METRICS).map((m) => [m, median(all.map((r) => r.metrics[m]))]),
          ),
        },
        failed: [...new Set(all.flatMap((r) => r.failed))],
      };
    }
    await stops.pop()();
    const rows = [['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']];
    for (const page of PAGES) {
      const {scores, metrics} = results.lighthouse[page].median;
      rows.push([
        page,
        score(scores.performance),
        score(scores.accessibility),
        score(scores['best-practices']),
        score(scores.seo),
        ms(metrics.FCP),
        ms(metrics.LCP),
        ms(metrics.TBT),
        metrics.CLS.toFixed(3),
      ]);
    }
    console.log(
      `\nLighthouse ${results.lighthouse[PAGES[0]].runs[0].lighthouseVersion}, medians of ${runs} runs (targets: performance ≥ 90, others 100)`,
    );
    console.log(table(rows));
    for (const page of PAGES) {
      const failed = results.lighthouse[page].failed;
      if (failed.length) console.log(`  ${page}: audits below 90 in some run: ${failed.join(', ')}`);
    }
  }

  if (!opts['no-load']) {
    const rows = [['server', 'encoding', 'bytes sent', 'requests/s', 'mean latency', 'errors']];
    for (const start of [() => nginx, () => startDocusaurusServe(PORTS.serve)]) {
      const server = await start();
      if (server !== nginx) stops.push(server.stop);
      const url = `${server.url}${LOAD_PAGE}`;
      const wire = await probe(url);
      if (wire.status !== 200) throw new Error(`${url} answered ${wire.status}`);
      // A short warm-up, then the measured run.
      loadTest(url, {seconds: 2, connections, threads: 2});
      const r = loadTest(url, {seconds, connections, threads: 2});
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
      `\nLoad test: GET ${LOAD_PAGE} with Accept-Encoding: gzip, wrk 2 threads, ${connections} connections, ${seconds} s, 127.0.0.1`,
    );
    console.log(table(rows));
  }
} finally {
  await stopAll();
  mkdirSync(path.join(REPO, '.tmp', 'bench'), {recursive: true});
  writeFileSync(path.join(REPO, '.tmp', 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
