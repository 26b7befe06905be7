import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {Joi} from '@docusaurus/utils-validation';
import MiniSearch, {type AsPlainObject} from 'minisearch';
import {encodeIndex, shardFile, type ShardFile} from './codec';
import {FIELDS, INDEX_FILE, TEXT_DIR, recordMeta, textFile, tokenize, type IndexFile} from './document';
import {asideRecord, extractRecords, type SearchRecord} from './records';

export type Options = {
  readonly id?: string;
  /** Routes under this path are indexed (the guide); other pages (landing, review, search) are not. */
  readonly path: string;
  /** Further routes to index, outside `path` (the glossary). */
  readonly pages?: readonly string[];
};

/** Where the index is written in the build, and the URL path it is served from. */
export const BUNDLE_DIR = 'search-index';
export {INDEX_FILE, TEXT_DIR};
/** Beside the index: the list of every file, which the service worker downloads. */
export const FILES_FILE = 'files.json';

const OPTIONS = Joi.object<Options>({
  path: Joi.string().pattern(/^\//, 'a URL path starting with "/"').default('/docs'),
  pages: Joi.array().items(Joi.string().pattern(/^\//, 'a URL path starting with "/"')).default([]),
});

export function validateOptions({validate, options}: OptionValidationContext<Options, Options>): Options {
  return validate(OPTIONS, options);
}

/** The HTML file a route was rendered to (trailingSlash false: docs/x.html; else docs/x/index.html). */
function htmlFileOf(outDir: string, route: string): string {
  const rel = route.replace(/^\/+|\/+$/g, '');
  const candidates = [`${rel || 'index'}.html`, path.join(rel, 'index.html')];
  const found = candidates.map((c) => path.join(outDir, c)).find((f) => existsSync(f));
  if (!found) throw new Error(`search plugin: no HTML file for the route ${route} in ${outDir}`);
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The index of the records (numbered in order) and its postings by first character, as the browser
 * loads them (client/engine.ts).
 */
export function buildIndex(records: readonly SearchRecord[]): {
  file: IndexFile;
  shards: Map<number, ShardFile>;
} {
  const miniSearch = new MiniSearch<{id: number; title: string; text: string; trail: string}>({
    fields: [...FIELDS],
    tokenize,
  });
  miniSearch.addAll(records.map((r, id) => ({id, title: r.title, text: r.text, trail: r.trail.join(' ')})));
  const js = JSON.parse(JSON.stringify(miniSearch)) as AsPlainObject;
  const {index, shards} = encodeIndex(js);
  return {file: {index, records: records.map(recordMeta)}, shards};
}

/** Writes the index, its postings, one text file per record (previews) and the list of every file. */
export function writeIndex(records: readonly SearchRecord[], bundleDir: string): void {
  rmSync(bundleDir, {recursive: true, force: true});
  mkdirSync(path.join(bundleDir, TEXT_DIR), {recursive: true});
  const {file, shards} = buildIndex(records);
  writeFileSync(path.join(bundleDir, INDEX_FILE), JSON.stringify(file));
  for (const [shard, postings] of shards) {
    const to = path.join(bundleDir, shardFile(shard));
    mkdirSync(path.dirname(to), {recursive: true});
    writeFileSync(to, JSON.stringify(postings));
  }
  records.forEach((r, id) => writeFileSync(path.join(bundleDir, textFile(id)), r.text));
  // The service worker downloads these for offline search (src/serviceWorker).
  const files = filesUnder(bundleDir).filter((f) => f !== FILES_FILE);
  const list = files.map((f) => ({path: f, size: statSync(path.join(bundleDir, f)).size}));
  writeFileSync(path.join(bundleDir, FILES_FILE), JSON.stringify(list));
}

/**
 * Offline full-text search of the guide with MiniSearch. After the build, every page under `path` is
 * cut into records (one per heading with an id, so each study question is a result whose text is
 * its answer) and indexed; the search bar and the /search page (this plugin's theme components)
 * load the index on first use.
 */
export default function searchPlugin(context: LoadContext, options: Options): Plugin {
  const base = normalizeUrl([context.baseUrl, options.path]);
  const pages = new Set((options.pages ?? []).map((p) => normalizeUrl([context.baseUrl, p])));
  return {
    name: 'search',
    getThemePath: () => path.join(__dirname, 'theme'),
    contentLoaded({actions}) {
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'search']),
        component: '@theme/SearchPage',
        exact: true,
      });
    },
    async postBuild({outDir, routesPaths, routesBuildMetadata}) {
      const routes = routesPaths.filter(
        (r) => (r === base || r.startsWith(`${base}/`) || pages.has(r)) && !routesBuildMetadata[r]?.noIndex,
      );
      for (const p of pages)
        if (!routes.includes(p)) throw new Error(`search plugin: the page ${p} to index is not a route`);
      if (routes.length === 0) throw new Error(`search plugin: no route under ${base} to index`);
      const records = routes.flatMap((route) => {
        const found = extractRecords(readFileSync(htmlFileOf(outDir, route), 'utf8'), route);
        return pages.has(route) ? [asideRecord(found)] : found;
      });
      writeIndex(records, path.join(outDir, BUNDLE_DIR));
    },
  };
}
