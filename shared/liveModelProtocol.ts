/**
 * The live-model lab's contract (chapter 2): where the page finds ONNX Runtime and the churn model
 * (LiveModelConfig, published by plugins/runtime-assets), and the messages between the page
 * (src/labs/liveModel/client.ts) and the inference worker (plugins/runtime-assets/workers/onnx.worker.ts).
 */

export type ModelVariant = 'float32' | 'int8';

export type LiveModelConfig = {
  readonly workerUrl: string;
  /** Folder of ONNX Runtime Web's files on our origin: /ort/<version>/. */
  readonly ortBase: string;
  readonly ortVersion: string;
  /** Uncompressed bytes of the runtime files the worker downloads. */
  readonly ortBytes: number;
  readonly models: Readonly<Record<ModelVariant, {readonly url: string; readonly bytes: number}>>;
  /** The model's registry name and version (plugins/runtime-assets/models/churn.card.json). */
  readonly model: {readonly name: string; readonly version: number; readonly alias: string};
};

export type ToModelWorker =
  | {readonly type: 'init'; readonly config: LiveModelConfig}
  /**
   * Runs `rows` rows of 16 features through a variant, in batches of `batch` rows, one batch after the
   * other; answers with the time each batch took. `fresh` first creates a new session (a cold start).
   */
  | {
      readonly type: 'run';
      readonly id: number;
      readonly variant: ModelVariant;
      readonly features: Float32Array;
      readonly rows: number;
      readonly batch: number;
      readonly fresh?: boolean;
    };

export type FromModelWorker =
  | {readonly type: 'ready'; readonly ms: number}
  | {
      readonly type: 'result';
      readonly id: number;
      /** P(churn) per row (the second column of `probabilities`). */
      readonly probabilities: Float32Array;
      /** Milliseconds per batch, inside the worker (session.run only). */
      readonly batchMs: readonly number[];
      /** Creating the session, when `fresh` asked for one. */
      readonly sessionMs?: number;
    }
  | {readonly type: 'error'; readonly id: number; readonly message: string}
  | {readonly type: 'fatal'; readonly message: string};
