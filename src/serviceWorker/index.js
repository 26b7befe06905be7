/**
 * Custom code of the service worker (plugin-pwa's `swCustom`): the plugin precaches pages, bundles
 * and images and serves them cache-first; this adds what must not be precached.
 *
 * - The Python runtime (≈12 MB) and the code-runner workers: cached the first time a reader runs
 *   code, then served from the cache (cache-first: their URLs are versioned or content-hashed), so
 *   Run works offline after one online run. A new version evicts the older one.
 * - The search index (plugins/search): written by another plugin while the precache manifest is
 *   computed, so the manifest cannot list it reliably. The installing worker downloads every file
 *   of it (from the list plugins/search writes) into a staging cache, so search works offline even
 *   for a reader who never searched online; it becomes current when that worker activates, like the
 *   precached pages it describes. A file not staged yet is cached the first time search fetches it.
 */
import {
  OLD_SEARCH_CACHES,
  RUNTIME_CACHE,
  SEARCH_CACHE,
  SEARCH_CACHE_NEXT,
  SEARCH_FILES,
  isCacheable,
  isRuntimeAsset,
  isSearchIndex,
  runtimeFamily,
  searchFiles,
} from './routes';

const scope = () => self.registration.scope;

async function runtimeResponse(request) {
  const cache = await caches.open(RUNTIME_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (isCacheable(response)) {
    const family = runtimeFamily(request.url, scope());
    const copy = response.clone();
    // Stored in the background: the worker is streaming the body already.
    void (async () => {
      for (const old of await cache.keys()) {
        if (old.url !== request.url && family && runtimeFamily(old.url, scope()) === family)
          await cache.delete(old);
      }
      await cache.put(request.url, copy);
    })().catch(() => undefined);
  }
  return response;
}

async function searchIndexResponse(request) {
  const key = new URL(request.url);
  key.search = '';
  const cache = await caches.open(SEARCH_CACHE);
  const cached = await cache.match(key.href);
  if (cached) return cached;
  const response = await fetch(request);
  if (isCacheable(response)) await cache.put(key.href, response.clone());
  return response;
}

/** Downloads at most this many index files at a time (there are a few hundred small ones). */
const PARALLEL_DOWNLOADS = 8;

async function stageSearchIndex() {
  await caches.delete(SEARCH_CACHE_NEXT);
  const list = await fetch(new URL(SEARCH_FILES, scope()).href, {cache: 'no-cache'});
  if (!isCacheable(list)) throw new Error(`The search file list answered ${list.status}`);
  const urls = searchFiles(await list.json()).map((file) => new URL(file, scope()).href);
  const next = await caches.open(SEARCH_CACHE_NEXT);
  let i = 0;
  const download = async () => {
    while (i < urls.length) {
      const url = urls[i++];
      const response = await fetch(url, {cache: 'no-cache'});
      if (!isCacheable(response)) throw new Error(`${url} answered ${response.status}`);
      await next.put(url, response);
    }
  };
  try {
    await Promise.all(Array.from({length: PARALLEL_DOWNLOADS}, download));
  } catch (error) {
    // All or nothing: a partial index would find some words and not others.
    await caches.delete(SEARCH_CACHE_NEXT);
    throw error;
  }
}

async function promoteSearchIndex() {
  for (const name of OLD_SEARCH_CACHES) await caches.delete(name);
  const next = await caches.open(SEARCH_CACHE_NEXT);
  const staged = await next.keys();
  if (staged.length === 0) return;
  const current = await caches.open(SEARCH_CACHE);
  for (const request of await current.keys()) await current.delete(request);
  for (const request of staged) await current.put(request, await next.match(request));
  await caches.delete(SEARCH_CACHE_NEXT);
}

export default function swCustom(params) {
  self.addEventListener('install', (event) => {
    // Offline search is a convenience: a failed download must not fail the installation.
    if (params.offlineMode) event.waitUntil(stageSearchIndex().catch(() => undefined));
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(promoteSearchIndex().catch(() => undefined));
  });

  self.addEventListener('fetch', (event) => {
    const {request} = event;
    // Partial (Range) requests go to the network: only whole files are cached.
    if (!params.offlineMode || request.method !== 'GET' || request.headers.has('range')) return;
    if (isRuntimeAsset(request.url, scope())) event.respondWith(runtimeResponse(request));
    else if (isSearchIndex(request.url, scope())) event.respondWith(searchIndexResponse(request));
  });
}
