import {useCallback, useRef, useState} from 'react';
import {practiseQuestion} from '@site/src/progress/actions';
import type {PracticeMode} from '@site/src/progress/practice';
import type {GradeValue} from '@site/src/progress/schema';
import {labelOf} from '@site/src/study/GradeButtons';

export type PracticeResult = {readonly grade: GradeValue; readonly scheduled: boolean};

/** A practice session's progress through its queue: the position, the grades given, what to announce. */
export function usePracticeGrading(mode: PracticeMode) {
  const [index, setIndex] = useState(0);
  const [results, setResults] = useState<readonly PracticeResult[]>([]);
  const [announcement, setAnnouncement] = useState('');
  // Increases with every move: the next card (or the summary) then takes the focus.
  const [focusToken, setFocusToken] = useState(0);
  // A second key press while a grade is being saved must not grade twice.
  const saving = useRef(false);

  const grade = useCallback(
    async (id: string, value: GradeValue): Promise<void> => {
      if (saving.current) return;
      saving.current = true;
      try {
        const outcome = await practiseQuestion(id, value, mode);
        setResults((r) => [...r, {grade: value, scheduled: outcome.scheduled}]);
        setAnnouncement(
          `Saved: ${labelOf(value)}${outcome.scheduled ? '' : ', as practice: the review date is unchanged'}.`,
        );
        setIndex((i) => i + 1);
        setFocusToken((t) => t + 1);
      } finally {
        saving.current = false;
      }
    },
    [mode],
  );

  const skip = useCallback(() => {
    setAnnouncement('Skipped.');
    setIndex((i) => i + 1);
    setFocusToken((t) => t + 1);
  }, []);

  const restart = useCallback(() => {
    setIndex(0);
    setResults([]);
    setAnnouncement('');
    setFocusToken((t) => t + 1);
  }, []);

  return {index, results, announcement, focusToken, grade, skip, restart};
}
