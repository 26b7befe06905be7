import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {ProgressCounts, QuestionState} from '@site/src/progress/states';
import styles from './styles.module.css';

type Props = {
  readonly counts: ProgressCounts;
  /** Compact: smaller, for a chapter card. */
  readonly variant?: 'compact' | 'full';
  readonly className?: string;
};

const ORDER: readonly QuestionState[] = ['known', 'learning', 'due', 'new'];

/** "4/10 known", how the rest splits between learning, due and new, and a bar. */
export default function ChapterProgress({counts, variant = 'full', className}: Props): ReactNode {
  const parts = ORDER.filter((s) => s !== 'known' && counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return (
    // Spans only: a chapter card puts this inside a link.
    <span className={clsx(styles.progress, styles[variant], className)}>
      <span className={styles.text}>
        <strong>
          {counts.known}/{counts.total} known
        </strong>
        {parts.length > 0 && <span className={styles.parts}> · {parts.join(' · ')}</span>}
      </span>
      {variant === 'full' && (
        <span className={styles.legend}>
          New: not graded yet · Learning: graded, back in minutes or hours · Known: next review days away ·
          Due: time to review it again
        </span>
      )}
      {/* The text above says everything the bar shows. */}
      <span className={styles.bar} aria-hidden="true">
        {ORDER.map((s) =>
          counts[s] > 0 ? (
            <span key={s} className={styles[s]} style={{flexGrow: counts[s]}} data-state={s} />
          ) : null,
        )}
      </span>
    </span>
  );
}
