import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useChapters} from '@site/src/chapters';
import ChapterProgress from '@site/src/study/ChapterProgress';
import {useNow} from '@site/src/progress/clock';
import {countStates, hasStarted} from '@site/src/progress/states';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

/**
 * The chapters as cards, in study order, from the build-time question index; once the page has
 * mounted and the reader has progress, each card shows how much of the chapter they know.
 */
export default function ChapterCards(): ReactNode {
  const chapters = useChapters();
  const {ready, data} = useProgress();
  const now = useNow();
  const showProgress = ready && now !== null && hasStarted(data.cards);
  return (
    <ol className={styles.grid}>
      {chapters.map((c) => (
        <li key={c.number} className={styles.card}>
          <Link to={c.permalink} className={styles.link}>
            <span className={styles.number} aria-hidden="true">
              {c.number}
            </span>
            <span className={styles.body}>
              <span className={styles.title}>{c.title}</span>
              <span className={styles.summary}>{c.description}</span>
              <span className={styles.meta}>{c.questionIds.length} study questions</span>
              {showProgress && (
                <ChapterProgress counts={countStates(c.questionIds, data.cards, now)} variant="compact" />
              )}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
