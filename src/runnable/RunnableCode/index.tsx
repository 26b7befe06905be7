import React, {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useLocation} from '@docusaurus/router';
import ConfirmDialog from '@site/src/components/ConfirmDialog';
import type {RunnableLanguage} from '@site/shared/codeMeta';
import type {RuntimeConfig} from '@site/shared/runtimeProtocol';
import type {LanguageRunner, RunStatus} from '@site/src/runnable/runner';
import {useRuntimeConfig} from '@site/src/runnable/config';
import {browserStorage, editKey, loadEdit, saveEdit} from './savedEdits';
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

const noSubscription = () => () => undefined;

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
  const {pathname} = useLocation();
  const key = editKey(pathname, original);
  // Edits saved on an earlier visit (read after hydration; the server renders the original).
  const saved = useSyncExternalStore(
    noSubscription,
    () => loadEdit(browserStorage(), key),
    () => null,
  );
  // What the reader typed in this visit; until then, the saved edits or the original.
  const [draft, setDraft] = useState<string | null>(null);
  const code = draft ?? saved ?? original;
  const [editingNow, setEditing] = useState(false);
  // Saved edits reopen in the editor: the static block shows only the original.
  const editing = editingNow || (draft === null && saved !== null && saved !== original);
  // The editor takes the focus when the reader opens it, not when saved edits reopen it on load.
  const [focusEditor, setFocusEditor] = useState(false);
  const startEditing = () => {
    setFocusEditor(true);
    setEditing(true);
  };
  const [editorKey, setEditorKey] = useState(0);
  const [status, setStatus] = useState<RunStatus>({phase: 'idle'});
  const [now, setNow] = useState(0);
  const [copied, setCopied] = useState(false);
  const output = useOutput();
  const runnerRef = useRef<LanguageRunner | null>(null);
  const name = LANGUAGE_NAMES[language];
  const active = isActive(status);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const revealResult = useRef(false);
  const editorHintId = useId();

  const changeCode = useCallback(
    (next: string) => {
      setDraft(next);
      saveEdit(browserStorage(), key, next, original);
    },
    [key, original],
  );

  const runner = useCallback(async () => {
    runnerRef.current ??= await loadRunner(language, config);
    return runnerRef.current;
  }, [language, config]);

  const warmUp = useCallback(() => {
    runner().then(
      (r) => r.warmUp(),
      () => undefined, // Reported when the reader presses Run.
    );
  }, [runner]);

  const run = useCallback(async () => {
    if (active) return;
    output.clear();
    revealResult.current = true;
    setStatus({phase: 'starting'});
    let r: LanguageRunner;
    try {
      r = await runner();
    } catch {
      // The runner's own code did not arrive (offline before it was ever fetched, or a new version).
      setStatus({phase: 'failed', message: 'the code runner did not load.', offline: !navigator.onLine});
      return;
    }
    await r.run(code, {timeoutMs: timeoutSeconds * 1000, onOutput: output.append, onStatus: setStatus});
  }, [active, code, output, runner, timeoutSeconds]);

  const stop = () => runnerRef.current?.stop();

  const doReset = () => {
    setConfirmingReset(false);
    changeCode(original);
    setEditorKey((k) => k + 1);
    output.clear();
    setStatus({phase: 'idle'});
  };
  // Edits are work: throwing them away needs a yes.
  const reset = () => (code === original ? doReset() : setConfirmingReset(true));

  // When the output or the outcome lands below the screen while the reader looks at the snippet's
  // toolbar (long snippets), bring it into view once per run.
  const hasOutput = output.chunks.length > 0;
  const finished = !isActive(status) && status.phase !== 'idle';
  useEffect(() => {
    if (!revealResult.current || (!hasOutput && !finished)) return;
    revealResult.current = false;
    const result = resultRef.current?.getBoundingClientRect();
    const toolbar = toolbarRef.current?.getBoundingClientRect();
    if (!result || !toolbar) return;
    const toolbarInView = toolbar.bottom > 0 && toolbar.top < window.innerHeight;
    if (toolbarInView && result.top > window.innerHeight - 48) {
      resultRef.current?.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    }
  }, [hasOutput, finished]);

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
        <span className={styles.badge}>
          {code !== original ? 'Edited · saved in this browser' : 'Runs in your browser'}
        </span>
        {/* In the server HTML too: a chapter's static copy shows its Run button from the start, and
            a press before the live tree arrives is replayed (plugins/deferred-content). */}
        <div
          ref={toolbarRef}
          className={styles.toolbar}
          role="toolbar"
          aria-label={`${title ?? name} snippet`}>
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
              onClick={startEditing}>
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
              onChange={changeCode}
              onRun={() => void run()}
              describedBy={editorHintId}
              autoFocus={focusEditor}
            />
          </Suspense>
          <p id={editorHintId} className={styles.editorHint}>
            Tab indents. To leave the editor with the keyboard, press <kbd>Esc</kbd> then <kbd>Tab</kbd>;{' '}
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs.
          </p>
        </ErrorBoundary>
      ) : (
        <div onDoubleClick={startEditing}>{staticBlock}</div>
      )}
      {/* In the server HTML too, so a static chapter has the same layout as the live one. The idle
          hint comes from CSS (data-hint): it is not text the search index would pick up. */}
      <div ref={resultRef} className={styles.result}>
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
      <ConfirmDialog
        open={confirmingReset}
        title="Reset this snippet?"
        confirmLabel="Reset and lose my edits"
        onConfirm={doReset}
        onCancel={() => setConfirmingReset(false)}>
        <p>Your edits to {title ?? `this ${name} snippet`} will be replaced by the original code.</p>
      </ConfirmDialog>
    </div>
  );
}
