/**
 * The page side of the live model: a small "endpoint" in front of the inference worker. It validates
 * and encodes each request with our typed code (features.ts), as a serving endpoint does before the
 * model sees anything, then lets the worker run ONNX Runtime. Requests are answered in order.
 */
import type {
  FromModelWorker,
  LiveModelConfig,
  ModelVariant,
  ToModelWorker,
} from '@site/shared/liveModelProtocol';
import {pack, parseRequest, type FieldError} from './features';

export type ModelWorkerLike = {
  postMessage(message: ToModelWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromModelWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export type ModelWorkerFactory = (url: string) => ModelWorkerLike;

const defaultFactory: ModelWorkerFactory = (url) =>
  new Worker(url, {type: 'module'}) as unknown as ModelWorkerLike;

/** What the endpoint answers: a prediction, or a 422-style list of what was wrong with the request. */
export type Prediction =
  | {
      readonly ok: true;
      readonly probabilities: Float32Array;
      readonly version: number;
      readonly variant: ModelVariant;
      /** session.run inside the worker. */
      readonly inferenceMs: number;
      /** From the click to the answer: validation, messaging and inference. */
      readonly totalMs: number;
    }
  | {readonly ok: false; readonly status: 422; readonly errors: readonly FieldError[]};

export type RunResult = Extract<FromModelWorker, {type: 'result'}>;

export class LiveModelClient {
  private worker: ModelWorkerLike | null = null;
  private ready: Promise<number> | null = null;
  private nextId = 1;
  private pending = new Map<number, {resolve(r: RunResult): void; reject(e: Error): void}>();

  constructor(
    private readonly config: LiveModelConfig,
    private readonly createWorker: ModelWorkerFactory = defaultFactory,
  ) {}

  /** Starts the worker and ONNX Runtime; resolves with the start-up time in ms (the cold start). */
  start(): Promise<number> {
    this.ready ??= new Promise<number>((resolve, reject) => {
      const worker = this.createWorker(this.config.workerUrl);
      this.worker = worker;
      const fail = (message: string) => {
        const error = new Error(message);
        reject(error);
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
        this.ready = null;
        this.worker = null;
        worker.terminate();
      };
      worker.onerror = (e) => fail(`The model worker failed: ${e.message || 'it could not be loaded'}`);
      worker.onmessage = ({data}) => {
        if (data.type === 'ready') resolve(data.ms);
        else if (data.type === 'fatal') fail(data.message);
        else {
          const p = this.pending.get(data.id);
          this.pending.delete(data.id);
          if (data.type === 'result') p?.resolve(data);
          else p?.reject(new Error(data.message));
        }
      };
      worker.postMessage({type: 'init', config: this.config});
    });
    return this.ready;
  }

  /** Runs encoded rows through a variant in batches of `batch`; `fresh` creates a new session first. */
  async run(variant: ModelVariant, features: Float32Array, rows: number, batch: number, fresh = false) {
    await this.start();
    const id = this.nextId++;
    const copy = features.slice();
    return new Promise<RunResult>((resolve, reject) => {
      this.pending.set(id, {resolve, reject});
      this.worker!.postMessage({type: 'run', id, variant, features: copy, rows, batch, fresh}, [copy.buffer]);
    });
  }

  /** The endpoint: validates and encodes a request body (JSON text or object), then predicts. */
  async predict(body: unknown, variant: ModelVariant = 'float32'): Promise<Prediction> {
    const started = performance.now();
    const parsed = parseRequest(body);
    if (!parsed.ok) return {ok: false, status: 422, errors: parsed.errors};
    const {rows} = parsed.value;
    const result = await this.run(variant, pack(rows), rows.length, rows.length);
    return {
      ok: true,
      probabilities: result.probabilities,
      version: this.config.model.version,
      variant,
      inferenceMs: result.batchMs.reduce((s, x) => s + x, 0),
      totalMs: performance.now() - started,
    };
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }
}
