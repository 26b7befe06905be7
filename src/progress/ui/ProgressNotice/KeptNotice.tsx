import React, {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import ConfirmDialog from '@site/src/components/ConfirmDialog';
import {downloadText} from '@site/src/progress/download';
import {progressStore} from '@site/src/progress/store';
import type {KeptEntry} from '@site/src/progress/storage';
import styles from './styles.module.css';

const MAX_PROBLEMS = 5;

function keptFilename(entry: KeptEntry): string {
  const stamp = new Date(entry.keptAt).toISOString().replace(/[:.]/g, '-');
  let json = true;
  try {
    JSON.parse(entry.raw);
  } catch {
    json = false;
  }
  return `mastering-ai-10-progress-kept-${stamp}.${json ? 'json' : 'txt'}`;
}

type Props = {readonly kept: readonly KeptEntry[]; readonly blocked: boolean};

/** What could not be read, why, and the reader's two ways out: download it, or delete it. */
export default function KeptNotice({kept, blocked}: Props): ReactNode {
  const [confirming, setConfirming] = useState(false);
  const problems = kept.flatMap((k) => k.problems).slice(0, MAX_PROBLEMS);
  const startFresh = () => {
    setConfirming(false);
    kept.forEach((k) => progressStore.discardKept(k.key));
  };
  return (
    <div role="alert" className={clsx('alert alert--warning', styles.notice)}>
      <p>
        <strong>Your saved study progress could not be read.</strong>{' '}
        {blocked
          ? 'This browser has no room to set it aside, so it stays where it is and nothing new is saved over it until you download it or start fresh.'
          : 'It has been set aside, not deleted, and you are starting with empty progress.'}
      </p>
      {problems.length > 0 && (
        <details className={styles.problems}>
          <summary>What is wrong with it</summary>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.problem}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p>
        Download it to keep a copy (you can correct it and import it on the{' '}
        <Link to="/review">review page</Link>), or start fresh to delete it from this browser.
      </p>
      <div className={styles.actions}>
        {kept.map((k, i) => (
          <button
            key={k.key}
            type="button"
            className="button button--sm button--primary"
            onClick={() => downloadText(keptFilename(k), k.raw, 'text/plain')}>
            {kept.length === 1 ? 'Download the kept data' : `Download kept copy ${i + 1}`}
          </button>
        ))}
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => setConfirming(true)}>
          Start fresh
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete the kept data?"
        confirmLabel="Delete it and start fresh"
        onConfirm={startFresh}
        onCancel={() => setConfirming(false)}>
        <p>
          The progress that could not be read will be deleted from this browser. Download it first if you may
          need it.
        </p>
      </ConfirmDialog>
    </div>
  );
}
