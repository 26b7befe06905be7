import type * as Scheduler from './scheduler';
import {loadOnce} from '@site/shared/loadOnce';
import {progressStore, type ProgressStore} from './store';
import {countsInSchedule, type PracticeMode} from './practice';
import {EMPTY_PROGRESS, type GradeValue, type StoredCard} from './schema';

type SchedulerModule = typeof Scheduler;

/** Loads the scheduler (ts-fsrs) once; call early (when an answer is revealed) to hide the delay. */
export const loadScheduler: () => Promise<SchedulerModule> = loadOnce(() => import('./scheduler'));

export type GradeOutcome = {readonly card: StoredCard; readonly saved: boolean};

/** Records the reader's grade for a question and schedules its next review. */
export async function gradeQuestion(
  id: string,
  grade: GradeValue,
  now: Date = new Date(),
  store: ProgressStore = progressStore,
): Promise<GradeOutcome> {
  const {schedule} = await loadScheduler();
  let card: StoredCard | undefined;
  const saved = store.update((data) => {
    card = schedule(data.cards[id], grade, now);
    return {...data, cards: {...data.cards, [id]: card}};
  });
  return {card: card!, saved};
}

export type PracticeOutcome = GradeOutcome & {
  /** Whether the grade changed the review schedule, or was recorded as the last grade only. */
  readonly scheduled: boolean;
};

/** Records a practice grade under the schedule rule of practice.ts. */
export async function practiseQuestion(
  id: string,
  grade: GradeValue,
  mode: PracticeMode,
  now: Date = new Date(),
  store: ProgressStore = progressStore,
): Promise<PracticeOutcome> {
  const {schedule} = await loadScheduler();
  let card: StoredCard | undefined;
  let scheduled = false;
  const saved = store.update((data) => {
    const current = data.cards[id];
    scheduled = countsInSchedule(current, now.getTime(), mode);
    card = scheduled || !current ? schedule(current, grade, now) : {...current, last_grade: grade};
    return {...data, cards: {...data.cards, [id]: card}};
  });
  return {card: card!, saved, scheduled};
}

/** Forgets every grade (after the reader confirmed). */
export function resetProgress(store: ProgressStore = progressStore): boolean {
  return store.update(() => EMPTY_PROGRESS);
}

/** Records that the reader's code passed an exercise's tests; the first pass is kept. */
export function recordExercisePassed(
  id: string,
  now: Date = new Date(),
  store: ProgressStore = progressStore,
): boolean {
  return store.update((data) =>
    data.exercises[id]
      ? data
      : {...data, exercises: {...data.exercises, [id]: {passedAt: now.toISOString()}}},
  );
}
