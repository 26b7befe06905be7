import {PRECACHE_IGNORES, precacheUnderPageUrls, pwaOptions} from '@site/config/pwa';

const entry = (url: string) => ({url, revision: 'r', size: 1});

describe('offline reading options', () => {
  it('precaches each page under the URL readers visit (trailingSlash: false)', () => {
    const {manifest} = precacheUnderPageUrls([
      entry('docs/monitoring.html'),
      entry('docs.html'),
      entry('search.html'),
      entry('index.html'),
      entry('guide/index.html'),
      entry('assets/js/main.123.js'),
    ]);
    expect(manifest.map((e) => e.url)).toEqual([
      'docs/monitoring',
      'docs',
      'search',
      'index.html',
      'guide/index.html',
      'assets/js/main.123.js',
    ]);
    expect(manifest.every((e) => e.revision === 'r')).toBe(true);
  });

  it('keeps the runtimes, the search index and the 404 page out of the precache', () => {
    expect(PRECACHE_IGNORES).toEqual(
      expect.arrayContaining(['pyodide/**', 'ort/**', 'runtime/**', 'search-index/**', '404.html']),
    );
  });

  it('turns offline mode on for every reader and points the service worker at the custom code', () => {
    const options = pwaOptions('/site');
    expect(options.offlineModeActivationStrategies).toEqual(['always']);
    expect(options.swCustom).toBe('/site/src/serviceWorker/index.js');
    expect(options.pwaHead).toContainEqual({tagName: 'link', rel: 'manifest', href: '/manifest.json'});
    expect(options.injectManifestConfig?.globIgnores).toEqual([...PRECACHE_IGNORES]);
  });
});
