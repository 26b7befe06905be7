import React, {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {recallLink} from '@site/shared/questionLanding';
import {useChapters} from '@site/src/chapters';
import ChapterProgress from '@site/src/study/ChapterProgress';
import {useNow} from '@site/src/progress/clock';
import {continueTarget, formatDueIn, reviewQueue} from '@site/src/progress/derive';
import {countStates} from '@site/src/progress/states';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

type Props = {
  /**
   * Which reader this place is for: a returning one sees "Your progress" first, above the hero; a new
   * one sees a line about progress further down.
   */
  readonly for: 'returning' | 'new';
};

/**
 * The landing page's "Your progress": overall counts, "Continue where you left off" to the next
 * question not yet graded (its answer closed), and the review queue. Browser-only; nothing shows
 * until mount.
 */
export default function ContinueStudy({for: reader}: Props): ReactNode {
  const chapters = useChapters();
  const {ready, data} = useProgress();
  const now = useNow();
  const nextId = useId();
  if (!ready || now === null) return null;

  const allIds = chapters.flatMap((c) => c.questionIds);
  const counts = countStates(allIds, data.cards, now);
  const returning = counts.new !== counts.total;
  if (returning !== (reader === 'returning')) return null;
  if (!returning) {
    return (
      <p className={styles.hint}>
        Grade yourself on a chapter&apos;s questions and this page will remember where you are. Studied here
        on another device? <Link to="/review#your-data">Import your progress</Link>.
      </p>
    );
  }
  const target = continueTarget(chapters, data.cards, now);
  const due = reviewQueue(chapters, data.cards, now).length;

  return (
    <section className={styles.panel} aria-labelledby="your-progress">
      <Heading as="h2" id="your-progress" className={styles.heading}>
        Your progress
      </Heading>
      <ChapterProgress counts={counts} />
      <div className={styles.actions}>
        {target?.kind === 'question' && (
          <Link
            className="button button--primary"
            to={recallLink(target.chapter.permalink, target.id)}
            aria-describedby={nextId}>
            Continue where you left off
          </Link>
        )}
        {due > 0 && (
          <Link
            className={target?.kind === 'question' ? 'button button--secondary' : 'button button--primary'}
            to="/review">
            Review {due} due {due === 1 ? 'question' : 'questions'}
          </Link>
        )}
      </div>
      {target?.kind === 'question' && (
        <p id={nextId} className={styles.next}>
          Next: chapter {target.chapter.number}, {target.chapter.title}, question {target.position}.
        </p>
      )}
      {target?.kind === 'done' && (
        <p className={styles.next}>
          You have graded every question.
          {target.nextDue !== null && ` The next review is due ${formatDueIn(target.nextDue, now)}.`}
        </p>
      )}
      <p className={styles.backup}>
        Progress stays in this browser.{' '}
        <Link to="/review#your-data">Back it up or move it to another device</Link>.
      </p>
    </section>
  );
}
