import React, {lazy, Suspense, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

// Only readers whose saved data could not be read ever need this part.
const KeptNotice = lazy(() => import('./KeptNotice'));

/**
 * Tells the reader, on every page, when their saved progress could not be read or cannot be saved.
 * Shown only in the browser, after mount.
 */
export default function ProgressNotice(): ReactNode {
  const {ready, kept, issue} = useProgress();
  if (!ready || (kept.length === 0 && issue === null)) return null;
  return (
    <div className={clsx('container', styles.wrapper)}>
      {kept.length > 0 && (
        <Suspense fallback={null}>
          <KeptNotice kept={kept} blocked={issue?.kind === 'blocked'} />
        </Suspense>
      )}
      {issue?.kind === 'unavailable' && (
        <div role="status" className={clsx('alert alert--info', styles.notice)}>
          This browser does not let the site store data, so your grades last only until this tab closes.
          Export them from the <Link to="/review">review page</Link> to keep them.
        </div>
      )}
      {issue?.kind === 'save-failed' && (
        <div role="alert" className={clsx('alert alert--danger', styles.notice)}>
          Your last grade could not be saved in this browser ({issue.message}). It is kept in this tab for
          now: export your progress from the <Link to="/review">review page</Link> to be safe.
        </div>
      )}
    </div>
  );
}
