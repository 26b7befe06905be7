import React, {useEffect, useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {gradeQuestion, loadScheduler} from '@site/src/progress/actions';
import {useNow} from '@site/src/progress/clock';
import {formatDuration, formatDueIn} from '@site/src/progress/derive';
import {GRADES, type GradeValue, type StoredCard} from '@site/src/progress/schema';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

type Props = {
  readonly id: string;
  /** In a quiz or a review the owner records the grade and moves on; without it, the grade is saved here. */
  readonly onGrade?: (grade: GradeValue) => Promise<void>;
  /** Shows the 1–4 keys, where the owner listens for them. */
  readonly showShortcuts?: boolean;
};

type Preview = Readonly<Record<GradeValue, number>>;

/** When each grade would bring the question back, once the scheduler has loaded. */
function usePreview(card: StoredCard | undefined, now: number | null): Preview | null {
  const [scheduler, setScheduler] = useState<Awaited<ReturnType<typeof loadScheduler>> | null>(null);
  useEffect(() => {
    let live = true;
    loadScheduler().then(
      (m) => live && setScheduler(m),
      // The buttons work without the preview; a failed load is reported when the reader grades.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return scheduler && now !== null ? scheduler.previewDue(card, new Date(now)) : null;
}

export const labelOf = (grade: GradeValue): string => GRADES.find((g) => g.value === grade)!.label;

/** "How well did you know it?": Again / Hard / Good / Easy, shown under a revealed answer. */
export default function GradeButtons({id, onGrade, showShortcuts = false}: Props): ReactNode {
  const promptId = useId();
  const {data} = useProgress();
  const now = useNow();
  const livePreview = usePreview(data.cards[id], now);
  // Once graded, the buttons keep the intervals the reader chose from: recomputed from the new
  // card they would all change under the reader's finger, as if nothing had been recorded.
  const [chosen, setChosen] = useState<{readonly grade: GradeValue; readonly preview: Preview | null} | null>(
    null,
  );
  const preview = chosen ? chosen.preview : livePreview;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{readonly error: boolean; readonly text: string} | null>(null);

  const grade = async (value: GradeValue) => {
    setBusy(true);
    setStatus(null);
    const frozen = preview;
    try {
      if (onGrade) {
        await onGrade(value);
      } else {
        const at = new Date();
        const {card, saved} = await gradeQuestion(id, value, at);
        const next = `Next review ${formatDueIn(Date.parse(card.due), at.getTime())}.`;
        setStatus(
          saved
            ? {error: false, text: `Saved: ${labelOf(value)}. ${next}`}
            : {error: true, text: `Graded ${labelOf(value)}, but this browser did not save it. ${next}`},
        );
        setChosen({grade: value, preview: frozen});
      }
    } catch {
      setStatus({
        error: true,
        text: 'Could not record the grade: the scheduler did not load. Check the connection and try again.',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.grades}>
      <p id={promptId} className={styles.prompt}>
        How well did you know it?
      </p>
      <div role="group" aria-labelledby={promptId} className={styles.buttons}>
        {GRADES.map((g) => (
          <button
            key={g.value}
            type="button"
            className={clsx(
              styles.button,
              styles[g.label.toLowerCase()],
              chosen?.grade === g.value && styles.chosen,
            )}
            title={g.hint}
            aria-pressed={chosen ? chosen.grade === g.value : undefined}
            aria-keyshortcuts={showShortcuts ? String(g.value) : undefined}
            disabled={busy}
            onClick={() => void grade(g.value)}>
            {showShortcuts && (
              <kbd className={styles.key} aria-hidden="true">
                {g.value}
              </kbd>
            )}
            <span className={styles.label}>
              {chosen?.grade === g.value && <span aria-hidden="true">✓ </span>}
              {g.label}
            </span>
            {/* The meaning in words where there is no hover to show the title: touch screens. */}
            <span className={styles.hint} aria-hidden="true">
              {g.hint}
            </span>
            {preview && now !== null && (
              <span className={styles.interval}>{formatDuration(preview[g.value] - now)}</span>
            )}
          </button>
        ))}
      </div>
      <p role="status" className={clsx(styles.status, status?.error && styles.error)}>
        {status?.text}
      </p>
    </div>
  );
}
