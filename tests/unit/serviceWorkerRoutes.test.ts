// @vitest-environment node
import {
  SEARCH_FILES,
  isCacheable,
  isRuntimeAsset,
  isSearchIndex,
  offlineFallbackUrl,
  pageCandidates,
  precacheName,
  runtimeFamily,
  searchFiles,
  wantedAddress,
} from '@site/src/serviceWorker/routes';

const SCOPE = 'https://guide.example/';
const at = (p: string) => new URL(p, SCOPE).href;

describe('service worker routes', () => {
  it('treats the Python runtime and the code-runner workers as runtime assets', () => {
    expect(isRuntimeAsset(at('/pyodide/314.0.7/pyodide.asm.wasm'), SCOPE)).toBe(true);
    expect(isRuntimeAsset(at('/pyodide/314.0.7/python_stdlib.zip'), SCOPE)).toBe(true);
    expect(isRuntimeAsset(at('/runtime/python.worker.27e02624d2.mjs'), SCOPE)).toBe(true);
    expect(isRuntimeAsset(at('/runtime/harness.beac41af35.py?x=1'), SCOPE)).toBe(true);
  });

  it('treats ONNX Runtime Web, the model worker and the lab models as runtime assets', () => {
    expect(isRuntimeAsset(at('/ort/1.31.1/ort-wasm-simd-threaded.wasm'), SCOPE)).toBe(true);
    expect(isRuntimeAsset(at('/ort/1.31.1/ort.wasm.min.mjs'), SCOPE)).toBe(true);
    expect(isRuntimeAsset(at('/runtime/onnx.worker.27e02624d2.mjs'), SCOPE)).toBe(true);
    expect(isRuntimeAsset(at('/runtime/churn.int8.beac41af35.onnx'), SCOPE)).toBe(true);
    expect(isRuntimeAsset(at('/ort/ort.wasm.min.mjs'), SCOPE)).toBe(false);
    expect(runtimeFamily(at('/ort/1.31.1/ort-wasm-simd-threaded.wasm'), SCOPE)).toBe(
      'ort/*/ort-wasm-simd-threaded.wasm',
    );
    expect(runtimeFamily(at('/runtime/churn.int8.beac41af35.onnx'), SCOPE)).toBe('runtime/churn.int8.*.onnx');
    expect(runtimeFamily(at('/runtime/churn.float32.beac41af35.onnx'), SCOPE)).not.toBe(
      runtimeFamily(at('/runtime/churn.int8.beac41af35.onnx'), SCOPE),
    );
  });

  it('leaves pages, bundles, other origins and paths outside the scope alone', () => {
    expect(isRuntimeAsset(at('/docs/introduction'), SCOPE)).toBe(false);
    expect(isRuntimeAsset(at('/assets/js/main.1234.js'), SCOPE)).toBe(false);
    expect(isRuntimeAsset(at('/pyodide/'), SCOPE)).toBe(false);
    expect(isRuntimeAsset('https://cdn.example/pyodide/1/pyodide.mjs', SCOPE)).toBe(false);
    expect(isRuntimeAsset(at('/guide/pyodide/1/pyodide.mjs'), 'https://guide.example/other/')).toBe(false);
  });

  it('honours a base URL: the scope is the site root', () => {
    const scope = 'https://example.org/guide/';
    expect(isRuntimeAsset('https://example.org/guide/pyodide/1/pyodide.mjs', scope)).toBe(true);
    expect(isRuntimeAsset('https://example.org/pyodide/1/pyodide.mjs', scope)).toBe(false);
    expect(isSearchIndex('https://example.org/guide/search-index/index.json', scope)).toBe(true);
    expect(isSearchIndex('https://example.org/search-index/index.json', scope)).toBe(false);
  });

  it('groups versions of the same runtime file, so a new one replaces the old', () => {
    expect(runtimeFamily(at('/pyodide/314.0.7/pyodide.asm.wasm'), SCOPE)).toBe('pyodide/*/pyodide.asm.wasm');
    expect(runtimeFamily(at('/pyodide/315.0.0/pyodide.asm.wasm'), SCOPE)).toBe('pyodide/*/pyodide.asm.wasm');
    expect(runtimeFamily(at('/runtime/python.worker.27e02624d2.mjs'), SCOPE)).toBe(
      'runtime/python.worker.*.mjs',
    );
    expect(runtimeFamily(at('/runtime/python.worker.ffffffffff.mjs'), SCOPE)).toBe(
      'runtime/python.worker.*.mjs',
    );
    expect(runtimeFamily(at('/runtime/javascript.worker.27e02624d2.mjs'), SCOPE)).not.toBe(
      runtimeFamily(at('/runtime/python.worker.27e02624d2.mjs'), SCOPE),
    );
    expect(runtimeFamily(at('/docs/introduction'), SCOPE)).toBeNull();
  });

  it('recognises every file of the search index, whatever its cache-busting query', () => {
    expect(isSearchIndex(at('/search-index/index.json'), SCOPE)).toBe(true);
    expect(isSearchIndex(at('/search-index/index.json?ts=1796289694547'), SCOPE)).toBe(true);
    expect(isSearchIndex(at('/search-index/text/12.txt'), SCOPE)).toBe(true);
    expect(isSearchIndex(at('/search-index/files.json'), SCOPE)).toBe(true);
    expect(isSearchIndex(at('/search-index/'), SCOPE)).toBe(false);
    expect(isSearchIndex(at('/search'), SCOPE)).toBe(false);
    expect(isSearchIndex(at('/pagefind/pagefind.js'), SCOPE)).toBe(false);
    expect(isSearchIndex(at('/docs/search-index/index.json'), SCOPE)).toBe(false);
    expect(isSearchIndex('https://cdn.example/search-index/index.json', SCOPE)).toBe(false);
  });

  it('reads the list of index files to download, and refuses a list that is not one', () => {
    expect(
      searchFiles([
        {path: 'index.json', size: 1},
        {path: 'text/1.txt', size: 2},
      ]),
    ).toEqual([SEARCH_FILES, 'search-index/index.json', 'search-index/text/1.txt']);
    expect(() => searchFiles([])).toThrow(/empty/);
    expect(() => searchFiles({path: 'index.json'})).toThrow(/not a list/);
    expect(() => searchFiles([{path: '../sw.js'}])).toThrow(/Not a file of the search index/);
    expect(() => searchFiles([{path: '/etc/passwd'}])).toThrow(/Not a file of the search index/);
    expect(() => searchFiles([{size: 3}])).toThrow(/Not a file of the search index/);
  });

  it('stores only complete, successful same-origin responses', () => {
    expect(isCacheable({ok: true, status: 200, type: 'basic'})).toBe(true);
    expect(isCacheable({ok: true, status: 206, type: 'basic'})).toBe(false);
    expect(isCacheable({ok: false, status: 404, type: 'basic'})).toBe(false);
    expect(isCacheable({ok: false, status: 0, type: 'opaque'})).toBe(false);
  });

  it('looks a page up in the precache as plugin-pwa stores it', () => {
    expect(precacheName(SCOPE)).toBe('workbox-precache-v2-https://guide.example/');
    expect(pageCandidates(at('/docs/monitoring?recall=1#q'), SCOPE)).toEqual([
      at('/docs/monitoring'),
      at('/docs/monitoring/index.html'),
    ]);
    expect(pageCandidates(at('/'), SCOPE)).toEqual([at('/'), at('/index.html')]);
    expect(pageCandidates('https://other.example/docs', SCOPE)).toEqual([]);
  });

  it('sends an offline navigation to the fallback page, saying which address was wanted', () => {
    const fallback = new URL(offlineFallbackUrl(at('/docs/new-chapter?x=1#top'), SCOPE));
    expect(fallback.origin + fallback.pathname).toBe(at('/offline'));
    expect(fallback.searchParams.get('from')).toBe('/docs/new-chapter?x=1');
    const based = new URL(
      offlineFallbackUrl('https://example.org/guide/docs/x', 'https://example.org/guide/'),
    );
    expect(based.pathname).toBe('/guide/offline');
    expect(based.searchParams.get('from')).toBe('/guide/docs/x');
  });

  it('offers again only an address of this site, never another origin or the fallback itself', () => {
    const origin = 'https://guide.example';
    expect(wantedAddress('/docs/new-chapter?x=1', origin)).toBe('/docs/new-chapter?x=1');
    expect(wantedAddress(null, origin)).toBeNull();
    expect(wantedAddress('', origin)).toBeNull();
    expect(wantedAddress('https://evil.example/', origin)).toBeNull();
    expect(wantedAddress('//evil.example/x', origin)).toBeNull();
    expect(wantedAddress('/\\evil.example/x', origin)).toBeNull();
    expect(wantedAddress('javascript:alert(1)', origin)).toBeNull();
    expect(wantedAddress('/offline', origin)).toBeNull();
    expect(wantedAddress('/offline?from=/x', origin)).toBeNull();
  });
});
