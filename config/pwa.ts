import path from 'node:path';
import type {Options} from '@docusaurus/plugin-pwa';

/** An entry of Workbox's precache manifest; `url` is relative to the build folder. */
export type PrecacheEntry = {readonly url: string; readonly revision: string | null; readonly size: number};

/**
 * Build files the service worker must not precache:
 * - the Python runtime, ONNX Runtime Web, the Python and model workers and the lab's models (≈12 MB
 *   and ≈15 MB): cached at run time, once a reader runs code, starts the live model or saves Python
 *   for offline use (src/serviceWorker, src/offline). The JavaScript worker (a few kilobytes) IS
 *   precached, so JavaScript snippets run offline after a first visit (`isPrecachedRuntime` in
 *   src/serviceWorker/routes.js names the same file);
 * - the search index: another plugin writes it concurrently with the manifest's computation, so the
 *   service worker downloads it itself, from the list of its files (src/serviceWorker);
 * - the 404 page, which nginx serves for missing URLs only (a direct request is itself a 404, and one
 *   failed download fails the whole installation);
 * - the social card, which only link previews fetch.
 */
export const PRECACHE_IGNORES = [
  'pyodide/**',
  'ort/**',
  'runtime/!(javascript.worker.*)',
  'search-index/**',
  '404.html',
  'img/social-card.jpg',
] as const;

/**
 * The site is built with `trailingSlash: false`, so /docs/monitoring is served from
 * docs/monitoring.html. The plugin looks up a navigation by its URL (and URL/index.html), so pages are
 * precached under the URL readers visit; the server answers that URL with the same file.
 */
export function precacheUnderPageUrls(entries: readonly PrecacheEntry[]): {manifest: PrecacheEntry[]} {
  return {
    manifest: entries.map((entry) =>
      entry.url.endsWith('.html') && !/(^|\/)index\.html$/.test(entry.url)
        ? {...entry, url: entry.url.slice(0, -'.html'.length)}
        : entry,
    ),
  };
}

/**
 * Options of @docusaurus/plugin-pwa: every reader gets offline reading after a first visit (the guide
 * is meant to be studied anywhere), with a prompt when a new version is ready.
 */
export function pwaOptions(siteDir: string): Options {
  return {
    offlineModeActivationStrategies: ['always'],
    swCustom: path.join(siteDir, 'src', 'serviceWorker', 'index.js'),
    pwaHead: [
      {tagName: 'link', rel: 'manifest', href: '/manifest.json'},
      {tagName: 'link', rel: 'apple-touch-icon', href: '/img/apple-touch-icon.png'},
    ],
    // The plugin supplies swSrc, swDest and globDirectory itself; these are the rules it leaves to us.
    injectManifestConfig: {
      globIgnores: [...PRECACHE_IGNORES],
      manifestTransforms: [async (entries) => precacheUnderPageUrls(entries)],
      // Content-hashed bundles need no cache-busting: the precache may take them from the HTTP cache
      // the first page view just filled instead of downloading them again.
      dontCacheBustURLsMatching: /^(assets|runtime)\//,
    } as Options['injectManifestConfig'],
  };
}
