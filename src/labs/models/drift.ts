/**
 * Data drift on one feature: a reference sample against a current one shifted by `shift` standard
 * deviations, scored with PSI (quantile bins from the reference) and the two-sample KS test, plus
 * how often each raises an alarm over many windows with and without the shift. The statistics are
 * those of `psi_and_ks.py` in chapter 4; `drift_alarms.py` beside the simulator draws the same
 * seeded samples, and tests/snippets/labsAgreement.test.ts runs both on the same inputs.
 */
import {normal, parkMiller} from './random';

export const PSI_ALARM = 0.1;
export const KS_ALPHA = 0.05;
export const HISTOGRAM_BINS = 16;
export const HISTOGRAM_RANGE = 4;
/** Rows in the reference window, and windows drawn per alarm rate: small enough to recompute as a control moves. */
export const REFERENCE_SIZE = 1000;
export const TRIALS = 80;

export type DriftInputs = {
  /** Mean shift of the current window, in standard deviations. */
  readonly shift: number;
  /** Rows in each current window. */
  readonly currentSize: number;
  readonly referenceSize?: number;
  /** Windows drawn to estimate alarm rates. */
  readonly trials?: number;
  readonly seed?: number;
};

export type DriftResult = {
  readonly psi: number;
  readonly ksD: number;
  readonly pValue: number;
  /** Share of windows without drift that raise an alarm, percent. */
  readonly psiFalseAlarm: number;
  readonly ksFalseAlarm: number;
  /** Share of shifted windows that raise an alarm, percent. */
  readonly psiDetected: number;
  readonly ksDetected: number;
  /** Bin centres and the share of each sample per bin, percent. */
  readonly histogram: {
    readonly centres: readonly number[];
    readonly reference: readonly number[];
    readonly current: readonly number[];
  };
};

const bisectRight = (sorted: readonly number[], x: number): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < sorted[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};

/** Quantile bin edges of a sorted reference and its share per bin: what PSI compares against. */
function psiBaseline(sortedRef: readonly number[], bins: number, eps: number) {
  const edges = Array.from(
    {length: bins - 1},
    (_, k) => sortedRef[Math.floor((sortedRef.length * (k + 1)) / bins)]!,
  );
  const shares = (sample: readonly number[]) => {
    const counts = new Array<number>(bins).fill(0);
    for (const x of sample) counts[bisectRight(edges, x)]! += 1;
    return counts.map((c) => Math.max(c / sample.length, eps));
  };
  const p = shares(sortedRef);
  return (current: readonly number[]): number => {
    const q = shares(current);
    let total = 0;
    for (let k = 0; k < bins; k += 1) total += (q[k]! - p[k]!) * Math.log(q[k]! / p[k]!);
    return total;
  };
}

/** Population Stability Index with quantile bins taken from the reference. */
export function psi(reference: readonly number[], current: readonly number[], bins = 10, eps = 1e-4): number {
  return psiBaseline(
    [...reference].sort((a, b) => a - b),
    bins,
    eps,
  )(current);
}

/** Two-sample Kolmogorov–Smirnov statistic D and its asymptotic p-value. */
export function ks(reference: readonly number[], current: readonly number[]): {d: number; p: number} {
  return ksSorted(
    [...reference].sort((x, y) => x - y),
    [...current].sort((x, y) => x - y),
  );
}

function ksSorted(a: readonly number[], b: readonly number[]): {d: number; p: number} {
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n && j < m) {
    const x = Math.min(a[i]!, b[j]!);
    while (i < n && a[i] === x) i += 1;
    while (j < m && b[j] === x) j += 1;
    d = Math.max(d, Math.abs(i / n - j / m));
  }
  const ne = (n * m) / (n + m);
  const lambda = (Math.sqrt(ne) + 0.12 + 0.11 / Math.sqrt(ne)) * d;
  // The series does not converge near 0 (it sums to 0 at λ = 0); there the p-value is 1 to 10 digits.
  if (lambda < 0.2) return {d, p: 1};
  let sum = 0;
  for (let k = 1; k <= 100; k += 1) sum += (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * (k * lambda) ** 2);
  return {d, p: Math.min(Math.max(2 * sum, 0), 1)};
}

/** Share of a sample in each of HISTOGRAM_BINS equal bins over ±HISTOGRAM_RANGE (outliers in the end bins). */
export function histogram(sample: readonly number[]): number[] {
  const width = (2 * HISTOGRAM_RANGE) / HISTOGRAM_BINS;
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const x of sample) {
    const k = Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor((x + HISTOGRAM_RANGE) / width)));
    counts[k]! += 1;
  }
  return counts.map((c) => (100 * c) / sample.length);
}

export function driftExperiment(inputs: DriftInputs): DriftResult {
  const {shift, currentSize} = inputs;
  const referenceSize = inputs.referenceSize ?? REFERENCE_SIZE;
  const trials = inputs.trials ?? TRIALS;
  const gauss = normal(parkMiller(inputs.seed ?? 42));
  const draw = (n: number, offset: number) => Array.from({length: n}, () => gauss() + offset);
  const reference = draw(referenceSize, 0);
  const current = draw(currentSize, shift);
  // The reference is sorted and binned once: the same arithmetic as psi() and ks(), done once.
  const sortedRef = [...reference].sort((a, b) => a - b);
  const psiOf = psiBaseline(sortedRef, 10, 1e-4);
  const ksOf = (sample: number[]) =>
    ksSorted(
      sortedRef,
      sample.sort((a, b) => a - b),
    );
  const shown = ksOf([...current]);
  let psiFalse = 0;
  let ksFalse = 0;
  let psiHit = 0;
  let ksHit = 0;
  for (let t = 0; t < trials; t += 1) {
    const same = draw(currentSize, 0);
    const shifted = draw(currentSize, shift);
    if (psiOf(same) > PSI_ALARM) psiFalse += 1;
    if (ksOf(same).p < KS_ALPHA) ksFalse += 1;
    if (psiOf(shifted) > PSI_ALARM) psiHit += 1;
    if (ksOf(shifted).p < KS_ALPHA) ksHit += 1;
  }
  const width = (2 * HISTOGRAM_RANGE) / HISTOGRAM_BINS;
  return {
    psi: psiOf(current),
    ksD: shown.d,
    pValue: shown.p,
    psiFalseAlarm: (100 * psiFalse) / trials,
    ksFalseAlarm: (100 * ksFalse) / trials,
    psiDetected: (100 * psiHit) / trials,
    ksDetected: (100 * ksHit) / trials,
    histogram: {
      centres: Array.from({length: HISTOGRAM_BINS}, (_, k) => -HISTOGRAM_RANGE + width * (k + 0.5)),
      reference: histogram(reference),
      current: histogram(current),
    },
  };
}
