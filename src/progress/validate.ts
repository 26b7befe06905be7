import {applyIdMigrations, ID_MIGRATIONS} from './idMigrations';
import {migrate, MIGRATIONS, type Migration} from './migrations';
import {
  CardState,
  FORMAT,
  SCHEMA_VERSION,
  type ExerciseRecord,
  type ProgressData,
  type Problem,
  type StoredCard,
} from './schema';

export type ValidationResult =
  | {
      readonly ok: true;
      readonly data: ProgressData;
      /** The schema version the document was written with, before migration. */
      readonly fromVersion: number;
      readonly renamed: readonly (readonly [string, string])[];
    }
  | {readonly ok: false; readonly problems: readonly Problem[]};

export type ValidateOptions = {
  /** Exported files carry `exportedAt`; stored documents do not. */
  readonly allowExportedAt?: boolean;
  readonly migrations?: readonly Migration[];
  readonly target?: number;
  readonly idMap?: Readonly<Record<string, string>>;
};

// A date-time as JSON.stringify writes it, or with an explicit offset as a person might write it.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_ID_LENGTH = 200;
const STATE_NAMES = Object.entries(CardState)
  .map(([name, value]) => `${value} (${name.toLowerCase()})`)
  .join(', ');

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A short, readable rendering of an offending value. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (isRecord(v)) return 'an object';
  const json = JSON.stringify(v);
  return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

const cardPath = (id: string, field?: string) => `cards[${JSON.stringify(id)}]${field ? `.${field}` : ''}`;

type FieldCheck = (v: unknown) => string | null;

const isoDate: FieldCheck = (v) =>
  typeof v === 'string' && ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v))
    ? null
    : `expected a date and time in ISO 8601 form (like "2026-11-26T09:30:00.000Z"), got ${describeValue(v)}`;

const wholeNumber: FieldCheck = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0
    ? null
    : `expected a whole number ≥ 0, got ${describeValue(v)}`;

const between =
  (min: number, max: number): FieldCheck =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
      ? null
      : `expected a number from ${min} to ${max}, got ${describeValue(v)}`;

const gradeValue: FieldCheck = (v) =>
  v === 1 || v === 2 || v === 3 || v === 4 ? null : `expected a grade from 1 to 4, got ${describeValue(v)}`;

const cardState: FieldCheck = (v) =>
  (Object.values(CardState) as unknown[]).includes(v)
    ? null
    : `expected one of ${STATE_NAMES}, got ${describeValue(v)}`;

/** Every field of a stored card and its check; `optional` fields may be absent. */
const CARD_FIELDS: Readonly<Record<keyof StoredCard, {check: FieldCheck; optional?: boolean}>> = {
  due: {check: isoDate},
  // ts-fsrs bounds: stability up to S_MAX (36500 days), difficulty 1–10 (0 before the first review).
  stability: {check: between(0, 36500)},
  difficulty: {check: between(0, 10)},
  scheduled_days: {check: wholeNumber},
  learning_steps: {check: wholeNumber},
  reps: {check: wholeNumber},
  lapses: {check: wholeNumber},
  state: {check: cardState},
  last_review: {check: isoDate, optional: true},
  last_grade: {check: gradeValue, optional: true},
};

function checkCard(id: string, value: unknown, problems: Problem[]): void {
  if (!isRecord(value)) {
    problems.push({path: cardPath(id), problem: `expected an object, got ${describeValue(value)}`});
    return;
  }
  for (const [field, {check, optional}] of Object.entries(CARD_FIELDS)) {
    if (!(field in value)) {
      if (!optional) problems.push({path: cardPath(id, field), problem: 'missing'});
      continue;
    }
    const problem = check(value[field]);
    if (problem) problems.push({path: cardPath(id, field), problem});
  }
  for (const field of Object.keys(value)) {
    if (!(field in CARD_FIELDS)) problems.push({path: cardPath(id, field), problem: 'unknown field'});
  }
}

function checkId(id: string, what: 'question' | 'exercise' = 'question'): string | null {
  const a = what === 'exercise' ? 'an' : 'a';
  if (id.trim() === '') return `${a} ${what} id must not be empty`;
  if (id.length > MAX_ID_LENGTH) return `${a} ${what} id must be at most ${MAX_ID_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is rejected
  if (/[\s\u0000-\u001f]/.test(id)) return `${a} ${what} id must not contain spaces or control characters`;
  // Names like "__proto__" would reach Object.prototype when used as keys of a plain object.
  if (id in Object.prototype) return `"${id}" is a reserved name, not ${a} ${what} id`;
  return null;
}

const exercisePath = (id: string, field?: string) =>
  `exercises[${JSON.stringify(id)}]${field ? `.${field}` : ''}`;

function checkExercises(value: unknown, problems: Problem[]): void {
  if (!isRecord(value)) {
    problems.push({
      path: 'exercises',
      problem: `expected an object keyed by exercise id, got ${describeValue(value)}`,
    });
    return;
  }
  for (const [id, record] of Object.entries(value)) {
    const idProblem = checkId(id, 'exercise');
    if (idProblem) problems.push({path: exercisePath(id), problem: idProblem});
    if (!isRecord(record)) {
      problems.push({path: exercisePath(id), problem: `expected an object, got ${describeValue(record)}`});
      continue;
    }
    if (!('passedAt' in record)) problems.push({path: exercisePath(id, 'passedAt'), problem: 'missing'});
    else {
      const problem = isoDate(record.passedAt);
      if (problem) problems.push({path: exercisePath(id, 'passedAt'), problem});
    }
    for (const field of Object.keys(record)) {
      if (field !== 'passedAt') problems.push({path: exercisePath(id, field), problem: 'unknown field'});
    }
  }
}

/**
 * Checks a parsed JSON document (from storage or from an imported file) against the schema, after
 * migrating it from older versions. Returns either clean data with old question ids moved to their
 * current ones, or every problem found, each with the path where it is. Nothing is changed.
 */
export function validateProgress(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const {
    allowExportedAt = false,
    migrations = MIGRATIONS,
    target = SCHEMA_VERSION,
    idMap = ID_MIGRATIONS,
  } = options;
  if (!isRecord(value)) {
    return {
      ok: false,
      problems: [{path: '(top level)', problem: `expected an object, got ${describeValue(value)}`}],
    };
  }
  // Someone else's data: say so once rather than list every field that differs.
  if (value.format !== FORMAT) {
    const problem =
      value.format === undefined
        ? `missing: this is not progress saved by this guide (expected "format": "${FORMAT}")`
        : `expected "${FORMAT}", got ${describeValue(value.format)}: this is not progress saved by this guide`;
    return {ok: false, problems: [{path: 'format', problem}]};
  }
  const migrated = migrate(value, migrations, target);
  if (!migrated.ok) return {ok: false, problems: [migrated.problem]};
  const doc = migrated.doc;

  const problems: Problem[] = [];
  const allowed = new Set([
    'format',
    'version',
    'cards',
    'exercises',
    ...(allowExportedAt ? ['exportedAt'] : []),
  ]);
  for (const key of Object.keys(doc)) {
    if (!allowed.has(key)) problems.push({path: key, problem: 'unknown field'});
  }
  if (allowExportedAt && 'exportedAt' in doc) {
    const problem = isoDate(doc.exportedAt);
    if (problem) problems.push({path: 'exportedAt', problem});
  }
  if (!('cards' in doc)) {
    problems.push({path: 'cards', problem: 'missing'});
  } else if (!isRecord(doc.cards)) {
    problems.push({
      path: 'cards',
      problem: `expected an object keyed by question id, got ${describeValue(doc.cards)}`,
    });
  } else {
    for (const [id, card] of Object.entries(doc.cards)) {
      const idProblem = checkId(id);
      if (idProblem) problems.push({path: cardPath(id), problem: idProblem});
      checkCard(id, card, problems);
    }
  }
  if (!('exercises' in doc)) problems.push({path: 'exercises', problem: 'missing'});
  else checkExercises(doc.exercises, problems);
  if (problems.length > 0) return {ok: false, problems};

  const {cards, renamed} = applyIdMigrations(doc.cards as Record<string, StoredCard>, idMap);
  return {
    ok: true,
    data: {
      format: FORMAT,
      version: SCHEMA_VERSION,
      cards,
      exercises: doc.exercises as Record<string, ExerciseRecord>,
    },
    fromVersion: migrated.from,
    renamed,
  };
}

/** JSON text → validated data. A syntax error is reported like any other problem. */
export function parseProgress(text: string, options: ValidateOptions = {}): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {ok: false, problems: [{path: '(top level)', problem: `not valid JSON: ${detail}`}]};
  }
  return validateProgress(value, options);
}
