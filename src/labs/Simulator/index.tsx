import React, {useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {Control, SimulationSpec, Values} from './types';
import Chart from './Chart';
import styles from './styles.module.css';

type Props = {
  readonly spec: SimulationSpec;
  /** The id of the chapter's runnable snippet that computes the same numbers. */
  readonly snippetId: string;
  readonly snippetTitle: string;
};

function ControlInput({
  control,
  id,
  value,
  onChange,
}: {
  readonly control: Control;
  readonly id: string;
  readonly value: number | string;
  readonly onChange: (value: number | string) => void;
}): ReactNode {
  if (control.kind === 'select') {
    return (
      <div className={styles.control}>
        <label htmlFor={id}>{control.label}</label>
        <select id={id} value={String(value)} onChange={(e) => onChange(e.target.value)}>
          {control.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const shown = control.format(Number(value));
  return (
    <div className={styles.control}>
      <label htmlFor={id}>{control.label}</label>
      <input
        id={id}
        type="range"
        min={control.min}
        max={control.max}
        step={control.step}
        value={Number(value)}
        aria-valuetext={shown}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {/* Screen readers hear the value through aria-valuetext. */}
      <span className={styles.value} aria-hidden="true">
        {shown}
      </span>
    </div>
  );
}

/**
 * A simulator: labelled native controls, a chart (uPlot, loaded on first view), a summary that
 * screen readers hear when it changes, the chart's numbers as a table, and a link to the snippet
 * that computes them in Python. The server renders the controls, summary and table.
 */
export default function Simulator({spec, snippetId, snippetTitle}: Props): ReactNode {
  const [values, setValues] = useState<Values>(spec.initial);
  const view = useMemo(() => spec.compute(values), [spec, values]);
  const titleId = `${spec.id}-title`;
  return (
    <section className={styles.simulator} aria-labelledby={titleId} data-simulator={spec.id}>
      <p id={titleId} className={styles.title}>
        Simulator: {spec.title}
      </p>
      <form className={styles.controls} onSubmit={(e) => e.preventDefault()}>
        {spec.controls.map((c) => (
          <ControlInput
            key={c.name}
            control={c}
            id={`${spec.id}-${c.name}`}
            value={values[c.name]!}
            onChange={(v) => setValues((old) => ({...old, [c.name]: v}))}
          />
        ))}
      </form>
      <Chart
        spec={view.chart}
        label={`${spec.title}: ${view.chart.yLabel} against ${view.chart.xLabel}. The numbers are in the table below.`}
      />
      <p className={styles.summary} role="status" aria-live="polite">
        {view.summary}
      </p>
      <details className={styles.table}>
        <summary>The chart as a table</summary>
        <table>
          <caption>{view.table.caption}</caption>
          <thead>
            <tr>
              {view.table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className={styles.source}>
        The same numbers in Python: <Link href={`#${snippetId}`}>{snippetTitle}</Link>, above.
      </p>
    </section>
  );
}
