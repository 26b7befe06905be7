import type {FromWorker, RuntimeConfig, ToWorker} from '@site/shared/runtimeProtocol';
import {LanguageRunner, type RunStatus, type WorkerLike} from '@site/src/runnable/runner';

const config: RuntimeConfig = {
  workerUrls: {python: '/runtime/python.worker.mjs', javascript: '/runtime/javascript.worker.mjs'},
  pyodideBase: '/pyodide/1/',
  harnessUrl: '/runtime/harness.py',
  sizes: {'pyodide.asm.wasm': 100},
};

class FakeWorker implements WorkerLike {
  static created: FakeWorker[] = [];
  readonly sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(readonly url: string) {
    FakeWorker.created.push(this);
  }
  postMessage(message: ToWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  emit(message: FromWorker) {
    this.onmessage?.({data: message} as MessageEvent<FromWorker>);
  }
  lastRunId(): number {
    const run = [...this.sent].reverse().find((m) => m.type === 'run');
    return run && run.type === 'run' ? run.id : -1;
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  FakeWorker.created = [];
  let clock = 0;
  const runner = new LanguageRunner(
    'python',
    config,
    (url) => new FakeWorker(url),
    () => clock,
  );
  const statuses: RunStatus[] = [];
  const output: string[] = [];
  const handlers = {
    timeoutMs: 10_000,
    onOutput: (stream: string, text: string) => output.push(`${stream}:${text}`),
    onStatus: (s: RunStatus) => statuses.push(s),
  };
  return {runner, statuses, output, handlers, tick: (ms: number) => (clock += ms)};
}

describe('LanguageRunner', () => {
  afterEach(() => vi.useRealTimers());

  it('starts one worker lazily, reports loading progress, runs and streams output', async () => {
    const {runner, statuses, output, handlers, tick} = setup();
    expect(FakeWorker.created).toHaveLength(0);
    const result = runner.run('print(1)', handlers);
    await flush();
    const worker = FakeWorker.created[0]!;
    expect(worker.url).toBe('/runtime/python.worker.mjs');
    expect(worker.sent[0]).toMatchObject({
      type: 'init',
      pyodideBase: '/pyodide/1/',
      harnessUrl: '/runtime/harness.py',
    });
    worker.emit({type: 'loading', loaded: 50, total: 100});
    worker.emit({type: 'ready', ms: 5});
    await flush();
    expect(worker.sent[1]).toEqual({type: 'run', id: 1, code: 'print(1)'});
    worker.emit({type: 'output', id: 1, stream: 'stdout', text: '1\n'});
    tick(42);
    worker.emit({type: 'done', id: 1, outcome: {kind: 'ok'}});
    expect(await result).toEqual({phase: 'done', ms: 42});
    expect(output).toEqual(['stdout:1\n']);
    expect(statuses.map((s) => s.phase)).toEqual(['loading', 'loading', 'running', 'done']);
    expect(statuses[0]).toEqual({phase: 'loading', loaded: 0, total: 0});
    expect(statuses[1]).toEqual({phase: 'loading', loaded: 50, total: 100});
  });

  it('a run that joins a start already under way (warm-up on hover) says the runtime is loading, not waiting', async () => {
    const {runner, statuses, handlers} = setup();
    runner.warmUp();
    await flush();
    const worker = FakeWorker.created[0]!;
    // The download finished before the reader pressed Run; Pyodide is still compiling.
    worker.emit({type: 'loading', loaded: 100, total: 100});
    const result = runner.run('print(1)', handlers);
    await flush();
    expect(statuses).toEqual([{phase: 'loading', loaded: 100, total: 100}]);
    expect(statuses.some((s) => s.phase === 'queued')).toBe(false);
    worker.emit({type: 'ready', ms: 5});
    await flush();
    worker.emit({type: 'done', id: 1, outcome: {kind: 'ok'}});
    await result;
    expect(statuses.map((s) => s.phase)).toEqual(['loading', 'running', 'done']);
    expect(FakeWorker.created).toHaveLength(1);
  });

  it('says when a runtime failed to start because the reader is offline', async () => {
    const {runner, handlers} = setup();
    vi.stubGlobal('navigator', {onLine: false});
    const result = runner.run('print(1)', handlers);
    await flush();
    FakeWorker.created[0]!.emit({
      type: 'fatal',
      message: 'Could not start Python: TypeError: Failed to fetch',
    });
    expect(await result).toMatchObject({phase: 'failed', offline: true});
    vi.unstubAllGlobals();
  });

  it('reuses the worker for the next run, and queues runs instead of interleaving them', async () => {
    const {runner, handlers} = setup();
    const first = runner.run('a', handlers);
    const queuedStatuses: RunStatus[] = [];
    const second = runner.run('b', {...handlers, onStatus: (s) => queuedStatuses.push(s)});
    await flush();
    const worker = FakeWorker.created[0]!;
    worker.emit({type: 'ready', ms: 1});
    await flush();
    expect(worker.sent.filter((m) => m.type === 'run')).toHaveLength(1);
    worker.emit({type: 'done', id: 1, outcome: {kind: 'ok'}});
    await first;
    await flush();
    expect(worker.sent.filter((m) => m.type === 'run')).toEqual([
      {type: 'run', id: 1, code: 'a'},
      {type: 'run', id: 2, code: 'b'},
    ]);
    worker.emit({type: 'done', id: 2, outcome: {kind: 'ok'}});
    await second;
    expect(FakeWorker.created).toHaveLength(1);
    expect(queuedStatuses[0]).toEqual({phase: 'queued'});
  });

  it('reports an exception as an error with its traceback on stderr', async () => {
    const {runner, output, handlers} = setup();
    const result = runner.run('1/0', handlers);
    await flush();
    const worker = FakeWorker.created[0]!;
    worker.emit({type: 'ready', ms: 1});
    await flush();
    worker.emit({
      type: 'done',
      id: 1,
      outcome: {kind: 'error', message: 'Traceback…\nZeroDivisionError: division by zero\n'},
    });
    expect((await result).phase).toBe('error');
    expect(output).toEqual(['stderr:Traceback…\nZeroDivisionError: division by zero\n']);
  });

  it('reports sys.exit as an exit, not an error', async () => {
    const {runner, handlers} = setup();
    const result = runner.run('import sys; sys.exit(3)', handlers);
    await flush();
    FakeWorker.created[0]!.emit({type: 'ready', ms: 1});
    await flush();
    FakeWorker.created[0]!.emit({type: 'done', id: 1, outcome: {kind: 'exit', code: '3'}});
    expect(await result).toMatchObject({phase: 'exit', code: '3'});
  });

  it('ends a run that exceeds its limit by terminating the worker, and the next run gets a fresh one', async () => {
    vi.useFakeTimers();
    const {runner, handlers} = setup();
    const result = runner.run('while True: pass', {...handlers, timeoutMs: 2000});
    await vi.advanceTimersByTimeAsync(0);
    const first = FakeWorker.created[0]!;
    first.emit({type: 'ready', ms: 1});
    await vi.advanceTimersByTimeAsync(1999);
    expect(first.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({phase: 'timeout', seconds: 2});
    expect(first.terminated).toBe(true);
    // Late messages from the dead worker are ignored.
    first.emit({type: 'output', id: 1, stream: 'stdout', text: 'late'});

    const next = runner.run('print(2)', handlers);
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeWorker.created).toHaveLength(2);
    const second = FakeWorker.created[1]!;
    second.emit({type: 'ready', ms: 1});
    await vi.advanceTimersByTimeAsync(0);
    second.emit({type: 'done', id: second.lastRunId(), outcome: {kind: 'ok'}});
    expect((await next).phase).toBe('done');
  });

  it('stops a run on request', async () => {
    const {runner, handlers, tick} = setup();
    const result = runner.run('while True: pass', handlers);
    await flush();
    const worker = FakeWorker.created[0]!;
    worker.emit({type: 'ready', ms: 1});
    await flush();
    tick(1500);
    runner.stop();
    expect(await result).toEqual({phase: 'stopped', ms: 1500});
    expect(worker.terminated).toBe(true);
  });

  it('reports a runtime that cannot start, and can try again later', async () => {
    const {runner, handlers} = setup();
    const result = runner.run('print(1)', handlers);
    await flush();
    FakeWorker.created[0]!.emit({type: 'fatal', message: 'Could not start Python: HTTP 404'});
    expect(await result).toEqual({phase: 'failed', message: 'Could not start Python: HTTP 404'});
    const retry = runner.run('print(1)', handlers);
    await flush();
    expect(FakeWorker.created).toHaveLength(2);
    FakeWorker.created[1]!.emit({type: 'ready', ms: 1});
    await flush();
    FakeWorker.created[1]!.emit({
      type: 'done',
      id: FakeWorker.created[1]!.lastRunId(),
      outcome: {kind: 'ok'},
    });
    expect((await retry).phase).toBe('done');
  });

  it('warms up without running anything', async () => {
    const {runner} = setup();
    runner.warmUp();
    runner.warmUp();
    await flush();
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.sent.map((m) => m.type)).toEqual(['init']);
  });
});
