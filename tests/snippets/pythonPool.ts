import {Worker} from 'node:worker_threads';
import path from 'node:path';

export type Result = {kind: string; detail: string; stdout: string; stderr: string};

/** One Pyodide, started on first use and replaced when a snippet has to be killed. */
export class PythonPool {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  private start(): Promise<void> {
    this.worker = new Worker(path.resolve(__dirname, 'pyodide-worker.mjs'));
    const worker = this.worker;
    // An idle Pyodide must not keep the test process alive after the last file.
    worker.unref();
    this.ready = new Promise((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    return this.ready;
  }

  async run(code: string, timeoutMs: number): Promise<Result | 'timeout'> {
    if (!this.ready) await this.start();
    await this.ready;
    const worker = this.worker!;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        this.worker = null;
        this.ready = null;
        resolve('timeout');
      }, timeoutMs);
      worker.once('message', (result: Result) => {
        clearTimeout(timer);
        resolve(result);
      });
      worker.postMessage(code);
    });
  }
}

let shared: PythonPool | undefined;

/**
 * The Pyodide the snippet files share: the snippets project runs without isolation (vitest.config.ts),
 * so its files import this module once and start Python once instead of once per file.
 */
export function sharedPythonPool(): PythonPool {
  shared ??= new PythonPool();
  return shared;
}
