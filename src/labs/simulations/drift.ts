import {driftExperiment, KS_ALPHA, PSI_ALARM, REFERENCE_SIZE, TRIALS} from '@site/src/labs/models/drift';
import {num, type SimulationSpec} from '@site/src/labs/Simulator/types';
import {fixed} from './format';
import {BLUE, VERMILION} from './palette';

export const drift: SimulationSpec = {
  id: 'sim-drift',
  title: 'PSI and the KS test on a shifted feature',
  controls: [
    {
      kind: 'range',
      name: 'shift',
      label: 'Mean shift of the current window',
      min: 0,
      max: 1,
      step: 0.05,
      format: (v) => `${v.toFixed(2)} sd`,
    },
    {
      kind: 'select',
      name: 'currentSize',
      label: 'Rows per current window',
      options: [30, 100, 300, 1000].map((n) => ({value: String(n), label: n.toLocaleString('en-US')})),
    },
  ],
  initial: {shift: 0.2, currentSize: '100'},
  compute(values) {
    const shift = num(values, 'shift');
    const currentSize = num(values, 'currentSize');
    const r = driftExperiment({shift, currentSize});
    const {centres, reference, current} = r.histogram;
    return {
      chart: {
        xLabel: 'feature value (standard deviations)',
        yLabel: 'share of rows (%)',
        x: centres,
        series: [
          {
            label: `reference window (${REFERENCE_SIZE.toLocaleString('en-US')} rows)`,
            values: reference,
            color: BLUE,
            style: 'step',
          },
          {
            label: `current window (${currentSize} rows)`,
            values: current,
            color: VERMILION,
            style: 'step',
            dash: [6, 4],
          },
        ],
      },
      summary:
        `This window: PSI ${fixed(r.psi, 3)}, KS D ${fixed(r.ksD, 3)}, p-value ${r.pValue.toPrecision(2)}. ` +
        `Over ${TRIALS} windows without drift, PSI > ${PSI_ALARM} fired ${fixed(r.psiFalseAlarm, 0)}% of the time ` +
        `and KS p < ${KS_ALPHA} ${fixed(r.ksFalseAlarm, 0)}%; with the shift, they caught it ` +
        `${fixed(r.psiDetected, 0)}% and ${fixed(r.ksDetected, 0)}% of the time.`,
      table: {
        caption: 'Share of rows per bin, percent',
        columns: ['Bin centre (sd)', 'Reference (%)', 'Current (%)'],
        rows: centres.map((c, k) => [fixed(c, 2), fixed(reference[k]!, 1), fixed(current[k]!, 1)]),
      },
    };
  },
};
