import {useCallback, useMemo, useRef, useState} from 'react';
import {gradeQuestion} from '@site/src/progress/actions';
import type {GradeValue} from '@site/src/progress/schema';
import type {StudyMode} from './context';

export type QuizResult = GradeValue | 'skipped';

type State = {
  readonly order: readonly string[];
  readonly index: number;
  readonly revealed: boolean;
  readonly results: Readonly<Record<string, QuizResult>>;
  readonly focusToken: number;
};

export type Quiz = {
  readonly active: boolean;
  readonly finished: boolean;
  /** 0-based position of the question on screen. */
  readonly index: number;
  readonly total: number;
  readonly order: readonly string[];
  readonly results: Readonly<Record<string, QuizResult>>;
  readonly study: StudyMode | null;
  readonly start: () => void;
  readonly skip: () => void;
  readonly exit: () => void;
};

/** A chapter quiz: the given questions one at a time, read, reveal, grade, next, then a summary. */
export function useQuiz(ids: readonly string[]): Quiz {
  const [state, setState] = useState<State | null>(null);
  // One grade at a time: a second key press while the first is saving must not grade twice.
  const saving = useRef(false);

  const advance = useCallback((id: string, result: QuizResult) => {
    setState((s) =>
      s && s.order[s.index] === id
        ? {
            ...s,
            index: s.index + 1,
            revealed: false,
            results: {...s.results, [id]: result},
            focusToken: s.focusToken + 1,
          }
        : s,
    );
  }, []);

  const setRevealed = useCallback((revealed: boolean) => setState((s) => s && {...s, revealed}), []);

  const grade = useCallback(
    async (id: string, value: GradeValue) => {
      if (saving.current) return;
      saving.current = true;
      try {
        await gradeQuestion(id, value);
        advance(id, value);
      } finally {
        saving.current = false;
      }
    },
    [advance],
  );

  const start = useCallback(
    () => setState({order: ids, index: 0, revealed: false, results: {}, focusToken: 1}),
    [ids],
  );
  const exit = useCallback(() => setState(null), []);
  const skip = useCallback(() => {
    const id = state?.order[state.index];
    if (id) advance(id, 'skipped');
  }, [state, advance]);

  const finished = state !== null && state.index >= state.order.length;
  const study = useMemo<StudyMode | null>(
    () =>
      state && {
        kind: 'quiz',
        currentId: state.order[state.index] ?? null,
        revealed: state.revealed,
        focusToken: state.focusToken,
        setRevealed,
        grade,
      },
    [state, setRevealed, grade],
  );

  return {
    active: state !== null,
    finished,
    index: state?.index ?? 0,
    total: state?.order.length ?? 0,
    order: state?.order ?? [],
    results: state?.results ?? {},
    study,
    start,
    skip,
    exit,
  };
}
