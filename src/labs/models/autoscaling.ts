/**
 * The Horizontal Pod Autoscaler's replica calculation replayed over 90 minutes of traffic, with
 * Pods that need a cold start before they serve. A port of `hpa_replay.py` in chapter 3 (the same
 * steps as the chapter's `hpa_sim.py`, on a seeded traffic curve); tests/snippets/labsAgreement.test.ts
 * runs both on the same inputs.
 */
import {parkMiller} from './random';

export const TICK_S = 15;
export const CAPACITY_RPS = 20;
export const TOLERANCE = 0.1;
export const MIN_PODS = 2;
export const MAX_PODS = 40;
export const MINUTES = 90;

export const PATTERNS = ['spike', 'wave', 'steady'] as const;
export type Pattern = (typeof PATTERNS)[number];

export type AutoscalingInputs = {
  readonly pattern: Pattern;
  /** Target requests per second per Pod (the HPA's target value). */
  readonly target: number;
  /** Scale-down stabilization window, seconds. */
  readonly windowS: number;
  /** Seconds from a Pod's creation to Ready (image pull, model load). */
  readonly coldStartS: number;
  readonly seed?: number;
};

export type AutoscalingStep = {
  readonly minute: number;
  readonly rps: number;
  readonly desired: number;
  readonly ready: number;
};

export type AutoscalingResult = {
  readonly steps: readonly AutoscalingStep[];
  /** Share of requests above what Ready Pods can serve, percent. */
  readonly overloadPercent: number;
  readonly podHours: number;
  readonly changes: number;
  readonly peak: number;
};

/** Requests per second before noise. */
export function baseLoad(pattern: Pattern, minute: number): number {
  switch (pattern) {
    case 'spike':
      if (minute < 10) return 40;
      if (minute < 35) return 40 + (minute - 10) * 8;
      if (minute < 45) return 240;
      if (minute < 50) return 420;
      return Math.max(60, 240 - (minute - 50) * 6);
    case 'wave':
      return 160 + 120 * Math.sin((2 * Math.PI * minute) / 45);
    case 'steady':
      return 150;
  }
}

export function replay(inputs: AutoscalingInputs): AutoscalingResult {
  const uniform = parkMiller(inputs.seed ?? 42);
  const {target, windowS, coldStartS} = inputs;
  let spec = MIN_PODS;
  let readyAt: number[] = Array.from({length: spec}, () => 0);
  let history: [number, number][] = [];
  let overloaded = 0;
  let total = 0;
  let podSeconds = 0;
  let changes = 0;
  let peak = 0;
  const steps: AutoscalingStep[] = [];
  for (let step = 0; step < (MINUTES * 60) / TICK_S; step += 1) {
    const now = step * TICK_S;
    const rps = baseLoad(inputs.pattern, now / 60) * (0.75 + 0.5 * uniform());
    const ready = readyAt.filter((t) => t <= now).length;
    overloaded += Math.max(0, rps - ready * CAPACITY_RPS) * TICK_S;
    total += rps * TICK_S;
    podSeconds += spec * TICK_S;
    const ratio = rps / Math.max(ready, 1) / target;
    let rec = Math.abs(ratio - 1) <= TOLERANCE ? spec : Math.ceil(ready * ratio);
    history.push([now, rec]);
    history = history.filter(([t]) => t > now - Math.max(windowS, TICK_S));
    if (rec < spec && windowS > 0) {
      rec = Math.max(...history.filter(([t]) => t > now - windowS).map(([, r]) => r));
    }
    rec = Math.min(rec, Math.max(spec * 2, spec + 4));
    const next = Math.max(MIN_PODS, Math.min(MAX_PODS, rec));
    if (next !== spec) {
      changes += 1;
      if (next > spec) readyAt = readyAt.concat(Array.from({length: next - spec}, () => now + coldStartS));
      else readyAt = [...readyAt].sort((a, b) => a - b).slice(0, next);
      spec = next;
    }
    peak = Math.max(peak, spec);
    steps.push({minute: now / 60, rps, desired: spec, ready: readyAt.filter((t) => t <= now).length});
  }
  return {steps, overloadPercent: (100 * overloaded) / total, podHours: podSeconds / 3600, changes, peak};
}
