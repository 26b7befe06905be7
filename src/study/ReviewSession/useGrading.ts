import {useCallback, useRef, useState} from 'react';
import {labelOf} from '@site/src/study/GradeButtons';
import {gradeQuestion} from '@site/src/progress/actions';
import {formatDueIn} from '@site/src/progress/derive';
import type {GradeValue} from '@site/src/progress/schema';

export type Grading = {
  /** The question graded last: while others are due, it does not come straight back. */
  readonly lastGraded: string | null;
  readonly reviewed: readonly GradeValue[];
  /** What the last grade did, for the live region. */
  readonly announcement: string;
  /** Increases with every grade: the next card (or the summary) then takes the focus. */
  readonly focusToken: number;
  /** Questions the reader put off in this session: they come after the others. */
  readonly skipped: ReadonlySet<string>;
  readonly grade: (id: string, value: GradeValue) => Promise<void>;
  readonly skip: (id: string) => void;
  readonly unskipAll: () => void;
  readonly forgetLast: () => void;
};

/** Grades (or skips) review cards one at a time and keeps the session's record. */
export function useGrading(): Grading {
  const [lastGraded, setLastGraded] = useState<string | null>(null);
  const [reviewed, setReviewed] = useState<readonly GradeValue[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [focusToken, setFocusToken] = useState(0);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  // A second key press while a grade is being saved must not grade twice.
  const saving = useRef(false);

  const grade = useCallback(async (id: string, value: GradeValue) => {
    if (saving.current) return;
    saving.current = true;
    try {
      const at = new Date();
      const {card, saved} = await gradeQuestion(id, value, at);
      const next = `next review ${formatDueIn(Date.parse(card.due), at.getTime())}`;
      setAnnouncement(
        saved ? `Saved: ${labelOf(value)}, ${next}.` : `Graded ${labelOf(value)} but not saved, ${next}.`,
      );
      setLastGraded(id);
      setReviewed((r) => [...r, value]);
      setFocusToken((t) => t + 1);
    } finally {
      saving.current = false;
    }
  }, []);

  const skip = useCallback((id: string) => {
    setSkipped((s) => new Set(s).add(id));
    setAnnouncement('Skipped for now.');
    setFocusToken((t) => t + 1);
  }, []);
  const unskipAll = useCallback(() => {
    setSkipped(new Set());
    setFocusToken((t) => t + 1);
  }, []);
  const forgetLast = useCallback(() => setLastGraded(null), []);

  return {lastGraded, reviewed, announcement, focusToken, skipped, grade, skip, unskipAll, forgetLast};
}
