import {CAPACITY_RPS, replay, type Pattern} from '@site/src/labs/models/autoscaling';
import {num, str, type SimulationSpec} from '@site/src/labs/Simulator/types';
import {fixed} from './format';
import {BLUE, GREEN, VERMILION} from './palette';

export const autoscaling: SimulationSpec = {
  id: 'sim-autoscaling',
  title: 'the Horizontal Pod Autoscaler over 90 minutes',
  controls: [
    {
      kind: 'select',
      name: 'pattern',
      label: 'Traffic',
      options: [
        {value: 'spike', label: 'Ramp, spike, decline'},
        {value: 'wave', label: 'Waves (45-minute period)'},
        {value: 'steady', label: 'Steady'},
      ],
    },
    {
      kind: 'range',
      name: 'target',
      label: 'Target per Pod',
      min: 5,
      max: 20,
      step: 1,
      format: (v) => `${v} req/s`,
    },
    {
      kind: 'range',
      name: 'windowS',
      label: 'Scale-down stabilization window',
      min: 0,
      max: 600,
      step: 30,
      format: (v) => `${v} s`,
    },
    {
      kind: 'range',
      name: 'coldStartS',
      label: 'Cold start',
      min: 0,
      max: 300,
      step: 10,
      format: (v) => `${v} s`,
    },
  ],
  initial: {pattern: 'spike', target: 15, windowS: 300, coldStartS: 120},
  compute(values) {
    const r = replay({
      pattern: str(values, 'pattern') as Pattern,
      target: num(values, 'target'),
      windowS: num(values, 'windowS'),
      coldStartS: num(values, 'coldStartS'),
    });
    return {
      chart: {
        xLabel: 'minute',
        yLabel: 'Pods',
        x: r.steps.map((s) => s.minute),
        series: [
          {
            label: `Pods the traffic needs (${CAPACITY_RPS} req/s each)`,
            values: r.steps.map((s) => s.rps / CAPACITY_RPS),
            color: GREEN,
          },
          {
            label: 'desired replicas',
            values: r.steps.map((s) => s.desired),
            color: BLUE,
            style: 'step',
            dash: [6, 4],
          },
          {label: 'Ready Pods', values: r.steps.map((s) => s.ready), color: VERMILION, style: 'step'},
        ],
      },
      summary:
        `${fixed(r.overloadPercent, 1)}% of requests arrived above what Ready Pods could serve; ` +
        `${fixed(r.podHours, 1)} Pod-hours paid, ${r.changes} replica changes, peak ${r.peak} Pods.`,
      table: {
        caption: 'Every fifth minute: traffic, desired replicas and Ready Pods',
        columns: ['Minute', 'Traffic (req/s)', 'Desired', 'Ready'],
        rows: r.steps
          .filter((s) => s.minute % 5 === 0)
          .map((s) => [String(s.minute), fixed(s.rps, 0), String(s.desired), String(s.ready)]),
      },
    };
  },
};
