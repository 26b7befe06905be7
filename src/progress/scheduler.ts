import {createEmptyCard, fsrs, type Card, type Grade} from 'ts-fsrs';
import type {CardStateValue, GradeValue, StoredCard} from './schema';

/**
 * The only module that knows ts-fsrs. Chapter pages load it on demand (see actions.ts), because a
 * reader who never grades needs none of it.
 *
 * Default FSRS parameters (90 % target retention, 1 and 10 minute learning steps), with fuzz on so
 * that the ten questions graded together after a chapter do not all come back on the same day.
 */
const scheduler = fsrs({enable_fuzz: true});

export function toCard(stored: StoredCard | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
    // Deprecated in ts-fsrs 5 and not stored: the scheduler derives elapsed time from last_review.
    elapsed_days: 0,
  };
}

/** A ts-fsrs card as stored; the last grade, which ts-fsrs does not know, is carried over. */
export function toStored(card: Card & {readonly last_grade?: GradeValue}): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardStateValue,
    ...(card.last_review ? {last_review: card.last_review.toISOString()} : {}),
    ...(card.last_grade ? {last_grade: card.last_grade} : {}),
  };
}

/** The card after the reader grades it `grade` at `now`. */
export function schedule(stored: StoredCard | undefined, grade: GradeValue, now: Date): StoredCard {
  return {...toStored(scheduler.next(toCard(stored, now), now, grade as Grade).card), last_grade: grade};
}

/** When the card would next be due for each grade, to show on the grade buttons. */
export function previewDue(stored: StoredCard | undefined, now: Date): Readonly<Record<GradeValue, number>> {
  const preview = scheduler.repeat(toCard(stored, now), now);
  return {
    1: preview[1].card.due.getTime(),
    2: preview[2].card.due.getTime(),
    3: preview[3].card.due.getTime(),
    4: preview[4].card.due.getTime(),
  };
}
