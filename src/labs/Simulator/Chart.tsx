import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import type uPlotType from 'uplot';
import {loadOnce} from '@site/shared/loadOnce';
import type {ChartSpec} from './types';
import styles from './styles.module.css';

type UPlot = typeof uPlotType;

const loadChartLibrary: () => Promise<UPlot> = loadOnce(() => import('./uplot').then((m) => m.default));

const HEIGHT = 260;

type Props = {
  readonly spec: ChartSpec;
  /** What the chart shows, for screen readers (the numbers are in the table below it). */
  readonly label: string;
};

function toData(spec: ChartSpec): uPlotType.AlignedData {
  return [spec.x as number[], ...spec.series.map((s) => s.values as (number | null)[])];
}

function options(lib: UPlot, spec: ChartSpec, width: number, ink: string): uPlotType.Options {
  const grid = {stroke: 'rgba(128,128,128,0.25)', width: 1};
  const axis = {stroke: ink, grid, ticks: grid};
  return {
    width,
    height: HEIGHT,
    legend: {show: false},
    cursor: {show: false},
    scales: {x: {time: false}},
    axes: [
      {...axis, label: spec.xLabel},
      {...axis, label: spec.yLabel, size: 60},
    ],
    series: [
      {label: spec.xLabel},
      ...spec.series.map((s) => ({
        label: s.label,
        stroke: s.color,
        width: s.style === 'points' ? 0 : 2,
        dash: s.dash ? [...s.dash] : undefined,
        paths: s.style === 'step' ? lib.paths.stepped!({align: 1}) : undefined,
        points: s.style === 'points' ? {show: true, size: 10, fill: s.color} : {show: false},
        spanGaps: false,
      })),
    ],
  };
}

/**
 * A uPlot line chart. The library loads when the chart first comes into view; until then (and
 * without JavaScript) the placeholder keeps the layout and the table below carries the numbers.
 */
export default function Chart({spec, label}: Props): ReactNode {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlotType | null>(null);
  const shape = useRef('');
  const [lib, setLib] = useState<UPlot | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        // A function in state would be called as an updater: store the class through one.
        void loadChartLibrary().then(
          (lib) => setLib(() => lib),
          () => undefined,
        );
      },
      {rootMargin: '200px'},
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = host.current;
    if (!lib || !el) return;
    // The same series and styles: new data only. Otherwise (first draw) build the chart.
    const key = JSON.stringify(spec.series.map((s) => [s.label, s.style, s.color]));
    if (plot.current && shape.current === key) {
      plot.current.setData(toData(spec));
      return;
    }
    plot.current?.destroy();
    const ink = getComputedStyle(el).color;
    plot.current = new lib(options(lib, spec, el.clientWidth || 600, ink), toData(spec), el);
    shape.current = key;
  }, [lib, spec]);

  useEffect(() => {
    const el = host.current;
    if (!lib || !el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => plot.current?.setSize({width: el.clientWidth, height: HEIGHT}));
    observer.observe(el);
    return () => observer.disconnect();
  }, [lib]);

  useEffect(() => () => plot.current?.destroy(), []);

  return (
    <div className={styles.chartBox}>
      <div
        ref={host}
        className={styles.chart}
        role="img"
        aria-label={label}
        data-chart-ready={lib ? 'true' : undefined}
        style={{minHeight: HEIGHT}}
      />
      <ul className={styles.legend} aria-hidden="true">
        {spec.series.map((s) => (
          <li key={s.label}>
            <span
              className={styles.swatch}
              style={{borderTopColor: s.color, borderTopStyle: s.dash ? 'dashed' : 'solid'}}
            />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
