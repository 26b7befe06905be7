// @vitest-environment node
import {
  type CacheLike,
  type Progress,
  failureMessage,
  isSavedOffline,
  pythonRuntimeFiles,
  saveForOffline,
  storedHeaders,
  totalBytes,
} from '@site/src/offline/pythonOffline';
import {formatMegabytes} from '@site/src/offline/size';
import type {RuntimeConfig} from '@site/shared/runtimeProtocol';

const ORIGIN = 'https://guide.example';
const SCOPE = `${ORIGIN}/`;

const config: RuntimeConfig = {
  workerUrls: {
    python: '/runtime/python.worker.aaaaaaaaaa.mjs',
    javascript: '/runtime/javascript.worker.b.js',
  },
  pyodideBase: '/pyodide/0.29.0/',
  harnessUrl: '/runtime/harness.cccccccccc.py',
  sizes: {'pyodide.asm.wasm': 10, 'python_stdlib.zip': 6},
};

/** An in-memory Cache: bodies are read on put, as Cache Storage does. */
class FakeCache implements CacheLike {
  readonly store = new Map<string, {body: Uint8Array; headers: Headers}>();
  failPutAfter = Infinity;
  async match(url: string) {
    const hit = this.store.get(url);
    return hit ? new Response(hit.body.slice(), {headers: hit.headers}) : undefined;
  }
  async put(url: string, response: Response) {
    if (this.store.size >= this.failPutAfter) throw new DOMException('full', 'QuotaExceededError');
    this.store.set(url, {body: new Uint8Array(await response.arrayBuffer()), headers: response.headers});
  }
  async keys() {
    return [...this.store.keys()].map((url) => ({url}));
  }
  async delete(url: string) {
    return this.store.delete(url);
  }
}

/** A network that answers each file in chunks of `chunk` bytes, counting requests. */
function network(sizes: Record<string, number>, chunk = 4) {
  const requested: string[] = [];
  const fetch = async (url: string) => {
    requested.push(url);
    const name = url.replace(/^.*\//, '');
    const size = sizes[name] ?? 3;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= size) return controller.close();
        const n = Math.min(chunk, size - sent);
        controller.enqueue(new Uint8Array(n).fill(7));
        sent += n;
      },
    });
    const response = new Response(body, {
      status: 200,
      headers: {
        'content-type': 'text/javascript',
        'content-encoding': 'gzip',
        'content-length': '2',
        'cross-origin-embedder-policy': 'require-corp',
      },
    });
    // Node's Response has type "default"; a browser's same-origin answer is "basic".
    Object.defineProperty(response, 'type', {value: 'basic'});
    return response;
  };
  return {fetch, requested};
}

describe('making Python available offline', () => {
  const files = pythonRuntimeFiles(config, ORIGIN);

  it('lists every file a Python run fetches, as absolute URLs, with the published sizes', () => {
    expect(files).toEqual([
      {url: `${ORIGIN}/pyodide/0.29.0/pyodide.asm.wasm`, bytes: 10},
      {url: `${ORIGIN}/pyodide/0.29.0/python_stdlib.zip`, bytes: 6},
      {url: `${ORIGIN}/runtime/python.worker.aaaaaaaaaa.mjs`, bytes: 0},
      {url: `${ORIGIN}/runtime/harness.cccccccccc.py`, bytes: 0},
    ]);
    expect(totalBytes(files)).toBe(16);
  });

  it('states sizes in decimal megabytes', () => {
    expect(formatMegabytes(12_345_678)).toBe('≈ 12 MB');
    expect(formatMegabytes(4_460_000)).toBe('≈ 4.5 MB');
    expect(formatMegabytes(3_000_000)).toBe('≈ 3 MB');
    expect(formatMegabytes(999_999)).toBe('< 1 MB');
  });

  it('downloads every file into the cache, reporting progress up to the total', async () => {
    const cache = new FakeCache();
    const net = network({'pyodide.asm.wasm': 10, 'python_stdlib.zip': 6});
    const progress: Progress[] = [];
    expect(await isSavedOffline(cache, files)).toBe(false);
    await saveForOffline(files, {cache, fetch: net.fetch, onProgress: (p) => progress.push(p), scope: SCOPE});
    expect(await isSavedOffline(cache, files)).toBe(true);
    expect(cache.store.get(files[0]!.url)?.body.byteLength).toBe(10);
    expect(progress[0]).toEqual({loaded: 0, total: 16});
    expect(progress.at(-1)).toEqual({loaded: 16, total: 16});
    // Several reports while the big file arrives (chunks of 4 bytes), never going backwards.
    expect(progress.length).toBeGreaterThan(4);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.loaded).toBeGreaterThanOrEqual(progress[i - 1]!.loaded);
  });

  it('stores the decoded body without the encoding headers, keeping the others', async () => {
    const cache = new FakeCache();
    await saveForOffline(files, {cache, ...network({}), onProgress: () => undefined, scope: SCOPE});
    const stored = (await cache.match(files[2]!.url))!;
    expect(stored.headers.get('content-encoding')).toBeNull();
    expect(stored.headers.get('content-length')).toBeNull();
    expect(stored.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(stored.headers.get('content-type')).toBe('text/javascript');
    const headers = storedHeaders(new Headers({'content-encoding': 'br', 'x-a': '1'}));
    expect([...headers.keys()]).toEqual(['x-a']);
  });

  it('skips files already saved (a second press continues an interrupted download)', async () => {
    const cache = new FakeCache();
    cache.failPutAfter = 1;
    const first = network({'pyodide.asm.wasm': 10, 'python_stdlib.zip': 6});
    await expect(
      saveForOffline(files, {cache, fetch: first.fetch, onProgress: () => undefined, scope: SCOPE}),
    ).rejects.toThrow(/full/);
    expect(cache.store.size).toBe(1);
    cache.failPutAfter = Infinity;
    const second = network({'pyodide.asm.wasm': 10, 'python_stdlib.zip': 6});
    const progress: Progress[] = [];
    await saveForOffline(files, {
      cache,
      fetch: second.fetch,
      onProgress: (p) => progress.push(p),
      scope: SCOPE,
    });
    expect(second.requested).not.toContain(files[0]!.url);
    expect(second.requested).toHaveLength(3);
    expect(progress[1]).toEqual({loaded: 10, total: 16});
    expect(await isSavedOffline(cache, files)).toBe(true);
  });

  it('replaces an older version of a runtime file instead of keeping both', async () => {
    const cache = new FakeCache();
    const old = `${ORIGIN}/pyodide/0.28.0/pyodide.asm.wasm`;
    const oldWorker = `${ORIGIN}/runtime/python.worker.ffffffffff.mjs`;
    await cache.put(old, new Response('old'));
    await cache.put(oldWorker, new Response('old'));
    await cache.put(`${ORIGIN}/runtime/onnx.worker.ffffffffff.mjs`, new Response('other'));
    await saveForOffline(files, {cache, ...network({}), onProgress: () => undefined, scope: SCOPE});
    expect(cache.store.has(old)).toBe(false);
    expect(cache.store.has(oldWorker)).toBe(false);
    expect(cache.store.has(`${ORIGIN}/runtime/onnx.worker.ffffffffff.mjs`)).toBe(true);
  });

  it('refuses an answer that is not a complete, successful file, and stores nothing of it', async () => {
    const cache = new FakeCache();
    const fetch = async () => {
      const r = new Response('missing', {status: 404});
      Object.defineProperty(r, 'type', {value: 'basic'});
      return r;
    };
    await expect(
      saveForOffline(files, {cache, fetch, onProgress: () => undefined, scope: SCOPE}),
    ).rejects.toThrow('/pyodide/0.29.0/pyodide.asm.wasm answered 404');
    expect(cache.store.size).toBe(0);
  });

  it('says what went wrong and what to do', () => {
    expect(failureMessage(new TypeError('Failed to fetch'), false, '≈ 12 MB')).toMatch(
      /You are offline.*Connect to the internet/,
    );
    expect(failureMessage(new DOMException('x', 'QuotaExceededError'), true, '≈ 12 MB')).toMatch(
      /no room left for Python \(≈ 12 MB\)/,
    );
    expect(failureMessage(new Error('/x answered 500'), true, '≈ 12 MB')).toMatch(
      /The download stopped \(\/x answered 500\)\. What was already saved is kept/,
    );
  });
});
