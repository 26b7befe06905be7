import React, {useEffect, useRef, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import {GRADES} from '@site/src/progress/schema';
import NextSteps from '@site/src/study/NextSteps';
import type {Quiz, QuizResult} from './useQuiz';
import styles from './styles.module.css';

type Props = {
  readonly quiz: Quiz;
  /** Question text by id, for the summary. */
  readonly titles: Readonly<Record<string, string>>;
  readonly error: string | null;
  /** The chapter's number, for the next steps after the quiz. */
  readonly chapter?: number;
};

const resultLabel = (r: QuizResult | undefined): string =>
  r === undefined || r === 'skipped' ? 'Skipped' : GRADES.find((g) => g.value === r)!.label;

function Summary({quiz, titles, chapter}: Props): ReactNode {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const graded = quiz.order.filter((id) => quiz.results[id] !== 'skipped' && quiz.results[id] !== undefined);
  const byGrade = GRADES.map((g) => ({
    label: g.label,
    n: graded.filter((id) => quiz.results[id] === g.value).length,
  }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} ${x.label}`);
  const skipped = quiz.order.length - graded.length;
  return (
    <div className={styles.quizSummary}>
      <Heading as="h3" ref={headingRef} tabIndex={-1} className={styles.quizHeading}>
        Quiz finished
      </Heading>
      <p>
        You graded {graded.length} of {quiz.order.length} questions
        {byGrade.length > 0 ? `: ${byGrade.join(', ')}` : ''}
        {skipped > 0 ? `; ${skipped} skipped` : ''}.
      </p>
      <ol className={styles.quizResults}>
        {quiz.order.map((id) => (
          <li key={id}>
            <span>{titles[id]}</span>{' '}
            <strong className={styles.quizResult}>{resultLabel(quiz.results[id])}</strong>
          </li>
        ))}
      </ol>
      <div className={styles.controls}>
        <button type="button" className="button button--sm button--primary" onClick={quiz.start}>
          Quiz me again
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={quiz.exit}>
          Back to the list
        </button>
      </div>
      <NextSteps after={chapter} />
    </div>
  );
}

/** The quiz's controls above the one question on screen, or the summary at the end. */
export default function QuizBar(props: Props): ReactNode {
  const {quiz, error} = props;
  if (quiz.finished) return <Summary {...props} />;
  return (
    <div className={styles.quizBar}>
      <p className={styles.quizStatus} role="status">
        Quiz: question {quiz.index + 1} of {quiz.total}
      </p>
      <p className={styles.quizHint}>
        Think of your answer, then show it and grade yourself.
        {/* Keys only where there is likely a keyboard: not on touch screens. */}
        <span className={styles.keyHint}>
          {' '}
          Keys: <kbd>Space</kbd> shows the answer, <kbd>1</kbd>–<kbd>4</kbd> grade it, <kbd>Esc</kbd> leaves
          the quiz.
        </span>
      </p>
      {error && (
        <p className={styles.quizError} role="alert">
          {error}
        </p>
      )}
      <div className={styles.controls}>
        <button type="button" className="button button--sm button--secondary" onClick={quiz.skip}>
          Skip
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={quiz.exit}>
          Leave the quiz
        </button>
      </div>
    </div>
  );
}
