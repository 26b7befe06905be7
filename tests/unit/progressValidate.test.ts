import {migrate, MIGRATIONS, type Migration} from '@site/src/progress/migrations';
import {FORMAT, SCHEMA_VERSION} from '@site/src/progress/schema';
import {parseProgress, validateProgress} from '@site/src/progress/validate';
import {progress, reviewCard} from './progressFixtures';

const CARD = reviewCard('2026-12-01T10:00:00.000Z');

function problemsOf(value: unknown, options = {}) {
  const result = validateProgress(value, options);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('validating progress data', () => {
  it('accepts a valid document and returns it unchanged', () => {
    const doc = progress({'rest-vs-grpc': CARD, 'new-in-learning': {...CARD, state: 1, learning_steps: 1}});
    expect(validateProgress(doc)).toEqual({ok: true, data: doc, fromVersion: SCHEMA_VERSION, renamed: []});
  });

  it('accepts a card without last_review and dates with an explicit offset', () => {
    const card = Object.fromEntries(Object.entries(CARD).filter(([key]) => key !== 'last_review'));
    const doc = {...progress({}), cards: {a: {...card, due: '2026-12-01T11:00:00+01:00'}}};
    expect(validateProgress(doc).ok).toBe(true);
  });

  it('names each problem by its path and says what is wrong there', () => {
    const doc = {
      ...progress({}),
      cards: {
        'rest-vs-grpc': {...CARD, due: 'tomorrow', reps: -1, state: 9, stability: 'high', extra: true},
        'missing-fields': {due: CARD.due},
        'not-a-card': [1, 2],
      },
    };
    const problems = problemsOf(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: 'cards["rest-vs-grpc"].due',
          problem:
            'expected a date and time in ISO 8601 form (like "2026-11-26T09:30:00.000Z"), got "tomorrow"',
        },
        {path: 'cards["rest-vs-grpc"].reps', problem: 'expected a whole number ≥ 0, got -1'},
        {
          path: 'cards["rest-vs-grpc"].state',
          problem: 'expected one of 0 (new), 1 (learning), 2 (review), 3 (relearning), got 9',
        },
        {path: 'cards["rest-vs-grpc"].stability', problem: 'expected a number from 0 to 36500, got "high"'},
        {path: 'cards["rest-vs-grpc"].extra', problem: 'unknown field'},
        {path: 'cards["missing-fields"].stability', problem: 'missing'},
        {path: 'cards["missing-fields"].state', problem: 'missing'},
        {path: 'cards["not-a-card"]', problem: 'expected an object, got a list'},
      ]),
    );
    expect(problems).toHaveLength(5 + 7 + 1);
  });

  it('recognises data that is not ours and says so once', () => {
    expect(problemsOf([1, 2])).toEqual([{path: '(top level)', problem: 'expected an object, got a list'}]);
    expect(problemsOf({cards: {}})).toEqual([
      {
        path: 'format',
        problem: `missing: this is not progress saved by this guide (expected "format": "${FORMAT}")`,
      },
    ]);
    expect(problemsOf({format: 'anki', version: 1, cards: 'x'})[0]).toEqual({
      path: 'format',
      problem: `expected "${FORMAT}", got "anki": this is not progress saved by this guide`,
    });
  });

  it('checks the top level: version, cards, unknown fields, and exportedAt only in files', () => {
    expect(problemsOf({format: FORMAT, cards: {}})).toEqual([{path: 'version', problem: 'missing'}]);
    expect(problemsOf({format: FORMAT, version: '1', cards: {}})).toEqual([
      {path: 'version', problem: 'expected a whole number of 1 or more, got "1"'},
    ]);
    expect(problemsOf({format: FORMAT, version: 1})).toEqual([{path: 'cards', problem: 'missing'}]);
    expect(problemsOf({...progress({}), cards: []})).toEqual([
      {path: 'cards', problem: 'expected an object keyed by question id, got a list'},
    ]);
    expect(problemsOf({...progress({}), exportedAt: '2026-11-26T10:00:00.000Z'})).toEqual([
      {path: 'exportedAt', problem: 'unknown field'},
    ]);
    expect(
      validateProgress({...progress({}), exportedAt: '2026-11-26T10:00:00.000Z'}, {allowExportedAt: true}).ok,
    ).toBe(true);
    expect(problemsOf({...progress({}), exportedAt: 'yesterday'}, {allowExportedAt: true})[0]?.path).toBe(
      'exportedAt',
    );
  });

  it('rejects ids that could not be question ids', () => {
    const problems = problemsOf(progress({'': CARD, 'has space': CARD, __proto__x: CARD, constructor: CARD}));
    expect(problems.map((p) => p.path)).toEqual(['cards[""]', 'cards["has space"]', 'cards["constructor"]']);
  });

  it('reports invalid JSON with the parser’s message', () => {
    const result = parseProgress('{"format": ');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        path: '(top level)',
        problem: expect.stringMatching(/^not valid JSON: /),
      });
  });
});

describe('schema migrations', () => {
  // A made-up history for the runner: v1 stored `grades`, v2 renamed it to `cards`, v3 added `format`.
  const HISTORY: Migration[] = [
    {from: 1, describe: 'grades → cards', up: ({grades, ...rest}) => ({...rest, cards: grades})},
    {from: 2, describe: 'add format', up: (doc) => ({...doc, format: FORMAT})},
  ];

  it('runs every step from the stored version to the current one, in order', () => {
    const result = migrate({version: 1, grades: {a: 1}}, HISTORY, 3);
    expect(result).toEqual({ok: true, doc: {version: 3, cards: {a: 1}, format: FORMAT}, from: 1});
  });

  it('leaves a current document alone', () => {
    expect(migrate({version: 3, x: 1}, HISTORY, 3)).toEqual({ok: true, doc: {version: 3, x: 1}, from: 3});
  });

  it('refuses a newer version, a gap in the history and a step that throws', () => {
    expect(migrate({version: 4}, HISTORY, 3)).toMatchObject({ok: false, problem: {path: 'version'}});
    expect(migrate({version: 1}, HISTORY.slice(1), 3)).toEqual({
      ok: false,
      problem: {path: 'version', problem: 'no migration from schema 1'},
    });
    const throwing: Migration[] = [{from: 1, describe: 'broken', up: () => JSON.parse('{')}];
    expect(migrate({version: 1}, throwing, 2)).toMatchObject({
      ok: false,
      problem: {problem: expect.stringMatching(/^migration from schema 1 failed: /)},
    });
  });

  it('validates the migrated document, as storage and import do', () => {
    const history: Migration[] = [
      {from: 1, describe: 'x', up: ({grades, ...rest}) => ({...rest, cards: grades, exercises: {}})},
    ];
    const old = {format: FORMAT, version: 1, grades: {'q-a': CARD}};
    expect(validateProgress(old, {migrations: history, target: 2})).toMatchObject({
      ok: true,
      data: {cards: {'q-a': CARD}},
      fromVersion: 1,
    });
  });

  it('the real history leads from version 1 to SCHEMA_VERSION without gaps', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({length: SCHEMA_VERSION - 1}, (_, i) => i + 1));
  });
});
