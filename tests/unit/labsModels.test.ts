import {normal, parkMiller} from '@site/src/labs/models/random';
import {
  arrivals,
  batchingSweep,
  PER_ITEM_MS,
  SETUP_MS,
  simulateBatching,
} from '@site/src/labs/models/batching';
import {MIN_PODS, replay} from '@site/src/labs/models/autoscaling';
import {driftExperiment, histogram, ks, psi} from '@site/src/labs/models/drift';
import {
  breakEven,
  HOURS_PER_MONTH,
  monthlyCosts,
  serverlessCost,
  type CostInputs,
} from '@site/src/labs/models/cost';
import {batching} from '@site/src/labs/simulations/batching';
import {autoscaling} from '@site/src/labs/simulations/autoscaling';
import {drift} from '@site/src/labs/simulations/drift';
import {cost} from '@site/src/labs/simulations/cost';

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('random numbers', () => {
  it('are the minimal standard generator (Park, Miller and Stockmeyer, 1993: seed 1 → 399268537 after 10,000 draws)', () => {
    const u = parkMiller(1);
    let last = 0;
    for (let k = 0; k < 10_000; k += 1) last = u();
    expect(Math.round(last * 2147483647)).toBe(399268537);
  });

  it('give standard normal numbers', () => {
    const gauss = normal(parkMiller(7));
    const xs = Array.from({length: 20_000}, gauss);
    expect(mean(xs)).toBeCloseTo(0, 1);
    expect(Math.sqrt(mean(xs.map((x) => x * x)))).toBeCloseTo(1, 1);
  });
});

describe('dynamic batching', () => {
  it('arrives at the offered rate', () => {
    const times = arrivals(300, 6000);
    expect(6000 / (times.at(-1)! / 1000)).toBeGreaterThan(285);
    expect(6000 / (times.at(-1)! / 1000)).toBeLessThan(315);
  });

  it('without batching, tops out at one request per forward pass', () => {
    const r = simulateBatching(arrivals(300, 2000), 1, 0);
    expect(r.throughput).toBeCloseTo(1000 / (SETUP_MS + PER_ITEM_MS), 0);
    expect(r.busyPercent).toBeGreaterThan(99);
  });

  it('with batching keeps up, and a longer window means bigger batches and a less busy accelerator', () => {
    const sweep = batchingSweep({rps: 300, maxBatch: 32});
    for (const r of sweep) {
      expect(r.throughput).toBeGreaterThan(285);
      expect(r.p95).toBeGreaterThanOrEqual(r.p50);
    }
    expect(sweep[20]!.meanBatch).toBeGreaterThan(sweep[0]!.meanBatch * 1.5);
    expect(sweep[20]!.busyPercent).toBeLessThan(sweep[0]!.busyPercent);
    expect(sweep[20]!.p95).toBeGreaterThan(sweep[0]!.p95);
  });

  it('never waits when the batch is already full', () => {
    const burst = Array.from({length: 64}, () => 0);
    expect(simulateBatching(burst, 32, 20).p95).toBe(2 * (SETUP_MS + 32 * PER_ITEM_MS));
  });
});

describe('autoscaling', () => {
  it('settles a steady load near traffic / target and stays within bounds', () => {
    const r = replay({pattern: 'steady', target: 15, windowS: 300, coldStartS: 60});
    const late = r.steps.slice(-40);
    for (const s of r.steps) expect(s.desired).toBeGreaterThanOrEqual(MIN_PODS);
    expect(mean(late.map((s) => s.desired))).toBeGreaterThan(150 / 15 - 1);
    expect(mean(late.map((s) => s.desired))).toBeLessThan((150 * 1.25) / 15 + 2);
  });

  it('Ready Pods lag desired replicas by the cold start, which causes the overload', () => {
    const slow = replay({pattern: 'spike', target: 15, windowS: 300, coldStartS: 300});
    const fast = replay({pattern: 'spike', target: 15, windowS: 300, coldStartS: 0});
    expect(slow.overloadPercent).toBeGreaterThan(fast.overloadPercent);
    expect(slow.steps.some((s) => s.ready < s.desired)).toBe(true);
    expect(fast.steps.every((s) => s.ready === s.desired)).toBe(true);
  });

  it('without a stabilization window it changes replicas far more often and pays less', () => {
    const none = replay({pattern: 'spike', target: 15, windowS: 0, coldStartS: 120});
    const window = replay({pattern: 'spike', target: 15, windowS: 300, coldStartS: 120});
    expect(none.changes).toBeGreaterThan(2 * window.changes);
    expect(none.podHours).toBeLessThan(window.podHours);
  });
});

describe('drift', () => {
  it('scores identical samples as no drift', () => {
    const xs = Array.from({length: 500}, normal(parkMiller(3)));
    expect(psi(xs, xs)).toBe(0);
    expect(ks(xs, xs)).toEqual({d: 0, p: 1});
  });

  it('bins every row of a sample once', () => {
    const shares = histogram([-10, -1, 0, 0.1, 10]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(shares[0]).toBe(20);
    expect(shares.at(-1)).toBe(20);
  });

  it('PSI raises false alarms on small windows; KS stays near its 5% level', () => {
    const small = driftExperiment({shift: 0, currentSize: 30});
    const large = driftExperiment({shift: 0, currentSize: 2000});
    expect(small.psiFalseAlarm).toBeGreaterThan(50);
    expect(large.psiFalseAlarm).toBe(0);
    expect(small.ksFalseAlarm).toBeLessThan(15);
  });

  it('catches a large shift every time on large windows', () => {
    const r = driftExperiment({shift: 1, currentSize: 1000});
    expect(r.psiDetected).toBe(100);
    expect(r.ksDetected).toBe(100);
    expect(r.psi).toBeGreaterThan(0.25);
  });
});

describe('cost', () => {
  const base: CostInputs = {
    requestsMillions: 20,
    pricePerHour: 0.12,
    peakToAverage: 1.5,
    minInstances: 1,
    spotDiscount: 0.65,
    spotOverhead: 0.25,
  };

  it('charges serverless per request and instances per hour', () => {
    expect(serverlessCost(2e6)).toBeCloseTo(2 * serverlessCost(1e6), 9);
    const low = monthlyCosts({...base, requestsMillions: 1});
    expect(low.onDemand).toBeCloseTo(0.12 * HOURS_PER_MONTH, 9);
    expect(low.spot).toBeCloseTo(0.12 * 0.35 * HOURS_PER_MONTH, 9);
  });

  it('puts the break-even where serverless costs as much as the minimum fleet', () => {
    const even = breakEven(base);
    const at = monthlyCosts({...base, requestsMillions: even.onDemand});
    expect(at.serverless).toBeCloseTo(at.onDemand, 6);
    expect(even.spot).toBeCloseTo(even.onDemand * 0.35, 9);
  });

  it('keeps spare spot capacity and scales out with the peak', () => {
    const r = monthlyCosts({...base, requestsMillions: 100, peakToAverage: 4});
    expect(r.onDemandInstances).toBe(Math.ceil(((100e6 / (HOURS_PER_MONTH * 3600)) * 4) / 24));
    expect(r.spotInstances).toBeGreaterThan(r.onDemandInstances);
  });
});

describe('simulator views', () => {
  it.each([batching, autoscaling, drift, cost])(
    '$id: one value per x for every series, a summary and a table',
    (spec) => {
      const view = spec.compute(spec.initial);
      for (const s of view.chart.series) expect(s.values).toHaveLength(view.chart.x.length);
      expect(view.summary.length).toBeGreaterThan(40);
      expect(view.table.rows.length).toBeGreaterThan(3);
      for (const row of view.table.rows) expect(row).toHaveLength(view.table.columns.length);
      for (const c of spec.controls) expect(spec.initial[c.name]).toBeDefined();
    },
  );

  it('a control changes what the chart shows', () => {
    const before = batching.compute(batching.initial);
    const after = batching.compute({...batching.initial, rps: 900});
    expect(after.chart.series[1]!.values).not.toEqual(before.chart.series[1]!.values);
  });
});
