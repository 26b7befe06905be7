/**
 * Geometry of the load experiment's bar chart (drawn as inline SVG by src/labs/LiveModel/Chart.tsx):
 * one group per scenario, one horizontal bar per percentile, on a shared linear axis. Pure, so the
 * drawing is tested without a browser.
 */
import type {Scenario} from './experiment';

export const PERCENTILES = ['p50', 'p95', 'p99'] as const;
export type PercentileKey = (typeof PERCENTILES)[number];

export type Bar = {
  readonly key: PercentileKey;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};
export type Group = {readonly label: string; readonly y: number; readonly bars: readonly Bar[]};
export type Tick = {readonly value: number; readonly x: number};
export type ChartLayout = {
  readonly width: number;
  readonly height: number;
  readonly plotLeft: number;
  readonly plotWidth: number;
  readonly groups: readonly Group[];
  readonly ticks: readonly Tick[];
};

export const scenarioLabel = (s: Scenario) => `${s.variant}, batch ${s.batch}`;

/** A "nice" axis maximum (1, 2 or 5 × 10^k) at or above the largest value. */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

export function chartLayout(scenarios: readonly Scenario[], width = 640): ChartLayout {
  const plotLeft = 130;
  const plotWidth = width - plotLeft - 20;
  const bar = 12;
  const groupHeight = PERCENTILES.length * bar + 14;
  const top = 10;
  const max = niceMax(Math.max(...scenarios.map((s) => s.perPrediction.p99)));
  const scale = (v: number) => (v / max) * plotWidth;
  const groups = scenarios.map((s, g) => {
    const y = top + g * groupHeight;
    return {
      label: scenarioLabel(s),
      y,
      bars: PERCENTILES.map((key, i) => ({
        key,
        value: s.perPrediction[key],
        x: plotLeft,
        y: y + i * bar,
        width: Math.max(1, scale(s.perPrediction[key])),
        height: bar - 2,
      })),
    };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({value: f * max, x: plotLeft + f * plotWidth}));
  return {width, height: top + scenarios.length * groupHeight + 24, plotLeft, plotWidth, groups, ticks};
}
