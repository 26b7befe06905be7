import {useEffect, useRef, useState, type RefObject} from 'react';
import {loadScheduler} from '@site/src/progress/actions';
import type {GradeValue} from '@site/src/progress/schema';
import type {StudyMode} from '@site/src/questions/QuestionList/context';
import {useStudyKeys} from '@site/src/study/useStudyKeys';

export const GRADE_FAILED =
  'Could not record the grade: the scheduler did not load. Check the connection and try again.';

type Options = {
  /** Identifies the card on screen; a new key hides the answer again. */
  readonly cardKey: string | number | null;
  /** The question on screen, null once the session is over. */
  readonly currentId: string | null;
  /** Changes when the session moves on (from the grading hook); 0 leaves the focus alone. */
  readonly focusToken: number;
  readonly grade: (id: string, grade: GradeValue) => Promise<void>;
};

export type CardSession = {
  readonly revealed: boolean;
  readonly setRevealed: (revealed: boolean) => void;
  readonly error: string | null;
  readonly setError: (error: string | null) => void;
  /** What the card's question list renders: null when no card is on screen. */
  readonly study: StudyMode | null;
  /** The heading of the end-of-session screen, which takes the focus when the last card is graded. */
  readonly doneRef: RefObject<HTMLHeadingElement | null>;
};

/**
 * What a review and a practice session share: one card at a time with its answer hidden until
 * asked for, Space/Enter and 1–4 from the keyboard, a grade that could not be saved said so, the
 * scheduler fetched while the reader reads, and the focus on the summary once the cards run out.
 */
export function useCardSession({cardKey, currentId, focusToken, grade}: Options): CardSession {
  const [revealed, setRevealed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  // The reader is here to grade: fetch the scheduler while they read the first question.
  useEffect(() => {
    loadScheduler().catch(() => undefined);
  }, []);

  // A new card starts with its answer hidden.
  const [shownKey, setShownKey] = useState(cardKey);
  if (shownKey !== cardKey) {
    setShownKey(cardKey);
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

  // Finishing the cards moves the focus to the summary, as moving to a next card would.
  const over = currentId === null;
  useEffect(() => {
    if (over && focusToken > 0) doneRef.current?.focus();
  }, [over, focusToken]);

  return {revealed, setRevealed, error, setError, study, doneRef};
}
