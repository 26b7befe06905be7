import React, {useCallback, useEffect, useId, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useRuntimeConfig} from '@site/src/runnable/config';
import type {Progress} from '../pythonOffline';
import {formatMegabytes} from '../size';
import styles from './styles.module.css';

type State =
  | {readonly kind: 'checking'}
  /** No Cache Storage or service worker (an old browser, or a private mode that disables them). */
  | {readonly kind: 'unsupported'}
  | {readonly kind: 'idle'}
  | {readonly kind: 'saving'; readonly progress: Progress}
  | {readonly kind: 'saved'; readonly justNow: boolean}
  | {readonly kind: 'failed'; readonly message: string};

/** The logic is fetched when needed (checked after the page has loaded, or on the first press). */
const logic = () => import('../pythonOffline');

/**
 * "Make Python available offline (≈ N MB)": saves the Python runtime into the service worker's cache
 * ahead of time, with progress; shows "available offline" when it is saved (checked on every visit).
 * Browser-only: before hydration, and without JavaScript, only the explanation shows.
 */
export default function PythonOffline(): ReactNode {
  const config = useRuntimeConfig();
  const [state, setState] = useState<State>({kind: 'checking'});
  const statusId = useId();
  // The service worker's scope: runtime files of other versions are found relative to it.
  const siteRoot = useBaseUrl('/');
  const size = formatMegabytes(Object.values(config.sizes).reduce((a, b) => a + b, 0));

  useEffect(() => {
    let live = true;
    void (async () => {
      const {RUNTIME_CACHE, isSavedOffline, pythonRuntimeFiles} = await logic();
      if (typeof caches === 'undefined' || !('serviceWorker' in navigator)) {
        if (live) setState({kind: 'unsupported'});
        return;
      }
      const saved =
        (await caches.has(RUNTIME_CACHE)) &&
        (await isSavedOffline(await caches.open(RUNTIME_CACHE), pythonRuntimeFiles(config, location.origin)));
      if (live) setState(saved ? {kind: 'saved', justNow: false} : {kind: 'idle'});
    })().catch(() => {
      if (live) setState({kind: 'idle'});
    });
    return () => {
      live = false;
    };
  }, [config]);

  const save = useCallback(async () => {
    let mod: Awaited<ReturnType<typeof logic>>;
    try {
      mod = await logic();
    } catch {
      // This control's own code did not arrive (offline on a page whose files are not saved).
      setState({
        kind: 'failed',
        message: navigator.onLine
          ? 'The download could not start. Reload the page and try again.'
          : 'You are offline, so Python cannot be downloaded now. Connect to the internet and press the button again.',
      });
      return;
    }
    const files = mod.pythonRuntimeFiles(config, location.origin);
    setState({kind: 'saving', progress: {loaded: 0, total: mod.totalBytes(files)}});
    try {
      if (!navigator.onLine) throw new Error('offline');
      await mod.saveForOffline(files, {
        cache: await caches.open(mod.RUNTIME_CACHE),
        fetch: (url) => fetch(url),
        onProgress: (progress) => setState({kind: 'saving', progress}),
        scope: new URL(siteRoot, location.origin).href,
      });
      setState({kind: 'saved', justNow: true});
    } catch (error) {
      setState({kind: 'failed', message: mod.failureMessage(error, navigator.onLine, size)});
    }
  }, [config, siteRoot, size]);

  const percent =
    state.kind === 'saving' && state.progress.total > 0
      ? Math.floor((100 * state.progress.loaded) / state.progress.total)
      : 0;

  return (
    <div className={styles.python}>
      {state.kind !== 'checking' && state.kind !== 'unsupported' && state.kind !== 'saved' && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void save()}
          disabled={state.kind === 'saving'}
          aria-describedby={statusId}>
          {state.kind === 'failed' ? 'Try again' : 'Make Python available offline'} ({size})
        </button>
      )}
      {state.kind === 'saving' && (
        <progress
          className={styles.progress}
          max={100}
          value={percent}
          aria-label="Downloading Python for offline use"
        />
      )}
      <p id={statusId} role="status" className={state.kind === 'failed' ? styles.failed : styles.status}>
        {state.kind === 'saving' &&
          `Downloading Python: ${(state.progress.loaded / 1e6).toFixed(1)} of ${(state.progress.total / 1e6).toFixed(1)} MB (${percent} %)…`}
        {state.kind === 'saved' &&
          (state.justNow
            ? `Done: Python is available offline in this browser (${size} saved). Python examples now run without a network.`
            : `Python is available offline in this browser: Python examples run without a network.`)}
        {state.kind === 'failed' && state.message}
        {state.kind === 'unsupported' &&
          'This browser cannot keep files for offline use (no service worker or cache storage), so Python needs a network here.'}
      </p>
    </div>
  );
}
