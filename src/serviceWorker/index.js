/**
 * Custom code of the service worker (plugin-pwa's `swCustom`): the plugin precaches pages, bundles
 * and images and serves them cache-first; this adds what must not be precached.
 *
 * - The Python runtime (≈12 MB) and the code-runner workers: cached the first time a reader runs
 *   code, then served from the cache (cache-first: their URLs are versioned or content-hashed), so
 *   Run works offline after one online run. A new version evicts the older one.
 * - The search index: written by another plugin after the precache manifest is computed, so the
 *   manifest cannot list it reliably. The installing worker downloads it into a staging cache; it
 *   becomes current when that worker activates, like the precached pages it describes.
 */
import {
  RUNTIME_CACHE,
  SEARCH_CACHE,
  SEARCH_CACHE_NEXT,
  SEARCH_INDEX_FILE,
  isCacheable,
  isRuntimeAsset,
  isSearchIndex,
  runtimeFamily,
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

async function stageSearchIndex() {
  const url = new URL(SEARCH_INDEX_FILE, scope()).href;
  const response = await fetch(url, {cache: 'no-cache'});
  if (!isCacheable(response)) return;
  const next = await caches.open(SEARCH_CACHE_NEXT);
  await next.put(url, response);
}

async function promoteSearchIndex() {
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
