import React, {lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {RunnableLanguage} from '@site/shared/codeMeta';
import type {RuntimeConfig} from '@site/shared/runtimeProtocol';
import type {LanguageRunner, RunStatus} from '@site/src/runnable/runner';
import {useRuntimeConfig} from '@site/src/runnable/config';
import {describeStatus, isActive} from './status';
import {useOutput} from './useOutput';
import Output from './Output';
import styles from './styles.module.css';

// The editor (CodeMirror) loads only when the reader starts to edit.
const Editor = lazy(() => import('./Editor'));

type Props = {
  /** A link target (the block's `id="…"` meta), e.g. for a simulator that mirrors the snippet. */
  readonly id?: string;
  readonly language: RunnableLanguage;
  readonly code: string;
  readonly title?: string;
  readonly timeoutSeconds: number;
  /** The code as a static highlighted block, shown until the reader edits it. */
  readonly staticBlock: ReactNode;
};

const LANGUAGE_NAMES: Record<RunnableLanguage, string> = {python: 'Python', javascript: 'JavaScript'};

/** The runner module loads on first intent (hover or focus on Run), never with the page. */
function loadRunner(language: RunnableLanguage, config: RuntimeConfig): Promise<LanguageRunner> {
  return import('@site/src/runnable/runner').then((m) => m.getRunner(language, config));
}

export default function RunnableCode({
  id,
  language,
  code: original,
  title,
  timeoutSeconds,
  staticBlock,
}: Props): ReactNode {
  const config = useRuntimeConfig();
  // Tells the build's link checker that links to #id (a simulator's "same numbers in Python") land here.
  const brokenLinks = useBrokenLinks();
  if (id) brokenLinks.collectAnchor(id);
  const [code, setCode] = useState(original);
  const [editing, setEditing] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [status, setStatus] = useState<RunStatus>({phase: 'idle'});
  const [now, setNow] = useState(0);
  const [copied, setCopied] = useState(false);
  const output = useOutput();
  const runnerRef = useRef<LanguageRunner | null>(null);
  const name = LANGUAGE_NAMES[language];
  const active = isActive(status);

  const runner = useCallback(async () => {
    runnerRef.current ??= await loadRunner(language, config);
    return runnerRef.current;
  }, [language, config]);

  const warmUp = useCallback(() => {
    void runner().then((r) => r.warmUp());
  }, [runner]);

  const run = useCallback(async () => {
    if (active) return;
    output.clear();
    setStatus({phase: 'queued'});
    const r = await runner();
    await r.run(code, {timeoutMs: timeoutSeconds * 1000, onOutput: output.append, onStatus: setStatus});
  }, [active, code, output, runner, timeoutSeconds]);

  const stop = () => runnerRef.current?.stop();

  const reset = () => {
    setCode(original);
    setEditorKey((k) => k + 1);
    output.clear();
    setStatus({phase: 'idle'});
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };

  // Tick the elapsed time while running.
  useEffect(() => {
    if (status.phase !== 'running') return undefined;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [status.phase]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    }
  };

  const statusText = describeStatus(status, name, now);

  return (
    <div
      id={id}
      className={clsx(styles.runnable, 'runnable-code')}
      data-language={language}
      onKeyDown={onKeyDown}>
      <div className={styles.header}>
        <span className={styles.title}>{title ?? `${name} snippet`}</span>
        <span className={styles.badge}>Runs in your browser</span>
        {/* In the server HTML too: a chapter's static copy shows its Run button from the start, and
            a press before the live tree arrives is replayed (plugins/deferred-content). */}
        <div className={styles.toolbar} role="toolbar" aria-label={`${title ?? name} snippet`}>
          {active ? (
            <button
              type="button"
              className={clsx('button button--sm button--danger', styles.button)}
              onClick={stop}>
              Stop
            </button>
          ) : (
            <button
              type="button"
              className={clsx('button button--sm button--primary', styles.button)}
              onClick={() => void run()}
              onPointerEnter={warmUp}
              onFocus={warmUp}
              title="Run (Ctrl+Enter or ⌘+Enter)">
              Run
            </button>
          )}
          {!editing && (
            <button
              type="button"
              className={clsx('button button--sm button--secondary', styles.button)}
              onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          <button
            type="button"
            className={clsx('button button--sm button--secondary', styles.button)}
            onClick={reset}
            disabled={code === original && status.phase === 'idle'}>
            Reset
          </button>
          <button
            type="button"
            className={clsx('button button--sm button--secondary', styles.button)}
            onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy'}
          </button>
        </div>
      </div>
      {editing ? (
        <ErrorBoundary fallback={() => staticBlock}>
          <Suspense fallback={staticBlock}>
            <Editor
              key={editorKey}
              language={language}
              value={code}
              onChange={setCode}
              onRun={() => void run()}
              autoFocus
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <div onDoubleClick={() => setEditing(true)}>{staticBlock}</div>
      )}
      {/* In the server HTML too, so a static chapter has the same layout as the live one. The idle
          hint comes from CSS (data-hint): it is not text the search index would pick up. */}
      <div className={styles.result}>
        <p
          className={clsx(styles.status, styles[`status-${status.phase}`])}
          role="status"
          aria-live="polite"
          data-hint={`Press Run or Ctrl+Enter to run this ${name} code; Edit to change it.`}>
          {status.phase === 'loading' && status.total > 0 && (
            <progress max={status.total} value={status.loaded} aria-hidden="true" />
          )}
          {statusText}
        </p>
        <Output chunks={output.chunks} />
      </div>
    </div>
  );
}
