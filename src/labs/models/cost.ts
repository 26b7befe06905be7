/**
 * Monthly cost of one model endpoint three ways: serverless (billed per request), on-demand
 * instances and spot instances (both billed per hour, sized for the peak). A port of
 * `cost_breakeven.py` in chapter 8; tests/snippets/labsAgreement.test.ts checks they agree.
 * Prices are placeholder examples, as in the chapter.
 */

export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
export const SERVERLESS_PRICE_PER_SECOND = 0.00004;
export const DURATION_S = 0.12;
export const DATA_PRICE_PER_GB = 0.016;
export const PAYLOAD_KB = 4;
export const INSTANCE_CAPACITY_RPS = 40;
export const TARGET_UTILISATION = 0.6;

export type CostInputs = {
  /** Traffic, millions of requests a month. */
  readonly requestsMillions: number;
  readonly pricePerHour: number;
  /** Peak-hour traffic over the monthly average: fleets are sized for the peak. */
  readonly peakToAverage: number;
  readonly minInstances: number;
  /** Spot discount on the on-demand price, 0 … 1. */
  readonly spotDiscount: number;
  /** Extra spot capacity kept to ride out interruptions, as a share of the fleet. */
  readonly spotOverhead: number;
};

export type MonthlyCosts = {
  readonly serverless: number;
  readonly onDemand: number;
  readonly spot: number;
  readonly onDemandInstances: number;
  readonly spotInstances: number;
};

export function serverlessCost(requests: number): number {
  return (
    requests * DURATION_S * SERVERLESS_PRICE_PER_SECOND +
    ((requests * PAYLOAD_KB) / 1024 / 1024) * DATA_PRICE_PER_GB
  );
}

export function monthlyCosts(inputs: CostInputs): MonthlyCosts {
  const n = inputs.requestsMillions * 1_000_000;
  const needed =
    ((n / SECONDS_PER_MONTH) * inputs.peakToAverage) / (INSTANCE_CAPACITY_RPS * TARGET_UTILISATION);
  const onDemandInstances = Math.max(inputs.minInstances, Math.ceil(needed));
  const spotInstances = Math.max(inputs.minInstances, Math.ceil(needed * (1 + inputs.spotOverhead)));
  return {
    serverless: serverlessCost(n),
    onDemand: onDemandInstances * inputs.pricePerHour * HOURS_PER_MONTH,
    spot: spotInstances * inputs.pricePerHour * (1 - inputs.spotDiscount) * HOURS_PER_MONTH,
    onDemandInstances,
    spotInstances,
  };
}

/**
 * Millions of requests a month at which serverless costs as much as the minimum fleet (before any
 * scale-out), on demand and on spot.
 */
export function breakEven(inputs: CostInputs): {readonly onDemand: number; readonly spot: number} {
  const perRequest = serverlessCost(1);
  const floor = inputs.minInstances * inputs.pricePerHour * HOURS_PER_MONTH;
  return {
    onDemand: floor / perRequest / 1e6,
    spot: (floor * (1 - inputs.spotDiscount)) / perRequest / 1e6,
  };
}

/** Traffic from 0 to `maxMillions` in `steps` equal steps, with the three costs at each. */
export function costSweep(
  inputs: CostInputs,
  maxMillions = 100,
  steps = 50,
): {readonly millions: number[]; readonly costs: MonthlyCosts[]} {
  const millions = Array.from({length: steps + 1}, (_, i) => (maxMillions * i) / steps);
  return {millions, costs: millions.map((m) => monthlyCosts({...inputs, requestsMillions: m}))};
}
