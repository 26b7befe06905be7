/**
 * Saving the Python runtime for offline use ahead of time: the files a Python run fetches (Pyodide,
 * the Python worker, the harness) are downloaded into the service worker's runtime cache, where it
 * looks first (src/serviceWorker). Pure of React; the browser's fetch and Cache Storage are passed in,
 * so the logic is unit tested with fakes (tests/unit/pythonOffline.test.ts).
 */
import type {RuntimeConfig} from '@site/shared/runtimeProtocol';
import {RUNTIME_CACHE, isCacheable, runtimeFamily} from '@site/src/serviceWorker/routes';

export {RUNTIME_CACHE};

/** A file to save, with its uncompressed size when the build knows it (0 when it does not). */
export type RuntimeFile = {readonly url: string; readonly bytes: number};

/** The parts of the Cache API this module uses. */
export type CacheLike = {
  match(url: string): Promise<Response | undefined>;
  put(url: string, response: Response): Promise<void>;
  keys(): Promise<readonly {readonly url: string}[]>;
  delete(url: string): Promise<boolean>;
};

export type Progress = {readonly loaded: number; readonly total: number};

/**
 * Everything a Python run fetches, as absolute URLs: each Pyodide file the build copied (the keys of
 * `sizes`), then the worker and the harness (a few kilobytes; their sizes are not published).
 */
export function pythonRuntimeFiles(config: RuntimeConfig, origin: string): RuntimeFile[] {
  const abs = (url: string) => new URL(url, origin).href;
  return [
    ...Object.entries(config.sizes).map(([file, bytes]) => ({url: abs(config.pyodideBase + file), bytes})),
    {url: abs(config.workerUrls.python), bytes: 0},
    {url: abs(config.harnessUrl), bytes: 0},
  ];
}

export function totalBytes(files: readonly RuntimeFile[]): number {
  return files.reduce((sum, f) => sum + f.bytes, 0);
}

/** Whether every file is in the cache: Python then starts without a network. */
export async function isSavedOffline(cache: CacheLike, files: readonly RuntimeFile[]): Promise<boolean> {
  for (const f of files) if (!(await cache.match(f.url))) return false;
  return true;
}

/**
 * A network response's headers, fit for a copy of its body: the body as read is decoded, so
 * Content-Encoding and Content-Length (of the encoded bytes) no longer describe it. The rest (type,
 * the worker's CSP, cross-origin isolation headers) must stay: a worker served without them fails.
 */
export function storedHeaders(headers: Headers): Headers {
  const out = new Headers(headers);
  out.delete('content-encoding');
  out.delete('content-length');
  return out;
}

/**
 * Downloads each file not cached yet into the cache, reporting bytes as they arrive (files already
 * saved count at once, so an interrupted download continues where it stopped). A newer version of a
 * runtime file replaces the older one, as the service worker does. Throws on the first failure;
 * what was saved before it stays.
 */
export async function saveForOffline(
  files: readonly RuntimeFile[],
  {
    cache,
    fetch: fetchFile,
    onProgress,
    scope,
  }: {
    cache: CacheLike;
    fetch: (url: string) => Promise<Response>;
    onProgress: (progress: Progress) => void;
    /** The service worker's scope (the site's root URL), which runtime families are relative to. */
    scope: string;
  },
): Promise<void> {
  const total = totalBytes(files);
  let loaded = 0;
  const report = () => onProgress({loaded: Math.min(loaded, total), total});
  report();
  for (const file of files) {
    if (await cache.match(file.url)) {
      loaded += file.bytes;
      report();
      continue;
    }
    const response = await fetchFile(file.url);
    if (!isCacheable(response) || !response.body)
      throw new Error(`${new URL(file.url).pathname} answered ${response.status}`);
    let fileLoaded = 0;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        fileLoaded += chunk.byteLength;
        // A file's reported bytes never pass its published size, so the bar never goes backwards.
        if (file.bytes > 0) {
          const before = Math.min(fileLoaded - chunk.byteLength, file.bytes);
          loaded += Math.min(fileLoaded, file.bytes) - before;
          report();
        }
        controller.enqueue(chunk);
      },
    });
    await cache.put(
      file.url,
      new Response(response.body.pipeThrough(counter), {
        status: response.status,
        statusText: response.statusText,
        headers: storedHeaders(response.headers),
      }),
    );
    if (file.bytes > 0 && fileLoaded < file.bytes) {
      loaded += file.bytes - fileLoaded;
      report();
    }
    const family = runtimeFamily(file.url, scope);
    if (family)
      for (const old of await cache.keys())
        if (old.url !== file.url && runtimeFamily(old.url, scope) === family) await cache.delete(old.url);
  }
}

/** What to tell the reader when saving failed, and what to do about it. */
export function failureMessage(error: unknown, online: boolean, size: string): string {
  if (!online)
    return 'You are offline, so Python cannot be downloaded now. Connect to the internet and press the button again.';
  if (error instanceof DOMException && error.name === 'QuotaExceededError')
    return `This browser has no room left for Python (${size}). Free some storage space for this site, then try again.`;
  const detail = error instanceof Error ? error.message : String(error);
  return `The download stopped (${detail}). What was already saved is kept: press the button to continue.`;
}
