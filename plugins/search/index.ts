import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {Joi} from '@docusaurus/utils-validation';
import type * as Pagefind from 'pagefind';
import {WORDS_DIR, WORDS_FILE, recordDocument, wordList, wordParts} from './document';
import {asideRecord, extractRecords, type SearchRecord} from './records';

const loadPagefind = createRequire(__filename)('./pagefind.cjs') as () => Promise<typeof Pagefind>;

export type Options = {
  readonly id?: string;
  /** Routes under this path are indexed (the guide); other pages (landing, review, search) are not. */
  readonly path: string;
  /** Further routes to index, outside `path` (the glossary). */
  readonly pages?: readonly string[];
};

/** Where the index is written in the build, and the URL path it is served from. */
export const BUNDLE_DIR = 'pagefind';
export {WORDS_DIR, WORDS_FILE};
/** Beside Pagefind's files: the list of every file, which the service worker downloads. */
export const FILES_FILE = 'files.json';
/** Files of Pagefind's bundle the site does not use. */
export const UNUSED_FILE =
  /^(pagefind-(component-|modular-)?ui\.(js|css)|pagefind-highlight\.js|wasm\.unknown\.pagefind)$/;

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

/** Indexes the records with Pagefind and writes its bundle, the word list and the file list. */
export async function writeIndex(records: readonly SearchRecord[], bundleDir: string): Promise<void> {
  const pagefind = await loadPagefind();
  const {index, errors} = await pagefind.createIndex({forceLanguage: 'en'});
  if (!index) throw new Error(`search plugin: Pagefind did not start: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const added = await index.addHTMLFile({url: record.url, content: recordDocument(record)});
      if (added.errors.length > 0)
        throw new Error(`search plugin: Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({outputPath: bundleDir});
    if (written.errors.length > 0) throw new Error(`search plugin: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // Pagefind also writes its ready-made search interfaces, which the site does not use (its own
  // search box calls the search API), and an index for pages without a language (there are none).
  for (const f of readdirSync(bundleDir)) if (UNUSED_FILE.test(f)) rmSync(path.join(bundleDir, f));
  const words = wordList(records);
  writeFileSync(path.join(bundleDir, WORDS_FILE), `${words.join('\n')}\n`);
  mkdirSync(path.join(bundleDir, WORDS_DIR));
  for (const [file, part] of wordParts(words))
    writeFileSync(path.join(bundleDir, WORDS_DIR, file), `${part.join('\n')}\n`);
  // The service worker downloads these for offline search (src/serviceWorker).
  const files = filesUnder(bundleDir).filter((f) => f !== FILES_FILE);
  const list = files.map((f) => ({path: f, size: statSync(path.join(bundleDir, f)).size}));
  writeFileSync(path.join(bundleDir, FILES_FILE), JSON.stringify(list));
}

/**
 * Offline full-text search of the guide with Pagefind. After the build, every page under `path` is
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
      await writeIndex(records, path.join(outDir, BUNDLE_DIR));
    },
  };
}
