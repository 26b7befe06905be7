// MiniSearch, the third engine of the search comparison (scripts/bench/search.mjs), measured in a
// small harness page rather than wired into the site: same records as the site's index
// (plugins/search/records.ts), the same partial-match fallback, fuzzy matching for words of five
// letters or more only, reading lists weighed down. It has no previews: MiniSearch keeps no text
// to cut a passage from, and shipping the records' text would add its size (reported).
import {copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {load} from 'cheerio';
import MiniSearch from 'minisearch';
import {precompress} from '../precompress.mjs';

const require = createRequire(import.meta.url);
const jiti = require('jiti')(import.meta.filename);

/** The options the index is built and loaded with (shared with the page through the JSON file). */
export const INDEX_OPTIONS = {fields: ['title', 'text'], storeFields: ['url', 'title', 'readingList']};

/** The search the harness runs, as source text for the page (AND, then OR when too few). */
const HARNESS = `
let engine;
const OPTIONS = ${JSON.stringify(INDEX_OPTIONS)};
const SEARCH = {
  prefix: true,
  fuzzy: (term) => (term.length >= 5 && /^\\p{L}+$/u.test(term) ? 1 : false),
  boost: {title: 3},
  boostDocument: (id, term, stored) => (stored.readingList ? 0.5 : 1),
};
async function load() {
  if (!engine) {
    const [{default: MiniSearch}, json] = await Promise.all([
      import('./minisearch.js'),
      fetch('index.json').then((r) => r.text()),
    ]);
    engine = MiniSearch.loadJSON(json, OPTIONS);
  }
  return engine;
}
window.benchSearch = async (query) => {
  const t0 = performance.now();
  const ms = await load();
  let results = ms.search(query, {...SEARCH, combineWith: 'AND'});
  if (results.length < 8) {
    const seen = new Set(results.map((r) => r.id));
    results = [...results, ...ms.search(query, {...SEARCH, combineWith: 'OR'}).filter((r) => !seen.has(r.id))];
  }
  const list = document.getElementById('results');
  list.replaceChildren(...results.slice(0, 8).map((r) => Object.assign(document.createElement('li'), {textContent: r.title})));
  return {ms: performance.now() - t0, count: results.length, top: results.slice(0, 3).map((r) => r.url)};
};
`;

function recordText(html) {
  const $ = load(`<div id="r">${html}</div>`);
  $('br').replaceWith('\n');
  $('p, li, div, pre, td, th, tr, blockquote, figcaption, h5, h6').append(' ');
  return $('#r').text().replace(/\s+/g, ' ').trim();
}

/**
 * Writes the harness site (index.html, harness.js, minisearch.js, index.json and .gz copies) into
 * `dir` from the build in `buildDir`; returns the figures that need no browser.
 */
export async function writeMiniSearchHarness(dir, buildDir) {
  const {extractRecords} = jiti('../../plugins/search/records.ts');
  const pages = ['docs.html', ...readdirSync(path.join(buildDir, 'docs')).map((f) => `docs/${f}`)];
  const records = pages
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) =>
      extractRecords(readFileSync(path.join(buildDir, f), 'utf8'), `/${f.replace(/\.html$/, '')}`),
    );
  const docs = records.map((r, id) => ({
    id,
    url: r.url,
    title: r.title,
    text: recordText(r.html),
    readingList: r.linkShare > 0.4,
  }));
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(docs);

  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const json = JSON.stringify(index);
  writeFileSync(path.join(dir, 'index.json'), json);
  writeFileSync(path.join(dir, 'harness.js'), HARNESS);
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MiniSearch harness</title>' +
      '<script type="module" src="harness.js"></script></head><body><ul id="results"></ul></body></html>',
  );
  // The published ES module, minified like the site's own bundles.
  const source = path.join(path.dirname(require.resolve('minisearch')), '..', 'es', 'index.js');
  try {
    const {minifySync} = require('@swc/core');
    writeFileSync(
      path.join(dir, 'minisearch.js'),
      minifySync(readFileSync(source, 'utf8'), {module: true}).code,
    );
  } catch {
    copyFileSync(source, path.join(dir, 'minisearch.js'));
  }
  precompress(dir);
  const text = JSON.stringify(docs.map((d) => d.text));
  return {
    indexRaw: json.length,
    indexGzip: gzipSync(json, {level: 9}).length,
    textGzip: gzipSync(text, {level: 9}).length,
    records: docs.length,
    harnessLines: HARNESS.trim().split('\n').length,
  };
}
