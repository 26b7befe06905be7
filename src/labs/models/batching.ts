/**
 * Dynamic batching on one model instance: requests arrive at random (Poisson), the batcher waits at
 * most `maxDelayMs` for a batch of up to `maxBatch`, and a forward pass costs a fixed setup time plus
 * a little per request. A port of `batching_window.py` in chapter 2 (same arrivals, same queue
 * logic); tests/snippets/labsAgreement.test.ts runs both on the same inputs.
 */
import {parkMiller} from './random';

export const SETUP_MS = 8;
export const PER_ITEM_MS = 0.5;

export type BatchingInputs = {
  /** Offered load, requests per second. */
  readonly rps: number;
  readonly maxBatch: number;
  readonly maxDelayMs: number;
  /** Requests simulated. */
  readonly requests?: number;
  readonly seed?: number;
};

export type BatchingResult = {
  /** Requests served per second. */
  readonly throughput: number;
  readonly p50: number;
  readonly p95: number;
  readonly meanBatch: number;
  /** Share of the time the accelerator was busy, in percent. */
  readonly busyPercent: number;
};

export const DEFAULT_REQUESTS = 2000;
export const DEFAULT_SEED = 42;

/** Arrival times in milliseconds, exponential gaps at `rps` requests per second. */
export function arrivals(rps: number, n: number, seed: number = DEFAULT_SEED): number[] {
  const uniform = parkMiller(seed);
  const times: number[] = [];
  let t = 0;
  for (let k = 0; k < n; k += 1) {
    t += -Math.log(uniform()) / (rps / 1000);
    times.push(t);
  }
  return times;
}

export function simulateBatching(
  times: readonly number[],
  maxBatch: number,
  maxDelayMs: number,
): BatchingResult {
  // A queue as an array and a head index: the same order of operations as the snippet's deque.
  const queue: number[] = [];
  let head = 0;
  let i = 0;
  let freeAt = 0;
  let busy = 0;
  let batches = 0;
  const latencies: number[] = [];
  const waiting = () => queue.length - head;
  while (latencies.length < times.length) {
    while (i < times.length && times[i]! <= freeAt) queue.push(times[i++]!);
    if (waiting() === 0) queue.push(times[i++]!);
    const start = Math.max(freeAt, queue[head]!);
    let dispatch = start;
    if (waiting() < maxBatch) {
      const deadline = Math.max(start, queue[head]! + maxDelayMs);
      dispatch = deadline;
      while (i < times.length && waiting() < maxBatch && times[i]! <= deadline) queue.push(times[i++]!);
      if (waiting() >= maxBatch) dispatch = Math.max(start, queue[queue.length - 1]!);
    }
    const size = Math.min(maxBatch, waiting());
    const service = SETUP_MS + PER_ITEM_MS * size;
    const done = dispatch + service;
    for (let k = 0; k < size; k += 1) latencies.push(done - queue[head++]!);
    freeAt = done;
    busy += service;
    batches += 1;
  }
  latencies.sort((a, b) => a - b);
  const span = freeAt - times[0]!;
  return {
    throughput: times.length / (span / 1000),
    p50: latencies[Math.floor(latencies.length / 2)]!,
    p95: latencies[Math.floor(0.95 * latencies.length)]!,
    meanBatch: times.length / batches,
    busyPercent: (100 * busy) / span,
  };
}

/** The wait windows the simulator sweeps, in milliseconds. */
export const DELAYS_MS: readonly number[] = Array.from({length: 21}, (_, k) => k);

/** One simulation per wait window, on the same arrivals. */
export function batchingSweep(inputs: Omit<BatchingInputs, 'maxDelayMs'>): BatchingResult[] {
  const times = arrivals(inputs.rps, inputs.requests ?? DEFAULT_REQUESTS, inputs.seed ?? DEFAULT_SEED);
  return DELAYS_MS.map((d) => simulateBatching(times, inputs.maxBatch, d));
}
