// @ts-check
/**
 * Which requests the service worker handles itself, beside the pages and bundles that
 * @docusaurus/plugin-pwa precaches. Plain JavaScript: the plugin bundles the service worker with a
 * JavaScript-only loader. Pure functions, tested in tests/unit/serviceWorkerRoutes.test.ts.
 */

/**
 * The Python runtime, ONNX Runtime Web (chapter 2's live model) and the workers, cached the first time
 * a reader runs code or starts the live model.
 */
export const RUNTIME_CACHE = 'runtime-v1';
/** The search index of the active service worker, and the one the installing worker downloads. */
export const SEARCH_CACHE = 'search-index-v4';
export const SEARCH_CACHE_NEXT = 'search-index-v4-next';
/**
 * Caches of earlier index formats (v2: Pagefind's; v3: MiniSearch's postings in one file), deleted on
 * activation, so a new page never reads an index its code cannot decode.
 */
export const OLD_SEARCH_CACHES = [
  'search-index-v1',
  'search-index-v1-next',
  'search-index-v2',
  'search-index-v2-next',
  'search-index-v3',
  'search-index-v3-next',
];
/** The folder of the search index (plugins/search: the index and the records' text). */
export const SEARCH_DIR = 'search-index/';
/** The list of every file of the index, with sizes (plugins/search writes it). */
export const SEARCH_FILES = `${SEARCH_DIR}files.json`;

/**
 * The scope-relative path of a same-origin URL inside the service worker's scope, or null.
 * @param {string} url
 * @param {string} scope the registration scope, e.g. "https://example.org/"
 * @returns {string | null}
 */
function inScope(url, scope) {
  const u = new URL(url);
  const s = new URL(scope);
  if (u.origin !== s.origin || !u.pathname.startsWith(s.pathname)) return null;
  return u.pathname.slice(s.pathname.length);
}

/**
 * The runtime files that ARE precached (config/pwa.ts leaves them out of its ignore list): the
 * JavaScript worker, a few kilobytes, so that a JavaScript snippet runs offline after a first visit
 * even if the reader never ran one online. The precache serves them; the runtime route leaves them be.
 * @param {string} rel a scope-relative path
 */
export function isPrecachedRuntime(rel) {
  return /^runtime\/javascript\.worker\.[^/]+$/.test(rel);
}

/**
 * True for files of the Python runtime (/pyodide/<version>/…), ONNX Runtime Web (/ort/<version>/…) and
 * the workers and models (/runtime/<name>.<hash>.<ext>): versioned or content-hashed, so a cached copy
 * is never stale. The precached JavaScript worker is not one of them.
 * @param {string} url
 * @param {string} scope
 */
export function isRuntimeAsset(url, scope) {
  const rel = inScope(url, scope);
  return (
    rel !== null && /^((pyodide|ort)\/[^/]+\/[^/]+|runtime\/[^/]+)$/.test(rel) && !isPrecachedRuntime(rel)
  );
}

/**
 * What stays the same across versions of a runtime file: a newer version replaces the older one in
 * the cache instead of piling up beside it. Null for anything else.
 * @param {string} url
 * @param {string} scope
 * @returns {string | null}
 */
export function runtimeFamily(url, scope) {
  const rel = inScope(url, scope);
  if (rel === null) return null;
  const versioned = /^(pyodide|ort)\/[^/]+\/([^/]+)$/.exec(rel);
  if (versioned) return `${versioned[1]}/*/${versioned[2]}`;
  const worker = /^runtime\/(.+)\.[0-9a-f]{6,}\.([a-z]+)$/.exec(rel);
  if (worker) return `runtime/${worker[1]}.*.${worker[2]}`;
  return null;
}

/**
 * True for the files of the search index (the engine's script, WebAssembly and index chunks, the
 * word list), whatever their cache-busting query.
 * @param {string} url
 * @param {string} scope
 */
export function isSearchIndex(url, scope) {
  const rel = inScope(url, scope);
  return rel !== null && rel.startsWith(SEARCH_DIR) && rel.length > SEARCH_DIR.length;
}

/**
 * The scope-relative paths of the index's files, from the file list plugins/search writes (the list
 * itself included). Throws on anything else, so a broken list never replaces a working index.
 * @param {unknown} list
 * @returns {string[]}
 */
export function searchFiles(list) {
  if (!Array.isArray(list) || list.length === 0)
    throw new Error('The search file list is empty or not a list');
  const paths = list.map((entry) => {
    const file =
      entry && typeof entry === 'object' ? /** @type {{path?: unknown}} */ (entry).path : undefined;
    if (typeof file !== 'string' || file === '' || file.startsWith('/') || file.split('/').includes('..'))
      throw new Error(`Not a file of the search index: ${JSON.stringify(entry)}`);
    return `${SEARCH_DIR}${file}`;
  });
  return [SEARCH_FILES, ...paths];
}

/**
 * Whether a network response may be stored: complete, successful and from our own origin.
 * @param {{ok: boolean, status: number, type: string}} response
 */
export function isCacheable(response) {
  return response.ok && response.status === 200 && response.type === 'basic';
}

/** The offline fallback page (src/pages/offline.tsx), precached like every page. */
export const OFFLINE_PAGE = 'offline';

/**
 * The cache @docusaurus/plugin-pwa precaches into: Workbox's default name, "workbox-precache-v2-"
 * followed by the registration scope. Page entries are stored under their URL with a
 * `__WB_REVISION__` query, so look them up with `ignoreSearch`.
 * @param {string} scope
 */
export function precacheName(scope) {
  return `workbox-precache-v2-${scope}`;
}

/**
 * The URLs under which a page may be precached, as the plugin looks them up: the URL without its
 * query and fragment, and that URL's index.html. Empty for another origin.
 * @param {string} url
 * @param {string} scope
 * @returns {string[]}
 */
export function pageCandidates(url, scope) {
  const u = new URL(url);
  if (u.origin !== new URL(scope).origin) return [];
  u.search = '';
  u.hash = '';
  return [u.href, `${u.href}${u.pathname.endsWith('/') ? '' : '/'}index.html`];
}

/**
 * Where an offline navigation to a page that is not cached is sent: the fallback page, told which
 * address the reader wanted (path and query, same origin only) so it can offer to try again.
 * @param {string} url the address the reader asked for
 * @param {string} scope
 */
export function offlineFallbackUrl(url, scope) {
  const wanted = new URL(url);
  const target = new URL(OFFLINE_PAGE, scope);
  if (wanted.origin === target.origin) target.searchParams.set('from', wanted.pathname + wanted.search);
  return target.href;
}

/**
 * The address to offer again on the fallback page, from its `from` query: a path of this site only
 * (never another origin, a protocol-relative URL or the fallback page itself), or null.
 * @param {string | null} from
 * @param {string} origin the page's origin
 * @returns {string | null}
 */
export function wantedAddress(from, origin) {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return null;
  let url;
  try {
    url = new URL(from, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  if (url.pathname.replace(/\/$/, '') === new URL(OFFLINE_PAGE, `${origin}/`).pathname) return null;
  return url.pathname + url.search;
}
