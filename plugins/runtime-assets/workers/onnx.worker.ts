/**
 * Serves the live-model lab's churn classifier with ONNX Runtime Web (WebAssembly backend), off the
 * main thread. Served unbundled as a module worker (the runtime-assets plugin transpiles it); ONNX
 * Runtime and the model come from the site's own origin. One thread and no proxy worker: the
 * runtime then needs neither blob: workers nor SharedArrayBuffer, and nothing beyond the CSP's
 * 'wasm-unsafe-eval'.
 */
import type {FromModelWorker, ModelVariant, ToModelWorker} from '../../../shared/liveModelProtocol';

type Tensor = {readonly data: Float32Array; readonly dims: readonly number[]};
type Session = {
  run(feeds: Record<string, Tensor>): Promise<Record<string, Tensor>>;
  readonly metadata?: unknown;
};
type Ort = {
  env: {wasm: {numThreads: number; proxy: boolean; wasmPaths: string}; logLevel: string};
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => Tensor;
  InferenceSession: {create(model: Uint8Array, options?: object): Promise<Session>};
};

type Scope = {
  postMessage(message: FromModelWorker): void;
  onmessage: ((event: MessageEvent<ToModelWorker>) => void) | null;
};

const scope = self as unknown as Scope;
const post = (message: FromModelWorker) => scope.postMessage(message);
const FEATURES = 16;
const SESSION_OPTIONS = {executionProviders: ['wasm'], graphOptimizationLevel: 'all'};

let runtime: Promise<{ort: Ort; models: Record<ModelVariant, Uint8Array>}> | null = null;
const sessions = new Map<ModelVariant, Session>();
let queue: Promise<unknown> = Promise.resolve();

async function load(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

async function start(init: Extract<ToModelWorker, {type: 'init'}>) {
  const started = performance.now();
  const {config} = init;
  const ort = (await import(/* webpackIgnore: true */ `${config.ortBase}ort.wasm.min.mjs`)) as Ort;
  ort.env.wasm.wasmPaths = config.ortBase;
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = 'error';
  const [float32, int8] = await Promise.all([load(config.models.float32.url), load(config.models.int8.url)]);
  const models = {float32, int8};
  // The first session pays for compiling ONNX Runtime's WebAssembly: that is the runtime's cold start.
  sessions.set('float32', await ort.InferenceSession.create(float32, SESSION_OPTIONS));
  post({type: 'ready', ms: Math.round(performance.now() - started)});
  return {ort, models};
}

async function run(message: Extract<ToModelWorker, {type: 'run'}>) {
  const {ort, models} = await runtime!;
  let sessionMs: number | undefined;
  let session = sessions.get(message.variant);
  if (!session || message.fresh) {
    const t = performance.now();
    session = await ort.InferenceSession.create(models[message.variant], SESSION_OPTIONS);
    sessionMs = performance.now() - t;
    sessions.set(message.variant, session);
  }
  const probabilities = new Float32Array(message.rows);
  const batchMs: number[] = [];
  for (let start = 0; start < message.rows; start += message.batch) {
    const rows = Math.min(message.batch, message.rows - start);
    const input = message.features.subarray(start * FEATURES, (start + rows) * FEATURES);
    const t = performance.now();
    const out = await session.run({features: new ort.Tensor('float32', input, [rows, FEATURES])});
    batchMs.push(performance.now() - t);
    const p = out.probabilities!.data;
    for (let i = 0; i < rows; i++) probabilities[start + i] = p[i * 2 + 1]!;
  }
  post({type: 'result', id: message.id, probabilities, batchMs, sessionMs});
}

scope.onmessage = ({data}) => {
  if (data.type === 'init') {
    runtime ??= start(data);
    runtime.catch((e: unknown) =>
      post({type: 'fatal', message: `Could not start ONNX Runtime: ${String(e)}`}),
    );
    return;
  }
  if (!runtime) {
    post({type: 'fatal', message: 'The model worker was not initialised.'});
    return;
  }
  // One request at a time, in order, as a single-worker server would serve them.
  queue = queue.then(() =>
    run(data).catch((e: unknown) => post({type: 'error', id: data.id, message: String(e)})),
  );
};
