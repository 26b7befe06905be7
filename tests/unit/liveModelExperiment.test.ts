import {chartLayout, niceMax} from '@site/src/labs/liveModel/chart';
import {runExperiment, type Runner} from '@site/src/labs/liveModel/experiment';

/** A stand-in for the worker: batch b takes (b + 1) ms; int8 answers 0.01 higher. */
const fake: Runner = async (variant, features, rows, batch, fresh) => {
  const batchMs: number[] = [];
  for (let s = 0; s < rows; s += batch) batchMs.push(Math.min(batch, rows - s) + 1);
  const probabilities = Float32Array.from(
    {length: rows},
    (_, i) => (features[i * 16]! % 10) / 20 + (variant === 'int8' ? 0.01 : 0),
  );
  return {probabilities, batchMs, sessionMs: fresh ? 5 : undefined};
};

describe('load experiment', () => {
  test('batch 1 against batched, cold starts, and the int8 difference', async () => {
    const result = await runExperiment(fake, {float32: 3000, int8: 2000}, 100, 32);
    expect(result.scenarios.map((s) => `${s.variant}/${s.batch}`)).toEqual([
      'float32/1',
      'float32/32',
      'int8/1',
      'int8/32',
    ]);
    const [single, batched] = result.scenarios;
    // Batch 1: 2 ms per request. Batches of 32 (33 ms) and a last one of 4 (5 ms): 1.03 and 1.25 ms per row.
    expect(single!.perPrediction).toMatchObject({count: 100, p50: 2, p99: 2});
    expect(batched!.perPrediction.count).toBe(4);
    expect(batched!.perPrediction.p50).toBeCloseTo(33 / 32, 10);
    expect(batched!.perPrediction.p99).toBeCloseTo(5 / 4, 10);
    expect(single!.throughput).toBeCloseTo(500, 6);
    expect(batched!.throughput).toBeGreaterThan(single!.throughput);
    expect(result.coldStartMs).toEqual({float32: 7, int8: 7});
    expect(result.maxAbsDiff).toBeCloseTo(0.01, 6);
  });
});

describe('chart geometry', () => {
  test('nice axis maxima', () => {
    expect([0.07, 0.3, 1, 1.2, 7, 0, Number.NaN].map(niceMax)).toEqual([0.1, 0.5, 1, 2, 10, 1, 1]);
  });

  test('bars are proportional to their values, on one axis, and groups do not overlap', async () => {
    const result = await runExperiment(fake, {float32: 1, int8: 1}, 100, 32);
    const layout = chartLayout(result.scenarios, 640);
    expect(layout.groups).toHaveLength(4);
    const first = layout.groups[0]!.bars;
    expect(first.map((b) => b.key)).toEqual(['p50', 'p95', 'p99']);
    // Axis max is niceMax(2) = 2: a 2 ms bar spans the whole plot.
    expect(first[0]!.width).toBeCloseTo(layout.plotWidth, 6);
    const batched = layout.groups[1]!.bars[0]!;
    expect(batched.width / first[0]!.width).toBeCloseTo(batched.value / first[0]!.value, 6);
    const ys = layout.groups.flatMap((g) => g.bars.map((b) => [b.y, b.y + b.height] as const));
    for (let i = 1; i < ys.length; i++) expect(ys[i]![0]).toBeGreaterThanOrEqual(ys[i - 1]![1]);
    expect(layout.ticks.at(-1)).toEqual({value: 2, x: layout.plotLeft + layout.plotWidth});
  });
});
