/**
 * The code runners' contract: where the page finds them (RuntimeConfig, from plugins/runtime-assets)
 * and the messages between the page (src/runnable/runner.ts) and the language workers
 * (plugins/runtime-assets/workers).
 */

import type {LiveModelConfig} from './liveModelProtocol';

/** Where the runtime is served from, as the runtime-assets plugin publishes it (global data). */
export type RuntimeConfig = {
  readonly workerUrls: Readonly<Record<'python' | 'javascript', string>>;
  readonly pyodideBase: string;
  readonly harnessUrl: string;
  /** Uncompressed sizes of the runtime files, for download progress. */
  readonly sizes: Readonly<Record<string, number>>;
};

/** Everything the runtime-assets plugin publishes: the code runners and chapter 2's live-model lab. */
export type RuntimeAssets = RuntimeConfig & {readonly liveModel: LiveModelConfig};

export type OutputStream = 'stdout' | 'stderr';

export type ToWorker =
  | {
      readonly type: 'init';
      readonly pyodideBase?: string;
      readonly harnessUrl?: string;
      readonly sizes?: Readonly<Record<string, number>>;
      readonly interruptBuffer?: SharedArrayBuffer;
    }
  | {readonly type: 'run'; readonly id: number; readonly code: string};

export type FromWorker =
  | {readonly type: 'loading'; readonly loaded: number; readonly total: number}
  | {readonly type: 'ready'; readonly ms: number}
  | {readonly type: 'output'; readonly id: number; readonly stream: OutputStream; readonly text: string}
  | {readonly type: 'done'; readonly id: number; readonly outcome: RunOutcome}
  | {readonly type: 'fatal'; readonly message: string};

export type RunOutcome =
  | {readonly kind: 'ok'}
  | {readonly kind: 'error'; readonly message: string}
  | {readonly kind: 'exit'; readonly code: string}
  | {readonly kind: 'interrupted'};
