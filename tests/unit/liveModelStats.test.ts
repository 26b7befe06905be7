import {maxAbsDiff, percentile, summarize} from '@site/src/labs/liveModel/stats';

describe('latency percentiles (nearest rank)', () => {
  const hundred = Array.from({length: 100}, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  test('p50, p95, p99 of 1…100 are 50, 95, 99', () => {
    expect([50, 95, 99].map((p) => percentile(hundred, p))).toEqual([50, 95, 99]);
  });

  test('small samples: always an observed value; p0 is the minimum and p100 the maximum', () => {
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([3, 1, 2], 99)).toBe(3);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
  });

  test('bad input is refused with a message', () => {
    expect(() => percentile([], 50)).toThrow(/no samples/);
    expect(() => percentile([1], 101)).toThrow(/outside/);
  });

  test('summary and the largest difference between two models', () => {
    const s = summarize([1, 2, 3, 4, 10]);
    expect(s).toMatchObject({count: 5, p50: 3, p95: 10, p99: 10, mean: 4, max: 10});
    expect(maxAbsDiff([0.1, 0.5], [0.15, 0.45])).toBeCloseTo(0.05, 12);
    expect(() => maxAbsDiff([1], [1, 2])).toThrow(/lengths differ/);
  });
});
