/**
 * The lab's churn model: a standardizing layer and a small multilayer perceptron
 * (16 → HIDDEN, ReLU → 2, softmax), trained with Adam on full batches in float64. Deterministic: the
 * same data and seed give the same weights, bit for bit, which is how a test proves that the committed
 * model is this script's output.
 */
import {seeded} from './random';

export const HIDDEN = 32;

export type Mlp = {
  readonly inputs: number;
  readonly hidden: number;
  /** Standardization baked into the graph: z = (x - mean) * scale. */
  readonly mean: Float32Array;
  readonly scale: Float32Array;
  /** [inputs, hidden] row-major, as ONNX MatMul reads it. */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** [hidden, 2] row-major. */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
};

export type TrainOptions = {readonly epochs: number; readonly learningRate: number; readonly seed: number};

/** P(churn) for each row, computed in float64 from the float32 weights: the reference for ORT's output. */
export function predict(model: Mlp, x: ArrayLike<number>, rows: number): Float64Array {
  const {inputs: n, hidden: h} = model;
  const out = new Float64Array(rows);
  const hid = new Float64Array(h);
  for (let r = 0; r < rows; r++) {
    hid.fill(0);
    for (let i = 0; i < n; i++) {
      const z = (x[r * n + i]! - model.mean[i]!) * model.scale[i]!;
      for (let j = 0; j < h; j++) hid[j]! += z * model.w1[i * h + j]!;
    }
    let o0 = model.b2[0]!;
    let o1 = model.b2[1]!;
    for (let j = 0; j < h; j++) {
      const a = Math.max(0, hid[j]! + model.b1[j]!);
      o0 += a * model.w2[j * 2]!;
      o1 += a * model.w2[j * 2 + 1]!;
    }
    out[r] = 1 / (1 + Math.exp(o0 - o1));
  }
  return out;
}

/** Trains on rows of x (float32 features, row-major) and labels y (0 or 1). */
export function train(x: Float32Array, y: readonly number[], options: TrainOptions): Mlp {
  const rows = y.length;
  const n = x.length / rows;
  const h = HIDDEN;
  const mean = new Float64Array(n);
  const sd = new Float64Array(n);
  for (let r = 0; r < rows; r++) for (let i = 0; i < n; i++) mean[i]! += x[r * n + i]! / rows;
  for (let r = 0; r < rows; r++) for (let i = 0; i < n; i++) sd[i]! += (x[r * n + i]! - mean[i]!) ** 2 / rows;
  const scale = Float32Array.from(sd, (v) => (v > 1e-12 ? 1 / Math.sqrt(v) : 1));
  const mean32 = Float32Array.from(mean);
  const z = new Float64Array(rows * n);
  for (let r = 0; r < rows; r++)
    for (let i = 0; i < n; i++) z[r * n + i] = (x[r * n + i]! - mean32[i]!) * scale[i]!;

  const rnd = seeded(options.seed);
  const params = {
    w1: Float64Array.from({length: n * h}, () => rnd.normal() * Math.sqrt(2 / n)),
    b1: new Float64Array(h),
    w2: Float64Array.from({length: h * 2}, () => rnd.normal() * Math.sqrt(1 / h)),
    b2: new Float64Array(2),
  };
  type Key = keyof typeof params;
  const keys = Object.keys(params) as Key[];
  const m = Object.fromEntries(keys.map((k) => [k, new Float64Array(params[k].length)])) as Record<
    Key,
    Float64Array
  >;
  const v = Object.fromEntries(keys.map((k) => [k, new Float64Array(params[k].length)])) as Record<
    Key,
    Float64Array
  >;
  const grad = Object.fromEntries(keys.map((k) => [k, new Float64Array(params[k].length)])) as Record<
    Key,
    Float64Array
  >;
  const act = new Float64Array(rows * h);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const k of keys) grad[k].fill(0);
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < h; j++) {
        let s = params.b1[j]!;
        for (let i = 0; i < n; i++) s += z[r * n + i]! * params.w1[i * h + j]!;
        act[r * h + j] = s > 0 ? s : 0;
      }
      let o0 = params.b2[0]!;
      let o1 = params.b2[1]!;
      for (let j = 0; j < h; j++) {
        o0 += act[r * h + j]! * params.w2[j * 2]!;
        o1 += act[r * h + j]! * params.w2[j * 2 + 1]!;
      }
      const p1 = 1 / (1 + Math.exp(o0 - o1));
      // Softmax cross-entropy: d loss / d logit = p - onehot(y), averaged over the batch.
      const d1 = (p1 - y[r]!) / rows;
      const d0 = -d1;
      grad.b2[0]! += d0;
      grad.b2[1]! += d1;
      for (let j = 0; j < h; j++) {
        const a = act[r * h + j]!;
        grad.w2[j * 2]! += a * d0;
        grad.w2[j * 2 + 1]! += a * d1;
        if (a <= 0) continue;
        const dh = d0 * params.w2[j * 2]! + d1 * params.w2[j * 2 + 1]!;
        grad.b1[j]! += dh;
        for (let i = 0; i < n; i++) grad.w1[i * h + j]! += z[r * n + i]! * dh;
      }
    }
    const lr = (options.learningRate * Math.sqrt(1 - beta2 ** epoch)) / (1 - beta1 ** epoch);
    for (const k of keys) {
      const p = params[k];
      for (let i = 0; i < p.length; i++) {
        const g = grad[k][i]!;
        m[k][i] = beta1 * m[k][i]! + (1 - beta1) * g;
        v[k][i] = beta2 * v[k][i]! + (1 - beta2) * g * g;
        p[i]! -= (lr * m[k][i]!) / (Math.sqrt(v[k][i]!) + eps);
      }
    }
  }
  return {
    inputs: n,
    hidden: h,
    mean: mean32,
    scale,
    w1: Float32Array.from(params.w1),
    b1: Float32Array.from(params.b1),
    w2: Float32Array.from(params.w2),
    b2: Float32Array.from(params.b2),
  };
}

/** Area under the ROC curve (the probability a churner is ranked above a stayer). */
export function auc(scores: ArrayLike<number>, labels: readonly number[]): number {
  const order = Array.from(labels.keys()).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  order.forEach((idx, rank) => {
    if (labels[idx] === 1) {
      positives++;
      rankSum += rank + 1;
    }
  });
  const negatives = labels.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
