import React, {lazy, Suspense, useCallback, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import type {LanguageRunner, RunStatus} from '@site/src/runnable/runner';
import {useRuntimeConfig} from '@site/src/runnable/config';
import type {RuntimeConfig} from '@site/shared/runtimeProtocol';
import {allPassed, buildCheckProgram, parseCheckOutput, readerOutput, type CheckReport} from './check';
import styles from './styles.module.css';

const Editor = lazy(() => import('@site/src/runnable/RunnableCode/Editor'));

const CHECK_TIMEOUT_MS = 20_000;

function loadRunner(config: RuntimeConfig): Promise<LanguageRunner> {
  return import('@site/src/runnable/runner').then((m) => m.getRunner('python', config));
}

type Props = {
  readonly id: string;
  readonly stub: string;
  readonly tests: string;
  readonly staticBlock: ReactNode;
  readonly onPassed: () => void;
};

type Phase =
  | {readonly kind: 'idle'}
  | {readonly kind: 'checking'; readonly detail: string}
  | {readonly kind: 'report'; readonly report: CheckReport; readonly output: string}
  | {readonly kind: 'problem'; readonly message: string; readonly output: string};

function describeRun(status: RunStatus): string | null {
  switch (status.phase) {
    case 'timeout':
      return `Your code ran for more than ${status.seconds} s and was stopped. Is there an endless loop?`;
    case 'stopped':
      return 'Stopped.';
    case 'failed':
      return `Python could not start: ${status.message}`;
    case 'exit':
      return `Your code called exit(${status.code}) before the tests could run.`;
    default:
      return null;
  }
}

/** The stub in an editor, the Check button and the results, case by case. */
export default function Workbench({id, stub, tests, staticBlock, onPassed}: Props): ReactNode {
  const config = useRuntimeConfig();
  const [code, setCode] = useState(stub);
  const [editing, setEditing] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [phase, setPhase] = useState<Phase>({kind: 'idle'});
  const runnerRef = useRef<LanguageRunner | null>(null);

  const runner = useCallback(async () => {
    runnerRef.current ??= await loadRunner(config);
    return runnerRef.current;
  }, [config]);

  const warmUp = useCallback(() => {
    void runner().then((r) => r.warmUp());
  }, [runner]);

  const check = useCallback(async () => {
    if (phase.kind === 'checking') return;
    setPhase({kind: 'checking', detail: 'Checking…'});
    let stdout = '';
    let stderr = '';
    const r = await runner();
    const status = await r.run(buildCheckProgram(code, tests), {
      timeoutMs: CHECK_TIMEOUT_MS,
      onOutput: (stream, text) => {
        if (stream === 'stdout') stdout += text;
        else stderr += text;
      },
      onStatus: (s) => {
        if (s.phase === 'loading') setPhase({kind: 'checking', detail: 'Loading Python…'});
        else if (s.phase === 'running') setPhase({kind: 'checking', detail: 'Running the tests…'});
      },
    });
    const output = [readerOutput(stdout), stderr.trimEnd()].filter(Boolean).join('\n');
    const report = parseCheckOutput(stdout);
    if (report) {
      setPhase({kind: 'report', report, output});
      if (allPassed(report)) onPassed();
      return;
    }
    setPhase({
      kind: 'problem',
      message: describeRun(status) ?? 'The tests did not report back. See the output below.',
      output,
    });
  }, [code, onPassed, phase.kind, runner, tests]);

  const reset = () => {
    setCode(stub);
    setEditorKey((k) => k + 1);
    setPhase({kind: 'idle'});
  };

  const passedCount =
    phase.kind === 'report' && phase.report.kind === 'cases'
      ? phase.report.cases.filter((c) => c.passed).length
      : 0;

  return (
    <div className={styles.workbench} data-exercise-workbench={id}>
      <div className={styles.toolbar} role="toolbar" aria-label="Your solution">
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={() => void check()}
          onPointerEnter={warmUp}
          onFocus={warmUp}
          disabled={phase.kind === 'checking'}>
          Check
        </button>
        {!editing && (
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={reset}
          disabled={code === stub && phase.kind === 'idle'}>
          Reset
        </button>
      </div>
      {editing ? (
        <ErrorBoundary fallback={() => staticBlock}>
          <Suspense fallback={staticBlock}>
            <Editor
              key={editorKey}
              language="python"
              value={code}
              onChange={setCode}
              onRun={() => void check()}
              autoFocus
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <div onDoubleClick={() => setEditing(true)}>{staticBlock}</div>
      )}
      <div className={styles.results} role="status" aria-live="polite">
        {phase.kind === 'checking' && <p>{phase.detail}</p>}
        {phase.kind === 'problem' && <p className={styles.failed}>{phase.message}</p>}
        {phase.kind === 'report' && phase.report.kind === 'broken' && (
          <p className={styles.failed}>Your code did not run: {phase.report.message}</p>
        )}
        {phase.kind === 'report' && phase.report.kind === 'cases' && (
          <>
            <p className={allPassed(phase.report) ? styles.passed : styles.failed} data-check-summary="">
              {allPassed(phase.report)
                ? `All ${phase.report.cases.length} tests passed.`
                : `${passedCount} of ${phase.report.cases.length} tests passed.`}
            </p>
            <ul className={styles.cases}>
              {phase.report.cases.map((c, i) => (
                <li key={i} className={clsx(c.passed ? styles.passed : styles.failed)} data-passed={c.passed}>
                  <span className={styles.mark}>{c.passed ? 'Passed' : 'Failed'}</span> <code>{c.name}</code>
                  {c.message && <span className={styles.message}>{c.message}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {(phase.kind === 'report' || phase.kind === 'problem') && phase.output && (
        <pre className={styles.output} aria-label="Output of your code" tabIndex={0}>
          {phase.output}
        </pre>
      )}
    </div>
  );
}
