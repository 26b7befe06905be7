/** What a simulation is: controls in, a chart, a summary and a table out (all plain data). */

export type RangeControl = {
  readonly kind: 'range';
  readonly name: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** How the current value reads, e.g. "5 ms". */
  readonly format: (value: number) => string;
};

export type SelectControl = {
  readonly kind: 'select';
  readonly name: string;
  readonly label: string;
  readonly options: readonly {readonly value: string; readonly label: string}[];
};

export type Control = RangeControl | SelectControl;

export type Values = Readonly<Record<string, number | string>>;

export type ChartSeries = {
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** Lines by default; `step` for histograms; `points` for a marker such as the current setting. */
  readonly style?: 'line' | 'step' | 'points';
  readonly color: string;
  readonly dash?: readonly number[];
};

export type ChartSpec = {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly x: readonly number[];
  readonly series: readonly ChartSeries[];
};

export type TableSpec = {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
};

export type SimulationView = {
  readonly chart: ChartSpec;
  /** One or two sentences with the numbers that matter, announced when they change. */
  readonly summary: string;
  readonly table: TableSpec;
};

export type SimulationSpec = {
  /** Prefix of the controls' ids; unique on the page. */
  readonly id: string;
  readonly title: string;
  readonly controls: readonly Control[];
  readonly initial: Values;
  readonly compute: (values: Values) => SimulationView;
};

export const num = (values: Values, name: string): number => Number(values[name]);
export const str = (values: Values, name: string): string => String(values[name]);
