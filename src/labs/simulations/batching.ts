import {batchingSweep, DELAYS_MS} from '@site/src/labs/models/batching';
import {num, type SimulationSpec} from '@site/src/labs/Simulator/types';
import {fixed} from './format';
import {BLUE, VERMILION} from './palette';

export const batching: SimulationSpec = {
  id: 'sim-batching',
  title: 'dynamic batching on one model instance',
  controls: [
    {
      kind: 'range',
      name: 'rps',
      label: 'Offered load',
      min: 50,
      max: 1500,
      step: 50,
      format: (v) => `${v} req/s`,
    },
    {
      kind: 'select',
      name: 'maxBatch',
      label: 'Largest batch',
      options: [1, 2, 4, 8, 16, 32, 64].map((n) => ({value: String(n), label: String(n)})),
    },
    {
      kind: 'range',
      name: 'maxDelayMs',
      label: 'Batching window (longest wait)',
      min: 0,
      max: 20,
      step: 1,
      format: (v) => `${v} ms`,
    },
  ],
  initial: {rps: 300, maxBatch: '32', maxDelayMs: 5},
  compute(values) {
    const rps = num(values, 'rps');
    const maxBatch = num(values, 'maxBatch');
    const delay = num(values, 'maxDelayMs');
    const sweep = batchingSweep({rps, maxBatch});
    const current = sweep[DELAYS_MS.indexOf(delay)] ?? sweep[0]!;
    const overloaded = current.throughput < rps * 0.9;
    return {
      chart: {
        xLabel: 'batching window (ms)',
        yLabel: 'latency (ms)',
        x: DELAYS_MS,
        series: [
          {label: 'p50 latency', values: sweep.map((r) => r.p50), color: BLUE},
          {label: 'p95 latency', values: sweep.map((r) => r.p95), color: VERMILION},
          {
            label: 'your window (p95)',
            values: DELAYS_MS.map((d, k) => (d === delay ? sweep[k]!.p95 : null)),
            style: 'points',
            color: VERMILION,
          },
        ],
      },
      summary:
        `At ${rps} req/s with batches of up to ${maxBatch} and a ${delay} ms window: ` +
        `${fixed(current.throughput, 0)} req/s served, p50 ${fixed(current.p50, 1)} ms, ` +
        `p95 ${fixed(current.p95, 1)} ms, mean batch ${fixed(current.meanBatch, 1)}, ` +
        `accelerator busy ${fixed(current.busyPercent, 0)}% of the time.` +
        (overloaded ? ' The instance cannot keep up: the queue grows without limit.' : ''),
      table: {
        caption: `2,000 requests at ${rps} req/s, batches of up to ${maxBatch}`,
        columns: ['Window (ms)', 'Served (req/s)', 'p50 (ms)', 'p95 (ms)', 'Mean batch', 'Busy (%)'],
        rows: sweep.map((r, k) => [
          String(DELAYS_MS[k]),
          fixed(r.throughput, 0),
          fixed(r.p50, 1),
          fixed(r.p95, 1),
          fixed(r.meanBatch, 1),
          fixed(r.busyPercent, 0),
        ]),
      },
    };
  },
};
