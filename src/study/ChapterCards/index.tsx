import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {readingTime, useChapters} from '@site/src/chapters';
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
              <span className={styles.meta}>{readingTime(c)}</span>
              {showProgress && (
                <ChapterProgress counts={countStates(c.questionIds, data.cards, now)} variant="compact" />
              )}
            </span>
          </Link>
          {/* Beside the card's link, not in it: a link inside a link is not valid HTML. */}
          <Link
            to={`${c.permalink}#study-questions`}
            className={styles.questionsLink}
            aria-label={`Chapter ${c.number}: go straight to its ${c.questionIds.length} study questions`}>
            {c.questionIds.length} study questions →
          </Link>
        </li>
      ))}
    </ol>
  );
}
