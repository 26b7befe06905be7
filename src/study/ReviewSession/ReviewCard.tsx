import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import MDXContent from '@theme/MDXContent';
import {CardRequestContext, type StudyMode} from '@site/src/questions/QuestionList/context';
import type {QuestionsLoader} from '@site/src/chapters';
import {formatDuration, type DueItem} from '@site/src/progress/derive';
import {useChapterQuestions} from './useChapterQuestions';
import styles from './styles.module.css';

type Props = {
  readonly item: DueItem;
  readonly loader: QuestionsLoader | undefined;
  readonly study: StudyMode;
  readonly now: number;
  /** Puts the question off until the end of the session, e.g. one whose answer is not written yet. */
  readonly onSkip: () => void;
};

/** One due question, rendered by its own chapter's question list, with a link back to it there. */
export default function ReviewCard({item, loader, study, now, onSkip}: Props): ReactNode {
  const questions = useChapterQuestions(loader);
  const overdue = now - item.due;
  return (
    <article
      className={styles.card}
      aria-label={`Question ${item.position} of chapter ${item.chapter.number}`}>
      <p className={styles.cardMeta}>
        Chapter {item.chapter.number}: {item.chapter.title} · question {item.position}
        {overdue >= 60_000 && ` · due ${formatDuration(overdue)} ago`}
      </p>
      {questions.status === 'ready' && (
        <CardRequestContext.Provider value={study}>
          <MDXContent>
            <questions.Component />
          </MDXContent>
        </CardRequestContext.Provider>
      )}
      {questions.status === 'loading' && <p className={styles.loading}>Loading the question…</p>}
      {questions.status === 'error' && (
        <p role="alert">
          This chapter&apos;s questions did not load.{' '}
          <button type="button" className="button button--sm button--secondary" onClick={questions.retry}>
            Try again
          </button>
        </p>
      )}
      <p className={styles.cardFooter}>
        <span className={styles.keys}>
          Keys: <kbd>Space</kbd> or <kbd>Enter</kbd> shows the answer; <kbd>1</kbd> Again, <kbd>2</kbd> Hard,{' '}
          <kbd>3</kbd> Good, <kbd>4</kbd> Easy.
        </span>
        <span className={styles.cardActions}>
          <button type="button" className="button button--sm button--secondary" onClick={onSkip}>
            Skip for now
          </button>
          <Link to={`${item.chapter.permalink}#${item.id}`}>See it in the chapter</Link>
        </span>
      </p>
    </article>
  );
}
