import React, {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {QuestionIndexData} from '@site/plugins/question-index';
import {useStudyKeys} from '@site/src/components/GradeButtons/useStudyKeys';
import type {StudyMode} from '@site/src/components/QuestionList/context';
import type {QuestionsLoader} from '@site/src/data/chapterQuestions';
import {loadScheduler} from '@site/src/progress/actions';
import {useNow} from '@site/src/progress/clock';
import {
  endOfDay,
  formatDueIn,
  LEARN_AHEAD_MS,
  nextDueAfter,
  reviewQueue,
  type ChapterRef,
} from '@site/src/progress/derive';
import {GRADES, type GradeValue} from '@site/src/progress/schema';
import {useProgress} from '@site/src/progress/store';
import ReviewCard from './ReviewCard';
import {useGrading} from './useGrading';
import styles from './styles.module.css';

type Props = {
  /** Each chapter's questions partial by chapter number (src/data/chapterQuestions.ts). */
  readonly loaders: Readonly<Record<number, QuestionsLoader>>;
};

const GRADE_FAILED =
  'Could not record the grade: the scheduler did not load. Check the connection and try again.';

/** `?chapter=3` → 3, if there is such a chapter. */
export function chapterFilter(search: string, chapters: readonly ChapterRef[]): number | null {
  const n = Number(new URLSearchParams(search).get('chapter'));
  return chapters.some((c) => c.number === n) ? n : null;
}

function sessionSummary(grades: readonly GradeValue[]): string {
  const parts = GRADES.map((g) => ({n: grades.filter((x) => x === g.value).length, label: g.label}))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} ${x.label}`);
  return `You reviewed ${grades.length} ${grades.length === 1 ? 'question' : 'questions'}: ${parts.join(', ')}.`;
}

/**
 * The review queue: questions due now across all chapters (or one), one card at a time, scheduled
 * by FSRS. Keyboard: Space or Enter shows the answer, 1–4 grade it.
 */
export default function ReviewSession({loaders}: Props): ReactNode {
  const {chapters} = usePluginData('question-index') as QuestionIndexData;
  const {ready, data} = useProgress();
  const now = useNow();
  const {search} = useLocation();
  const history = useHistory();
  const filterId = useId();
  const filter = chapterFilter(search, chapters);
  const selected = useMemo(
    () => (filter === null ? chapters : chapters.filter((c) => c.number === filter)),
    [chapters, filter],
  );

  const {lastGraded, reviewed, announcement, focusToken, skipped, grade, skip, unskipAll, forgetLast} =
    useGrading();
  const [revealed, setRevealed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  // The reader is here to grade: fetch the scheduler while they read the first question.
  useEffect(() => {
    loadScheduler().catch(() => undefined);
  }, []);

  const active = ready && now !== null;
  const due = active ? reviewQueue(selected, data.cards, now) : [];
  // Once the reader has started, a question in its learning steps comes back early rather than
  // leaving them to wait; before that, only what is really due is offered.
  const queue =
    active && due.length === 0 && reviewed.length > 0
      ? reviewQueue(selected, data.cards, now, LEARN_AHEAD_MS)
      : due;
  // The question just graded may still be due (a learning step): show another one first if any.
  // Skipped questions wait until the reader asks for them again.
  const waiting = queue.filter((i) => !skipped.has(i.id));
  const current = waiting.find((i) => i.id !== lastGraded) ?? waiting[0] ?? null;
  const skippedHere = queue.length - waiting.length;
  const currentId = current?.id ?? null;

  // A new card starts with its answer hidden.
  const [shownId, setShownId] = useState<string | null>(currentId);
  if (shownId !== currentId) {
    setShownId(currentId);
    setRevealed(false);
  }

  const study: StudyMode | null = currentId
    ? {kind: 'card', currentId, revealed, focusToken, setRevealed, grade}
    : null;

  useStudyKeys(study !== null, {
    revealed,
    onReveal: () => setRevealed(true),
    onGrade: (value) => {
      if (!currentId) return;
      setError(null);
      grade(currentId, value).catch(() => setError(GRADE_FAILED));
    },
  });

  // Finishing the queue moves the focus to the summary, as moving to a next card would.
  useEffect(() => {
    if (focusToken > 0 && !currentId) doneRef.current?.focus();
  }, [focusToken, currentId]);

  const setFilter = (value: string) => {
    history.replace({search: value ? `?chapter=${value}` : ''});
    forgetLast();
  };

  if (!active) {
    return (
      <p className={styles.loading} aria-busy="true">
        Loading your progress…
      </p>
    );
  }

  const laterToday = selected
    .flatMap((c) => c.questionIds)
    .filter((id) => {
      const at = data.cards[id] ? Date.parse(data.cards[id].due) : NaN;
      return at > now && at <= endOfDay(now) && !queue.some((q) => q.id === id);
    }).length;
  const graded = selected.reduce((n, c) => n + c.questionIds.filter((id) => data.cards[id]).length, 0);
  const nextDue = nextDueAfter(selected, data.cards, now);

  return (
    <section className={styles.session} aria-label="Review session">
      <div className={styles.toolbar}>
        <div className={styles.filter}>
          <label htmlFor={filterId}>Chapter</label>
          <select id={filterId} value={filter ?? ''} onChange={(e) => setFilter(e.target.value)}>
            <option value="">All chapters</option>
            {chapters.map((c) => {
              const dueHere = reviewQueue([c], data.cards, now).length;
              return (
                <option key={c.number} value={c.number}>
                  {`${c.number}. ${c.title}${dueHere > 0 ? ` (${dueHere} due)` : ''}`}
                </option>
              );
            })}
          </select>
        </div>
        <p className={styles.counts}>
          <strong>{due.length} due now</strong>
          {queue.length > due.length && ` · reviewing ahead of time`}
          {laterToday > 0 && ` · ${laterToday} more later today`}
          {reviewed.length > 0 && ` · ${reviewed.length} reviewed`}
        </p>
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      {current && study ? (
        <ReviewCard
          item={current}
          loader={loaders[current.chapter.number]}
          study={study}
          now={now}
          onSkip={() => skip(current.id)}
        />
      ) : (
        <div className={styles.done}>
          <Heading as="h2" ref={doneRef} tabIndex={-1} className={styles.doneHeading}>
            {reviewed.length > 0 || skippedHere > 0 ? 'Review done for now' : 'Nothing to review now'}
          </Heading>
          {reviewed.length > 0 && <p>{sessionSummary(reviewed)}</p>}
          {skippedHere > 0 && (
            <p>
              You skipped {skippedHere} {skippedHere === 1 ? 'question' : 'questions'}.{' '}
              <button type="button" className="button button--sm button--secondary" onClick={unskipAll}>
                Show {skippedHere === 1 ? 'it' : 'them'} again
              </button>
            </p>
          )}
          {graded === 0 ? (
            <p>
              Questions come here once you have graded them: open a{' '}
              {filter === null ? 'chapter' : <Link to={selected[0]!.permalink}>chapter</Link>}, show an answer
              and say how well you knew it.
            </p>
          ) : (
            nextDue !== null && <p>The next question is due {formatDueIn(nextDue, now)}.</p>
          )}
          <p>
            <Link to="/">Back to the chapters and your progress</Link>
          </p>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
