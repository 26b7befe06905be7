import React, {useId} from 'react';
import {chartLayout, type PercentileKey} from '@site/src/labs/liveModel/chart';
import type {Scenario} from '@site/src/labs/liveModel/experiment';
import styles from './styles.module.css';

type Props = {readonly scenarios: readonly Scenario[]};

const FILL: Record<PercentileKey, string> = {p50: styles.p50!, p95: styles.p95!, p99: styles.p99!};
const ms = (v: number) => (v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : String(Number(v.toPrecision(2))));

/** The experiment's latencies as bars; the table beside it is the same data for screen readers. */
export default function Chart({scenarios}: Props): React.ReactElement {
  const titleId = useId();
  const layout = chartLayout(scenarios);
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      data-testid="live-model-chart">
      <title id={titleId}>
        Milliseconds per prediction (p50, p95, p99) for each model and batch size; the table below has the
        figures.
      </title>
      {layout.ticks.map((t) => (
        <g key={t.value}>
          <line x1={t.x} x2={t.x} y1={0} y2={layout.height - 20} className={styles.grid} />
          <text x={t.x} y={layout.height - 6} textAnchor="middle" className={styles.axis}>
            {ms(t.value)} ms
          </text>
        </g>
      ))}
      {layout.groups.map((g) => (
        <g key={g.label}>
          <text x={layout.plotLeft - 8} y={g.y + 20} textAnchor="end" className={styles.axis}>
            {g.label}
          </text>
          {g.bars.map((b) => (
            <rect key={b.key} x={b.x} y={b.y} width={b.width} height={b.height} className={FILL[b.key]}>
              <title>{`${g.label}: ${b.key} ${ms(b.value)} ms`}</title>
            </rect>
          ))}
        </g>
      ))}
    </svg>
  );
}
