import {breakEven, costSweep, monthlyCosts, type CostInputs} from '@site/src/labs/models/cost';
import {num, type SimulationSpec, type Values} from '@site/src/labs/Simulator/types';
import {dollars, fixed} from './format';
import {BLUE, GREEN, PURPLE, VERMILION} from './palette';

const inputs = (values: Values): CostInputs => ({
  requestsMillions: num(values, 'requestsMillions'),
  pricePerHour: num(values, 'pricePerHour'),
  peakToAverage: num(values, 'peakToAverage'),
  minInstances: num(values, 'minInstances'),
  spotDiscount: num(values, 'spotDiscount') / 100,
  spotOverhead: num(values, 'spotOverhead') / 100,
});

export const cost: SimulationSpec = {
  id: 'sim-cost',
  title: 'serverless, on-demand and spot costs by traffic (example prices)',
  controls: [
    {
      kind: 'range',
      name: 'requestsMillions',
      label: 'Your traffic',
      min: 1,
      max: 100,
      step: 1,
      format: (v) => `${v} M req/month`,
    },
    {
      kind: 'range',
      name: 'pricePerHour',
      label: 'Instance price (on demand)',
      min: 0.04,
      max: 1,
      step: 0.02,
      format: (v) => `$${v.toFixed(2)}/hour`,
    },
    {
      kind: 'range',
      name: 'peakToAverage',
      label: 'Peak hour over average',
      min: 1,
      max: 5,
      step: 0.5,
      format: (v) => `× ${v.toFixed(1)}`,
    },
    {
      kind: 'select',
      name: 'minInstances',
      label: 'Minimum instances',
      options: [
        {value: '1', label: '1'},
        {value: '2', label: '2 (two zones)'},
        {value: '3', label: '3'},
      ],
    },
    {
      kind: 'range',
      name: 'spotDiscount',
      label: 'Spot discount',
      min: 0,
      max: 90,
      step: 5,
      format: (v) => `${v}%`,
    },
    {
      kind: 'range',
      name: 'spotOverhead',
      label: 'Spare spot capacity for interruptions',
      min: 0,
      max: 100,
      step: 5,
      format: (v) => `${v}%`,
    },
  ],
  initial: {
    requestsMillions: 20,
    pricePerHour: 0.12,
    peakToAverage: 1.5,
    minInstances: '1',
    spotDiscount: 65,
    spotOverhead: 25,
  },
  compute(values) {
    const settings = inputs(values);
    const {millions, costs} = costSweep(settings, 100, 100);
    const here = monthlyCosts(settings);
    const even = breakEven(settings);
    const cheapest = (
      [
        ['serverless', here.serverless],
        ['on demand', here.onDemand],
        ['spot', here.spot],
      ] as const
    ).reduce((a, b) => (b[1] < a[1] ? b : a))[0];
    return {
      chart: {
        xLabel: 'traffic (millions of requests a month)',
        yLabel: 'cost per month ($)',
        x: millions,
        series: [
          {label: 'serverless', values: costs.map((c) => c.serverless), color: BLUE},
          {
            label: 'on-demand instances',
            values: costs.map((c) => c.onDemand),
            color: VERMILION,
            style: 'step',
          },
          {
            label: 'spot instances',
            values: costs.map((c) => c.spot),
            color: GREEN,
            style: 'step',
            dash: [6, 4],
          },
          {
            label: 'your traffic (cheapest option)',
            values: millions.map((m) =>
              m === settings.requestsMillions ? Math.min(here.serverless, here.onDemand, here.spot) : null,
            ),
            style: 'points',
            color: PURPLE,
          },
        ],
      },
      summary:
        `At ${settings.requestsMillions} M requests a month: serverless ${dollars(here.serverless)}, ` +
        `on demand ${dollars(here.onDemand)} (${here.onDemandInstances} instances), ` +
        `spot ${dollars(here.spot)} (${here.spotInstances} instances); ${cheapest} is cheapest. ` +
        `Serverless costs as much as the minimum fleet at ${fixed(even.onDemand, 1)} M requests on demand, ` +
        `${fixed(even.spot, 1)} M on spot.`,
      table: {
        caption: 'Monthly cost by traffic, example prices',
        columns: ['Traffic (M req/month)', 'Serverless', 'On demand', 'Spot'],
        rows: costs
          .filter((_, k) => k % 10 === 0)
          .map((c, k) => [
            String(millions[k * 10]),
            dollars(c.serverless),
            dollars(c.onDemand),
            dollars(c.spot),
          ]),
      },
    };
  },
};
