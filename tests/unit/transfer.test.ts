import {EMPTY_PROGRESS, FORMAT, SCHEMA_VERSION} from '@site/src/progress/schema';
import {
  exportFilename,
  exportText,
  MAX_IMPORT_BYTES,
  mergeProgress,
  parseImport,
} from '@site/src/progress/transfer';
import {progress, reviewCard} from './progressFixtures';

const NOW = new Date('2026-11-26T10:00:00.000Z');
const A = reviewCard('2026-12-01T10:00:00.000Z');
const B = reviewCard('2026-11-27T08:30:00.000Z', {state: 1, learning_steps: 1, stability: 2.3, reps: 1});
const KNOWN = new Set(['q-a', 'q-b', 'q-c']);

describe('export and import', () => {
  it('exports a dated, readable JSON file of the stored document', () => {
    const text = exportText(progress({'q-a': A}), NOW);
    expect(JSON.parse(text)).toEqual({
      format: FORMAT,
      version: SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
      cards: {'q-a': A},
      exercises: {},
    });
    expect(text).toContain('\n  "cards"');
    expect(exportFilename(NOW)).toMatch(/^mastering-ai-10-progress-2026-11-2[56]\.json$/);
  });

  it('round-trips without loss: export, then import into an empty browser', () => {
    const original = progress({'q-a': A, 'q-b': B});
    const parsed = parseImport(exportText(original, NOW));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const {data, summary} = mergeProgress(EMPTY_PROGRESS, parsed.data, KNOWN);
    expect(data).toEqual(original);
    expect(summary).toEqual({
      added: 2,
      updated: 0,
      keptNewer: 0,
      unchanged: 0,
      unknownIds: [],
      renamed: [],
      exercisesAdded: 0,
    });
  });

  it('reports every problem of a malformed file and returns no data', () => {
    const bad = JSON.stringify({format: FORMAT, version: 1, cards: {'q-a': {...A, lapses: 1.5}, 'q-b': 'x'}});
    const result = parseImport(bad);
    expect(result).toEqual({
      ok: false,
      problems: [
        {path: 'cards["q-a"].lapses', problem: 'expected a whole number ≥ 0, got 1.5'},
        {path: 'cards["q-b"]', problem: 'expected an object, got "x"'},
      ],
    });
  });

  it('refuses a file that is far too large before reading it as JSON', () => {
    const result = parseImport('{}', MAX_IMPORT_BYTES + 1);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({path: '(file)', problem: expect.stringMatching(/too large/)});
  });

  it('merges: adds new cards, keeps the more recently reviewed one, and keeps unknown ids', () => {
    const mineNewer = reviewCard('2026-12-10T10:00:00.000Z', {last_review: '2026-11-25T10:00:00.000Z'});
    const fileOlder = reviewCard('2026-12-02T10:00:00.000Z', {last_review: '2026-11-20T10:00:00.000Z'});
    const mineOlder = reviewCard('2026-12-03T10:00:00.000Z', {last_review: '2026-11-19T10:00:00.000Z'});
    const fileNewer = reviewCard('2026-12-09T10:00:00.000Z', {last_review: '2026-11-24T10:00:00.000Z'});
    const current = progress({'q-a': mineNewer, 'q-b': mineOlder, 'q-c': A});
    const incoming = progress({'q-a': fileOlder, 'q-b': fileNewer, 'q-c': A, 'gone-question': B});
    const {data, summary} = mergeProgress(current, incoming, KNOWN);
    expect(data.cards).toEqual({'q-a': mineNewer, 'q-b': fileNewer, 'q-c': A, 'gone-question': B});
    expect(summary).toEqual({
      added: 1,
      updated: 1,
      keptNewer: 1,
      unchanged: 1,
      unknownIds: ['gone-question'],
      renamed: [],
      exercisesAdded: 0,
    });
  });
});

describe('passed exercises (schema 2)', () => {
  const PASSED = {passedAt: '2026-12-01T09:00:00.000Z'};

  it('reads a schema 1 file (before exercises existed) as progress with no exercise passed', () => {
    const v1 = JSON.stringify({format: FORMAT, version: 1, exportedAt: NOW.toISOString(), cards: {'q-a': A}});
    const parsed = parseImport(v1);
    expect(parsed).toMatchObject({
      ok: true,
      fromVersion: 1,
      data: {version: SCHEMA_VERSION, cards: {'q-a': A}, exercises: {}},
    });
  });

  it('exports passed exercises and imports them back', () => {
    const original = {...progress({'q-a': A}), exercises: {'psi-from-scratch': PASSED}};
    const parsed = parseImport(exportText(original, NOW));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const {data, summary} = mergeProgress(EMPTY_PROGRESS, parsed.data, KNOWN);
    expect(data).toEqual(original);
    expect(summary.exercisesAdded).toBe(1);
  });

  it('keeps every exercise passed on either side, with its first pass', () => {
    const later = {passedAt: '2026-12-02T09:00:00.000Z'};
    const current = {...progress({}), exercises: {a: later, b: PASSED}};
    const incoming = {...progress({}), exercises: {a: PASSED, c: later}};
    const {data, summary} = mergeProgress(current, incoming, KNOWN);
    expect(data.exercises).toEqual({a: PASSED, b: PASSED, c: later});
    expect(summary.exercisesAdded).toBe(1);
  });

  it('names each problem in the exercises of a malformed file', () => {
    const bad = JSON.stringify({
      format: FORMAT,
      version: 2,
      cards: {},
      exercises: {'ok-one': PASSED, 'no-date': {}, 'bad date': {passedAt: 'yesterday', extra: 1}},
    });
    const result = parseImport(bad);
    expect(result).toEqual({
      ok: false,
      problems: [
        {path: 'exercises["no-date"].passedAt', problem: 'missing'},
        {
          path: 'exercises["bad date"]',
          problem: 'an exercise id must not contain spaces or control characters',
        },
        {
          path: 'exercises["bad date"].passedAt',
          problem:
            'expected a date and time in ISO 8601 form (like "2026-11-26T09:30:00.000Z"), got "yesterday"',
        },
        {path: 'exercises["bad date"].extra', problem: 'unknown field'},
      ],
    });
    expect(parseImport(JSON.stringify({format: FORMAT, version: 2, cards: {}}))).toEqual({
      ok: false,
      problems: [{path: 'exercises', problem: 'missing'}],
    });
  });
});
