import {SCHEMA_VERSION, type Problem} from './schema';

/**
 * One step of the stored schema's history: turns a document of version `from` into one of
 * version `from + 1`. The runner sets the new version number, so a step only reshapes data.
 */
export type Migration = {
  readonly from: number;
  /** What changed, for the person reading the code in five years. */
  readonly describe: string;
  readonly up: (doc: Readonly<Record<string, unknown>>) => Record<string, unknown>;
};

/**
 * Every schema change since version 1 (the first published schema), oldest first. To change the
 * shape of ProgressData, bump SCHEMA_VERSION in schema.ts and append `{from: <old version>,
 * describe, up}` here (tests/unit/progressValidate.test.ts checks the chain).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'Adds `exercises` (lab exercises passed, by exercise id); nobody had passed one yet.',
    up: (doc) => ({...doc, exercises: {}}),
  },
  {
    from: 2,
    describe:
      'Cards may carry last_grade (1–4), the latest grade given; older cards have none, which reads as unknown.',
    // Nothing to reshape: the field is optional, and a grade given before it existed is not known.
    up: (doc) => ({...doc}),
  },
];

export type MigrationResult =
  | {readonly ok: true; readonly doc: Record<string, unknown>; readonly from: number}
  | {readonly ok: false; readonly problem: Problem};

/** Brings a document of any known version up to `target`, one step at a time. */
export function migrate(
  doc: Readonly<Record<string, unknown>>,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  const version = doc.version;
  if (version === undefined) return {ok: false, problem: {path: 'version', problem: 'missing'}};
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      problem: {
        path: 'version',
        problem: `expected a whole number of 1 or more, got ${JSON.stringify(version)}`,
      },
    };
  }
  if (version > target) {
    return {
      ok: false,
      problem: {
        path: 'version',
        problem: `written by a newer version of this guide (schema ${version}); this one reads schema ${target} and older`,
      },
    };
  }
  let current: Record<string, unknown> = {...doc};
  for (let v = version; v < target; v += 1) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return {ok: false, problem: {path: 'version', problem: `no migration from schema ${v}`}};
    try {
      current = {...step.up(current), version: v + 1};
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return {
        ok: false,
        problem: {path: 'version', problem: `migration from schema ${v} failed: ${message}`},
      };
    }
  }
  return {ok: true, doc: current, from: version};
}
