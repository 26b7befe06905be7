import React, {useCallback, useMemo, useState, type ReactNode} from 'react';
import {useProgress} from '@site/src/progress/store';
import {recordExercisePassed} from '@site/src/progress/actions';
import {ExerciseBlockContext, type RenderExerciseBlock} from './context';
import Workbench from './Workbench';
import styles from './styles.module.css';

type Props = {
  /** Stable forever: it keys the reader's record of passing the exercise. */
  readonly id: string;
  readonly title: string;
  readonly hint?: string;
  /** The three blocks' code, added by plugins/remark-exercise from the fenced blocks inside. */
  readonly stub: string;
  readonly tests: string;
  readonly solution: string;
  /** The task in Markdown, and the stub, tests and solution blocks. */
  readonly children: ReactNode;
};

/**
 * A lab exercise: the task, the stub in an editor, the visible tests, a Check button that runs the
 * tests against the reader's code in the Python worker, a hint and the solution on request. A pass
 * is saved in the reader's progress (src/progress: `exercises`).
 */
export default function Exercise({id, title, hint, stub, tests, children}: Props): ReactNode {
  const {ready, data} = useProgress();
  const passed = ready ? data.exercises[id] : undefined;
  const [saveFailed, setSaveFailed] = useState(false);
  const onPassed = useCallback(() => setSaveFailed(!recordExercisePassed(id)), [id]);

  const renderBlock = useMemo<RenderExerciseBlock>(
    () => (part, staticBlock) => {
      if (part === 'stub')
        return <Workbench id={id} stub={stub} tests={tests} staticBlock={staticBlock} onPassed={onPassed} />;
      if (part === 'tests')
        return (
          <div className={styles.tests}>
            <p className={styles.label}>The tests your code must pass</p>
            {staticBlock}
          </div>
        );
      return (
        <details className={styles.reveal}>
          <summary>Show the solution</summary>
          {staticBlock}
        </details>
      );
    },
    [id, onPassed, stub, tests],
  );

  return (
    <section
      className={styles.exercise}
      id={`exercise-${id}`}
      aria-labelledby={`exercise-${id}-title`}
      data-exercise={id}>
      <p className={styles.title} id={`exercise-${id}-title`}>
        Exercise: {title}
        {passed && (
          <span className={styles.badge} data-exercise-passed="">
            Passed on {passed.passedAt.slice(0, 10)}
          </span>
        )}
      </p>
      <ExerciseBlockContext.Provider value={renderBlock}>{children}</ExerciseBlockContext.Provider>
      {hint && (
        <details className={styles.reveal}>
          <summary>Show a hint</summary>
          <p>{hint}</p>
        </details>
      )}
      {saveFailed && (
        <p className={styles.failed} role="alert">
          Passed, but this browser did not save it (storage is unavailable or full).
        </p>
      )}
    </section>
  );
}
