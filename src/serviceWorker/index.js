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
 * - Navigations (full page loads): the precached page if there is one, as the plugin would serve it;
 *   otherwise the network; and when the network fails (offline, or the site unreachable), a redirect
 *   to the precached fallback page /offline?from=<address>, which links to what is available offline.
 *   A redirect rather than the fallback's HTML under the wanted address: the site's router would
 *   hydrate that HTML as the address's own route (a 404) and replace it. This listener is registered
 *   before the plugin's (the plugin runs this code first) and stops the event for navigations, so
 *   exactly one answer is given.
 *
 * The JavaScript worker is precached (config/pwa.ts), so the precache serves it and the runtime route
 * leaves it alone (routes.js, isPrecachedRuntime).
 */
import {
  OLD_SEARCH_CACHES,
  OFFLINE_PAGE,
  RUNTIME_CACHE,
  SEARCH_CACHE,
  SEARCH_CACHE_NEXT,
  SEARCH_FILES,
  isCacheable,
  isRuntimeAsset,
  isSearchIndex,
  offlineFallbackUrl,
  pageCandidates,
  precacheName,
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

async function navigationResponse(request) {
  const precache = await caches.open(precacheName(scope()));
  for (const url of pageCandidates(request.url, scope())) {
    // During an update both revisions may be stored: the older (the active worker's) comes first.
    const page = await precache.match(url, {ignoreSearch: true});
    if (page) return page;
  }
  try {
    return await fetch(request);
  } catch (error) {
    const fallback = await precache.match(new URL(OFFLINE_PAGE, scope()).href, {ignoreSearch: true});
    if (!fallback) throw error;
    return Response.redirect(offlineFallbackUrl(request.url, scope()), 302);
  }
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
    if (request.mode === 'navigate') {
      event.respondWith(navigationResponse(request));
      event.stopImmediatePropagation();
    } else if (isRuntimeAsset(request.url, scope())) event.respondWith(runtimeResponse(request));
    else if (isSearchIndex(request.url, scope())) event.respondWith(searchIndexResponse(request));
  });
}
