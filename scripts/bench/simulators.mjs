// The labs' bytes: each simulator (component, view, model) bundled and minified on its own, React and
// Docusaurus left out as the page already has them, plus the chart library chunk it fetches on first
// view; gzip level 9. Run with `node scripts/bench/simulators.mjs` (npm run bench prints it too).
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {build} from 'rolldown';

const REPO = path.resolve(import.meta.dirname, '../..');
const SIMULATORS = ['BatchingSimulator', 'AutoscalingSimulator', 'DriftSimulator', 'CostSimulator'];
const gz = (text) => gzipSync(text, {level: 9}).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function bundle(entry, external) {
  const result = await build({
    input: entry,
    external,
    write: false,
    resolve: {alias: {'@site': REPO}},
    transform: {jsx: 'react-jsx'},
    moduleTypes: {'.css': 'empty'},
    output: {format: 'esm', minify: true},
    logLevel: 'silent',
  });
  return result.output.filter((o) => o.type === 'chunk');
}

const external = (id) => /^(react|react-dom|@docusaurus\/|@theme|clsx)/.test(id) || id.includes('/uplot');

/** Rows of [name, own code gzip, chart library gzip, total]. */
export async function labsBytes() {
  const chart = await bundle(path.join(REPO, 'node_modules/uplot/dist/uPlot.esm.js'), []);
  const css = readFileSync(path.join(REPO, 'node_modules/uplot/dist/uPlot.min.css'));
  const chartBytes = chart.reduce((n, c) => n + gz(c.code), 0) + gz(css);
  const rows = [];
  for (const name of SIMULATORS) {
    const chunks = await bundle(path.join(REPO, 'src/labs', name, 'index.tsx'), external);
    // The Simulator's Chart imports ./uplot lazily: that chunk is the library, counted once above.
    const own = chunks.filter((c) => !c.code.includes('uPlot.min.css') && !c.fileName.includes('uplot'));
    const bytes = own.reduce((n, c) => n + gz(c.code), 0);
    rows.push([name, bytes, chartBytes, bytes + chartBytes]);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await labsBytes();
  console.log('Simulator bytes (gzip): own code + chart library (uPlot JS + CSS, fetched on first view)');
  for (const [name, own, chart, total] of rows)
    console.log(
      `${name.padEnd(22)} ${kib(own).padStart(9)} + ${kib(chart).padStart(9)} = ${kib(total).padStart(9)}`,
    );
}
