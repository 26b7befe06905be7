/**
 * The load experiment: the same synthetic requests sent one at a time and in batches, to the
 * float32 model and its int8 variant, plus a cold start of each. Everything runs in the reader's
 * browser, so the figures are the reader's machine's.
 */
import type {ModelVariant} from '@site/shared/liveModelProtocol';
import {encode, pack} from './features';
import {maxAbsDiff, summarize, type LatencySummary} from './stats';
import {generate} from './train/synthetic';

export type Scenario = {
  readonly variant: ModelVariant;
  readonly batch: number;
  /** Milliseconds per prediction: per request at batch 1, per batch divided by its rows otherwise. */
  readonly perPrediction: LatencySummary;
  readonly throughput: number;
};

export type ExperimentResult = {
  readonly requests: number;
  readonly batch: number;
  readonly scenarios: readonly Scenario[];
  readonly coldStartMs: Readonly<Record<ModelVariant, number>>;
  readonly bytes: Readonly<Record<ModelVariant, number>>;
  /** Largest |P(churn) float32 − P(churn) int8| over the requests. */
  readonly maxAbsDiff: number;
};

export type Runner = (
  variant: ModelVariant,
  features: Float32Array,
  rows: number,
  batch: number,
  fresh?: boolean,
) => Promise<{probabilities: Float32Array; batchMs: readonly number[]; sessionMs?: number}>;

export const VARIANTS: readonly ModelVariant[] = ['float32', 'int8'];

export async function runExperiment(
  run: Runner,
  bytes: Readonly<Record<ModelVariant, number>>,
  requests = 200,
  batch = 32,
  seed = 42,
): Promise<ExperimentResult> {
  const features = pack(generate(requests, seed).map((e) => encode(e.record)));
  const scenarios: Scenario[] = [];
  const coldStartMs = {float32: 0, int8: 0};
  const predictions = {} as Record<ModelVariant, Float32Array>;
  // One throwaway session first: the runtime's own first-use work (WebAssembly tier-up, allocator
  // growth) then does not land on whichever variant happens to be measured first.
  await run('int8', features.subarray(0, 16), 1, 1, true);
  for (const variant of VARIANTS) {
    const cold = await run(variant, features.subarray(0, 16), 1, 1, true);
    coldStartMs[variant] = (cold.sessionMs ?? 0) + cold.batchMs[0]!;
    for (const size of [1, batch]) {
      const result = await run(variant, features, requests, size);
      const perPrediction = result.batchMs.map((ms, i) => ms / Math.min(size, requests - i * size));
      const total = result.batchMs.reduce((s, x) => s + x, 0);
      scenarios.push({
        variant,
        batch: size,
        perPrediction: summarize(perPrediction),
        throughput: total > 0 ? (requests * 1000) / total : Infinity,
      });
      if (size === 1) predictions[variant] = result.probabilities;
    }
  }
  return {
    requests,
    batch,
    scenarios,
    coldStartMs,
    bytes,
    maxAbsDiff: maxAbsDiff(predictions.float32, predictions.int8),
  };
}
