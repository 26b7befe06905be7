import React, {useContext} from 'react';
import {renderToString} from 'react-dom/server';
import {act, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Simulator from '@site/src/labs/Simulator';
import {batching} from '@site/src/labs/simulations/batching';
import {cost} from '@site/src/labs/simulations/cost';
import Exercise from '@site/src/labs/Exercise';
import {ExerciseBlockContext} from '@site/src/labs/Exercise/context';
import {RESULT_MARKER} from '@site/src/labs/Exercise/check';
import type {ExercisePart} from '@site/shared/codeMeta';
import {STORAGE_KEY} from '@site/src/progress/schema';
import {progressStore} from '@site/src/progress/store';
import {setPluginData} from '../stubs/useGlobalData';

// The Check button's runner: the test decides what the Python worker prints.
const worker = vi.hoisted(() => ({stdout: '', programs: [] as string[]}));
vi.mock('@site/src/runnable/runner', () => ({
  getRunner: () => ({
    warmUp() {},
    async run(
      code: string,
      handlers: {onOutput: (s: string, t: string) => void; onStatus: (s: unknown) => void},
    ) {
      worker.programs.push(code);
      handlers.onStatus({phase: 'running', startedAt: 0});
      handlers.onOutput('stdout', worker.stdout);
      const status = {phase: 'done', ms: 5};
      handlers.onStatus(status);
      return status;
    },
  }),
}));

describe('Simulator', () => {
  it('renders its controls, summary and table on the server, before any script runs', () => {
    const html = renderToString(
      <Simulator spec={batching} snippetId="batching-window" snippetTitle="batching_window.py" />,
    );
    expect(html).toContain('Offered load');
    expect(html).toContain('type="range"');
    expect(html).toContain('At 300 req/s');
    expect(html).toContain('<table>');
    expect(html).toContain('href="#batching-window"');
  });

  it('recomputes when a labelled control moves, and says what changed', () => {
    render(<Simulator spec={cost} snippetId="cost-breakeven" snippetTitle="cost_breakeven.py" />);
    const traffic = screen.getByLabelText('Your traffic');
    expect(screen.getByText('20 M req/month')).toBeInTheDocument();
    const before = screen.getByRole('status').textContent;
    fireEvent.change(traffic, {target: {value: '80'}});
    expect(screen.getByText('80 M req/month')).toBeInTheDocument();
    expect(screen.getByRole('status').textContent).not.toBe(before);
    expect(screen.getByRole('status')).toHaveTextContent('At 80 M requests a month');
    fireEvent.change(screen.getByLabelText('Minimum instances'), {target: {value: '2'}});
    expect(screen.getByRole('status')).toHaveTextContent('(2 instances)');
  });

  it('offers the chart as a table and an image description', () => {
    render(<Simulator spec={batching} snippetId="batching-window" snippetTitle="batching_window.py" />);
    expect(screen.getByRole('img')).toHaveAccessibleName(/latency \(ms\) against batching window/);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(22);
  });
});

function Block({part, children}: {readonly part: ExercisePart; readonly children: string}) {
  const render = useContext(ExerciseBlockContext)!;
  return <>{render(part, <pre>{children}</pre>)}</>;
}

function Lab() {
  return (
    <Exercise
      id="double-it"
      title="Double it"
      hint="Multiply by two."
      stub="def double(x): ..."
      tests="assert double(2) == 4"
      solution="def double(x): return 2 * x">
      <p>Write double.</p>
      <Block part="stub">def double(x): ...</Block>
      <Block part="tests">assert double(2) == 4</Block>
      <Block part="solution">def double(x): return 2 * x</Block>
    </Exercise>
  );
}

const report = (cases: {name: string; passed: boolean; message: string}[]) =>
  `${RESULT_MARKER}${JSON.stringify({cases})}\n`;

describe('Exercise', () => {
  beforeEach(() => {
    setPluginData('runtime-assets', {
      workerUrls: {python: '/p.mjs', javascript: '/j.mjs'},
      pyodideBase: '/',
      harnessUrl: '/h.py',
      sizes: {},
    });
    localStorage.clear();
    progressStore.reload();
    worker.programs = [];
  });

  it('shows the task, the stub, the tests, and keeps the solution and hint behind a click', () => {
    render(<Lab />);
    expect(screen.getByText('Write double.')).toBeInTheDocument();
    expect(screen.getByText('The tests your code must pass')).toBeInTheDocument();
    const solution = screen.getByText('Show the solution').closest('details')!;
    expect(solution).not.toHaveAttribute('open');
    expect(screen.getByText('Show a hint').closest('details')).not.toHaveAttribute('open');
  });

  it('reports each failed case with its message, and records nothing', async () => {
    worker.stdout = report([{name: 'assert double(2) == 4', passed: false, message: 'got None, expected 4'}]);
    render(<Lab />);
    await userEvent.click(screen.getByRole('button', {name: 'Check'}));
    expect(await screen.findByText('0 of 1 tests passed.')).toBeInTheDocument();
    expect(screen.getByText('got None, expected 4')).toBeInTheDocument();
    expect(worker.programs[0]).toContain(JSON.stringify('def double(x): ...'));
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('records a pass in the reader’s progress and shows it', async () => {
    worker.stdout = `my own print\n${report([{name: 'assert double(2) == 4', passed: true, message: ''}])}`;
    render(<Lab />);
    await userEvent.click(screen.getByRole('button', {name: 'Check'}));
    expect(await screen.findByText('All 1 tests passed.')).toBeInTheDocument();
    expect(screen.getByLabelText('Output of your code')).toHaveTextContent('my own print');
    await waitFor(() => expect(document.querySelector('[data-exercise-passed]')).not.toBeNull());
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as {
      exercises: Record<string, {passedAt: string}>;
    };
    expect(Object.keys(saved.exercises)).toEqual(['double-it']);
  });

  it('says so when the tests never reported back', async () => {
    worker.stdout = 'nothing useful\n';
    render(<Lab />);
    await act(() => userEvent.click(screen.getByRole('button', {name: 'Check'})));
    expect(await screen.findByText(/did not report back/)).toBeInTheDocument();
  });
});
