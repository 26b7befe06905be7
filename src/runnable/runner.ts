/**
 * The page side of code execution: one lazily started worker per language, shared by every snippet
 * on the page. A run that exceeds its limit or that the reader stops is ended by interrupting Python
 * (when the page is cross-origin isolated) or else by terminating the worker; the next run starts a
 * fresh one. Runs on one worker are queued, never interleaved.
 */
import type {
  FromWorker,
  OutputStream,
  RunOutcome,
  RuntimeConfig,
  ToWorker,
} from '@site/shared/runtimeProtocol';
import type {RunnableLanguage} from '@site/shared/codeMeta';

export type RunStatus =
  | {readonly phase: 'idle'}
  /** Pressed; the runner code itself is loading (a moment, once per page). */
  | {readonly phase: 'starting'}
  | {readonly phase: 'queued'}
  | {readonly phase: 'loading'; readonly loaded: number; readonly total: number}
  | {readonly phase: 'running'; readonly startedAt: number}
  | {readonly phase: 'done'; readonly ms: number}
  | {readonly phase: 'error'; readonly ms: number}
  | {readonly phase: 'exit'; readonly ms: number; readonly code: string}
  | {readonly phase: 'stopped'; readonly ms: number}
  | {readonly phase: 'timeout'; readonly seconds: number}
  | {readonly phase: 'failed'; readonly message: string; readonly offline?: boolean};

export type RunHandlers = {
  readonly timeoutMs: number;
  onOutput(stream: OutputStream, text: string): void;
  onStatus(status: RunStatus): void;
};

export type WorkerLike = {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export type WorkerFactory = (url: string) => WorkerLike;

const defaultFactory: WorkerFactory = (url) => new Worker(url, {type: 'module'}) as unknown as WorkerLike;

type Active = {
  readonly id: number;
  readonly handlers: RunHandlers;
  readonly resolve: (status: RunStatus) => void;
  readonly startedAt: number;
};

export class LanguageRunner {
  private worker: WorkerLike | null = null;
  private ready: Promise<void> | null = null;
  private interrupt: Int32Array | null = null;
  private active: Active | null = null;
  private loadingListener: ((status: RunStatus) => void) | null = null;
  /** The runtime's latest loading report: a run that joins a start already under way shows it. */
  private lastLoading: RunStatus | null = null;
  private isReady = false;
  /** Why the current run is being interrupted, reported when Python confirms it stopped. */
  private pendingEnd: RunStatus | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private busy = 0;

  constructor(
    private readonly language: RunnableLanguage,
    private readonly config: RuntimeConfig,
    private readonly createWorker: WorkerFactory = defaultFactory,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Starts the worker (and, for Python, the runtime download) ahead of the first run. */
  warmUp(): void {
    void this.ensureReady().catch(() => undefined);
  }

  get isBusy(): boolean {
    return this.busy > 0;
  }

  run(code: string, handlers: RunHandlers): Promise<RunStatus> {
    // Only another run makes this one wait: a runtime still starting is reported as loading.
    if (this.busy > 0) handlers.onStatus({phase: 'queued'});
    this.busy += 1;
    const result = this.queue.then(() => this.execute(code, handlers));
    this.queue = result.catch(() => undefined);
    return result.finally(() => {
      this.busy -= 1;
    });
  }

  /** Stops the current run, if any. */
  stop(): void {
    this.end('stopped');
  }

  private async execute(code: string, handlers: RunHandlers): Promise<RunStatus> {
    this.loadingListener = handlers.onStatus;
    try {
      const ready = this.ensureReady();
      if (!this.isReady) handlers.onStatus(this.lastLoading ?? {phase: 'loading', loaded: 0, total: 0});
      await ready;
    } catch (error) {
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      const status: RunStatus = {
        phase: 'failed',
        message: error instanceof Error ? error.message : String(error),
        ...(offline ? {offline} : {}),
      };
      handlers.onStatus(status);
      return status;
    } finally {
      this.loadingListener = null;
    }
    return new Promise<RunStatus>((resolve) => {
      const id = this.nextId++;
      const startedAt = this.now();
      const timer = setTimeout(() => this.end('timeout'), handlers.timeoutMs);
      this.active = {
        id,
        handlers,
        startedAt,
        resolve: (status) => {
          clearTimeout(timer);
          resolve(status);
        },
      };
      handlers.onStatus({phase: 'running', startedAt});
      this.worker!.postMessage({type: 'run', id, code});
    });
  }

  private ensureReady(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = this.createWorker(this.config.workerUrls[this.language]);
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.onmessage = ({data}) => {
        switch (data.type) {
          case 'loading':
            this.lastLoading = {phase: 'loading', loaded: data.loaded, total: data.total};
            this.loadingListener?.(this.lastLoading);
            break;
          case 'ready':
            this.isReady = true;
            this.lastLoading = null;
            resolve();
            break;
          case 'fatal':
            this.reset();
            reject(new Error(data.message));
            break;
          case 'output':
            if (this.active?.id === data.id) this.active.handlers.onOutput(data.stream, data.text);
            break;
          case 'done':
            if (this.active?.id === data.id) this.complete(data.outcome);
            break;
        }
      };
      worker.onerror = (event) => {
        const message = `The ${this.language} runtime failed to start${event.message ? `: ${event.message}` : ''}.`;
        this.reset();
        reject(new Error(message));
        if (this.active) this.finishActive({phase: 'failed', message});
      };
    });
    const canInterrupt =
      this.language === 'python' &&
      typeof SharedArrayBuffer !== 'undefined' &&
      globalThis.crossOriginIsolated === true;
    const buffer = canInterrupt ? new SharedArrayBuffer(4) : undefined;
    this.interrupt = buffer ? new Int32Array(buffer) : null;
    worker.postMessage({
      type: 'init',
      pyodideBase: this.config.pyodideBase,
      harnessUrl: this.config.harnessUrl,
      sizes: this.config.sizes,
      interruptBuffer: buffer,
    });
    return this.ready;
  }

  private complete(outcome: RunOutcome): void {
    const active = this.active!;
    const ms = Math.round(this.now() - active.startedAt);
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
    const status: RunStatus =
      outcome.kind === 'ok'
        ? {phase: 'done', ms}
        : outcome.kind === 'exit'
          ? {phase: 'exit', ms, code: outcome.code}
          : outcome.kind === 'interrupted'
            ? (this.pendingEnd ?? {phase: 'stopped', ms})
            : {phase: 'error', ms};
    if (outcome.kind === 'error') active.handlers.onOutput('stderr', outcome.message);
    this.pendingEnd = null;
    this.finishActive(status);
  }

  private end(reason: 'stopped' | 'timeout'): void {
    const active = this.active;
    if (!active) return;
    const status: RunStatus =
      reason === 'timeout'
        ? {phase: 'timeout', seconds: active.handlers.timeoutMs / 1000}
        : {phase: 'stopped', ms: Math.round(this.now() - active.startedAt)};
    if (this.interrupt) {
      // Ask Python to raise KeyboardInterrupt; terminate if it does not return promptly.
      this.pendingEnd = status;
      Atomics.store(this.interrupt, 0, 2);
      const id = active.id;
      setTimeout(() => {
        if (this.active?.id === id) this.kill(status);
      }, 1000);
      return;
    }
    this.kill(status);
  }

  private kill(status: RunStatus): void {
    this.reset();
    this.finishActive(status);
  }

  private finishActive(status: RunStatus): void {
    const active = this.active;
    this.active = null;
    if (!active) return;
    active.handlers.onStatus(status);
    active.resolve(status);
  }

  private reset(): void {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    this.isReady = false;
    this.lastLoading = null;
    this.interrupt = null;
    this.pendingEnd = null;
  }
}

const runners = new Map<RunnableLanguage, LanguageRunner>();

/** The page's shared runner for a language. */
export function getRunner(language: RunnableLanguage, config: RuntimeConfig): LanguageRunner {
  let runner = runners.get(language);
  if (!runner) {
    runner = new LanguageRunner(language, config);
    runners.set(language, runner);
  }
  return runner;
}
