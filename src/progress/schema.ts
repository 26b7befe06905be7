/**
 * The reader's saved progress: one JSON document under one localStorage key, the same shape in
 * storage and in an exported file. Any change to this shape bumps SCHEMA_VERSION and adds a step
 * to MIGRATIONS (migrations.ts), so data saved by an older version of the site is never lost.
 */

export const STORAGE_KEY = 'mai10.progress';
/** Data that could not be read is moved to `${KEPT_PREFIX}<milliseconds since epoch>`, never deleted. */
export const KEPT_PREFIX = 'mai10.progress.corrupt.';
/** Marks our documents, so that someone else's JSON under our key or in an imported file is recognised. */
export const FORMAT = 'mastering-ai-10-progress';
export const SCHEMA_VERSION = 3;

/** FSRS card states, numbered as ts-fsrs' `State` enum (tests/unit/scheduler.test.ts checks they match). */
export const CardState = {New: 0, Learning: 1, Review: 2, Relearning: 3} as const;
export type CardStateValue = (typeof CardState)[keyof typeof CardState];

/** The reader's self-grades, numbered as ts-fsrs' `Rating` (1 Again … 4 Easy). */
export const GRADES = [
  {value: 1, label: 'Again', hint: 'I did not know it'},
  {value: 2, label: 'Hard', hint: 'I knew it with difficulty'},
  {value: 3, label: 'Good', hint: 'I knew it'},
  {value: 4, label: 'Easy', hint: 'I knew it at once'},
] as const;
export type GradeValue = (typeof GRADES)[number]['value'];

/**
 * A ts-fsrs card as plain JSON: dates as ISO 8601 strings. `elapsed_days` is left out on purpose:
 * ts-fsrs 5 deprecates it and computes elapsed time from `last_review`.
 */
export type StoredCard = {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: CardStateValue;
  readonly last_review?: string;
  /**
   * The reader's latest grade of the question, in a review, the chapter or practice (schema 3):
   * practice can offer "only the questions last graded Again or Hard". FSRS itself does not keep it.
   */
  readonly last_grade?: GradeValue;
};

/** A lab exercise the reader has solved (schema 2): when its tests first all passed. */
export type ExerciseRecord = {
  readonly passedAt: string;
};

export type ProgressData = {
  readonly format: typeof FORMAT;
  readonly version: typeof SCHEMA_VERSION;
  /** Keyed by question id (the `id` of a <Question>). A question never graded has no entry. */
  readonly cards: Readonly<Record<string, StoredCard>>;
  /** Keyed by exercise id (the `id` of an <Exercise>). An exercise never passed has no entry. */
  readonly exercises: Readonly<Record<string, ExerciseRecord>>;
};

/** An exported file: the stored document plus when it was written. */
export type ExportFile = ProgressData & {readonly exportedAt: string};

export const EMPTY_PROGRESS: ProgressData = {
  format: FORMAT,
  version: SCHEMA_VERSION,
  cards: {},
  exercises: {},
};

/** One precise problem found in stored or imported data: where, and what is wrong there. */
export type Problem = {readonly path: string; readonly problem: string};
