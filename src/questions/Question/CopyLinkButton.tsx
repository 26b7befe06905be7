import React, {useEffect, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

type Props = {readonly id: string};

type State = 'idle' | 'copied' | 'failed';

/** Copies the question's permanent URL; the result is announced to screen readers. */
export default function CopyLinkButton({id}: Props): ReactNode {
  const [state, setState] = useState<State>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className={styles.copy}>
      <button
        type="button"
        className={styles.copyButton}
        onClick={copy}
        aria-label="Copy link to this question"
        title="Copy link to this question">
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M10.6 13.4a1 1 0 0 1 0-1.4l3.4-3.4a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0Zm-2.8 6.3a4.5 4.5 0 0 1-3.2-7.7l2.1-2.1a1 1 0 0 1 1.4 1.4L6 13.4a2.5 2.5 0 0 0 3.5 3.5l2.1-2.1a1 1 0 0 1 1.4 1.4L11 18.3a4.5 4.5 0 0 1-3.2 1.4Zm8.7-5.3a1 1 0 0 1-.7-1.7l2.1-2.1A2.5 2.5 0 0 0 14.4 7l-2.1 2.1a1 1 0 0 1-1.4-1.4L13 5.6a4.5 4.5 0 0 1 6.4 6.4l-2.1 2.1a1 1 0 0 1-.7.3Z"
          />
        </svg>
      </button>
      <span role="status" className={styles.copyStatus}>
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed: use the # link' : ''}
      </span>
    </span>
  );
}
