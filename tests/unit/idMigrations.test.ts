import type * as IdMigrations from '@site/src/progress/idMigrations';
import {applyIdMigrations, resolveId} from '@site/src/progress/idMigrations';
import {STORAGE_KEY} from '@site/src/progress/schema';
import {loadProgress} from '@site/src/progress/storage';
import {mergeProgress, parseImport, exportText} from '@site/src/progress/transfer';
import {MemoryStorage, progress, reviewCard} from './progressFixtures';

// The real map is empty until a question is renamed; these tests give it two renames.
vi.mock('@site/src/progress/idMigrations', async (importOriginal) => ({
  ...(await importOriginal<typeof IdMigrations>()),
  ID_MIGRATIONS: {
    'rest-vs-grpc': 'rest-or-grpc',
    'rest-or-grpc': 'serving-protocols',
    'old-drift': 'drift-types',
  },
}));

const OLDER = reviewCard('2026-12-01T10:00:00.000Z', {last_review: '2026-11-20T10:00:00.000Z'});
const NEWER = reviewCard('2026-12-05T10:00:00.000Z', {last_review: '2026-11-24T10:00:00.000Z'});
const MAP = {a: 'b', b: 'c'};

describe('question id migrations', () => {
  it('follows chains of renames and stops at ids that were never renamed', () => {
    expect(resolveId('a', MAP)).toBe('c');
    expect(resolveId('c', MAP)).toBe('c');
    expect(resolveId('unrelated', MAP)).toBe('unrelated');
  });

  it('refuses a cycle instead of looping', () => {
    expect(() => resolveId('a', {a: 'b', b: 'a'})).toThrow(/cycle/);
  });

  it('moves progress to the new id and keeps the more recently reviewed card on a clash', () => {
    expect(applyIdMigrations({a: OLDER, x: OLDER}, MAP)).toEqual({
      cards: {c: OLDER, x: OLDER},
      renamed: [['a', 'c']],
    });
    expect(applyIdMigrations({a: NEWER, c: OLDER}, MAP).cards).toEqual({c: NEWER});
    expect(applyIdMigrations({a: OLDER, c: NEWER}, MAP).cards).toEqual({c: NEWER});
    // A tie keeps the card already under the new id.
    const tie = {...OLDER, reps: 9};
    expect(applyIdMigrations({c: tie, a: OLDER}, MAP).cards).toEqual({c: tie});
  });

  it('is applied when progress is loaded from storage', () => {
    const storage = new MemoryStorage();
    storage.map.set(STORAGE_KEY, JSON.stringify(progress({'rest-vs-grpc': OLDER, 'old-drift': NEWER})));
    expect(loadProgress(storage).data.cards).toEqual({'serving-protocols': OLDER, 'drift-types': NEWER});
  });

  it('is applied to an imported file, and the summary says so', () => {
    const file = exportText(progress({'rest-or-grpc': OLDER}), new Date('2026-11-26T10:00:00.000Z'));
    const parsed = parseImport(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const {data, summary} = mergeProgress(
      progress({}),
      parsed.data,
      new Set(['serving-protocols']),
      parsed.renamed,
    );
    expect(data.cards).toEqual({'serving-protocols': OLDER});
    expect(summary).toMatchObject({
      added: 1,
      unknownIds: [],
      renamed: [['rest-or-grpc', 'serving-protocols']],
    });
  });
});
