import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {globSync} from 'glob';
import {PRECACHE_IGNORES, precacheUnderPageUrls, pwaOptions} from '@site/config/pwa';
import {isPrecachedRuntime, isRuntimeAsset} from '@site/src/serviceWorker/routes';

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
      expect.arrayContaining([
        'pyodide/**',
        'ort/**',
        'runtime/!(javascript.worker.*)',
        'search-index/**',
        '404.html',
      ]),
    );
  });

  it('precaches the JavaScript worker and no other runtime file, as the service worker expects', () => {
    // The same glob library and options shape Workbox uses (plugin-pwa's fixed patterns, our ignores).
    const dir = mkdtempSync(path.join(tmpdir(), 'precache-'));
    try {
      const files = [
        'runtime/javascript.worker.0123456789.js',
        'runtime/python.worker.0123456789.mjs',
        'runtime/onnx.worker.0123456789.mjs',
        'runtime/harness.0123456789.py',
        'runtime/churn.int8.0123456789.onnx',
        'pyodide/0.29.0/pyodide.mjs',
        'pyodide/0.29.0/pyodide-lock.json',
        'search-index/index.json',
        'assets/js/main.0123.js',
        'offline.html',
        '404.html',
      ];
      for (const f of files) {
        mkdirSync(path.dirname(path.join(dir, f)), {recursive: true});
        writeFileSync(path.join(dir, f), 'x');
      }
      const precached = globSync(['**/*.{js,json,css,html}', '**/*.{png,jpg,jpeg,gif,svg,ico}'], {
        cwd: dir,
        nodir: true,
        ignore: [...PRECACHE_IGNORES],
      })
        .map((f) => f.split(path.sep).join('/'))
        .sort();
      expect(precached).toEqual([
        'assets/js/main.0123.js',
        'offline.html',
        'runtime/javascript.worker.0123456789.js',
      ]);
      // What is precached the precache serves; the runtime route must leave it alone, and take the rest.
      const scope = 'https://guide.example/';
      for (const f of files.filter((f) => f.startsWith('runtime/'))) {
        const precachedHere = precached.includes(f);
        expect(isPrecachedRuntime(f), f).toBe(precachedHere);
        expect(isRuntimeAsset(scope + f, scope), f).toBe(!precachedHere);
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('turns offline mode on for every reader and points the service worker at the custom code', () => {
    const options = pwaOptions('/site');
    expect(options.offlineModeActivationStrategies).toEqual(['always']);
    expect(options.swCustom).toBe('/site/src/serviceWorker/index.js');
    expect(options.pwaHead).toContainEqual({tagName: 'link', rel: 'manifest', href: '/manifest.json'});
    expect(options.injectManifestConfig?.globIgnores).toEqual([...PRECACHE_IGNORES]);
  });
});
