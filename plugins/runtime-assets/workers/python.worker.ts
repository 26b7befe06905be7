/**
 * Runs Python snippets with Pyodide, off the main thread. Served unbundled as a module worker
 * (the runtime-assets plugin transpiles it); the Pyodide runtime comes from the site's own origin.
 */
import type {FromWorker, RunOutcome, ToWorker} from '../../../shared/runtimeProtocol';
import type {WorkerScope} from './workerScope';

type PyProxy = {toJs(): unknown; destroy(): void};
type Pyodide = {
  runPython(code: string): unknown;
  globals: {get(name: string): ((code: string) => PyProxy) | undefined};
  setStdout(options: {batched: (text: string) => void}): void;
  setStderr(options: {batched: (text: string) => void}): void;
  setInterruptBuffer(buffer: Int32Array): void;
};
type LoadPyodide = (options: {indexURL: string; stdLibURL?: string}) => Promise<Pyodide>;

const scope = self as unknown as WorkerScope;
const post = (message: FromWorker) => scope.postMessage(message);

let pyodide: Promise<Pyodide> | null = null;
let currentRun = 0;

/** Downloads a runtime file, reporting progress; the HTTP cache then serves Pyodide's own fetch. */
async function prefetch(url: string, onBytes: (n: number) => void): Promise<void> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const reader = res.body.getReader();
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return;
    onBytes(value.byteLength);
  }
}

async function start(init: Extract<ToWorker, {type: 'init'}>): Promise<Pyodide> {
  const started = performance.now();
  const base = init.pyodideBase!;
  const files = ['pyodide.asm.wasm', 'python_stdlib.zip'];
  const total = files.reduce((sum, f) => sum + (init.sizes?.[f] ?? 0), 0);
  let loaded = 0;
  post({type: 'loading', loaded, total});
  await Promise.all(
    files.map((f) =>
      prefetch(base + f, (n) => {
        loaded += n;
        post({type: 'loading', loaded: Math.min(loaded, total), total});
      }),
    ),
  );
  // Downloaded: what remains is compiling and starting the runtime (the page says "Starting Python").
  post({type: 'loading', loaded: total, total});
  const {loadPyodide} = (await import(/* webpackIgnore: true */ `${base}pyodide.mjs`)) as {
    loadPyodide: LoadPyodide;
  };
  const py = await loadPyodide({indexURL: base});
  py.setStdout({
    batched: (text) => post({type: 'output', id: currentRun, stream: 'stdout', text: `${text}\n`}),
  });
  py.setStderr({
    batched: (text) => post({type: 'output', id: currentRun, stream: 'stderr', text: `${text}\n`}),
  });
  if (init.interruptBuffer) py.setInterruptBuffer(new Int32Array(init.interruptBuffer));
  const harness = await fetch(init.harnessUrl!);
  if (!harness.ok) throw new Error(`${init.harnessUrl}: HTTP ${harness.status}`);
  py.runPython(await harness.text());
  post({type: 'ready', ms: Math.round(performance.now() - started)});
  return py;
}

function run(py: Pyodide, code: string): RunOutcome {
  const result = py.globals.get('run_snippet')!(code);
  const [kind, detail] = result.toJs() as [string, string];
  result.destroy();
  if (kind === 'ok') return {kind: 'ok'};
  if (kind === 'exit') return {kind: 'exit', code: detail};
  if (kind === 'interrupted') return {kind: 'interrupted'};
  return {kind: 'error', message: detail};
}

scope.onmessage = async ({data}) => {
  if (data.type === 'init') {
    pyodide = start(data);
    pyodide.catch((e: unknown) => post({type: 'fatal', message: `Could not start Python: ${String(e)}`}));
    return;
  }
  if (!pyodide) {
    post({type: 'fatal', message: 'The Python worker was not initialised.'});
    return;
  }
  const py = await pyodide;
  currentRun = data.id;
  post({type: 'done', id: data.id, outcome: run(py, data.code)});
};
