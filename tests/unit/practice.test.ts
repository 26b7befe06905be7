import {practiseQuestion} from '@site/src/progress/actions';
import {countsInSchedule, practiceSelection, seededRandom, shuffled} from '@site/src/progress/practice';
import {migrate} from '@site/src/progress/migrations';
import {FORMAT, SCHEMA_VERSION, STORAGE_KEY} from '@site/src/progress/schema';
import {createProgressStore} from '@site/src/progress/store';
import {parseImport} from '@site/src/progress/transfer';
import {validateProgress} from '@site/src/progress/validate';
import {CHAPTERS, MemoryStorage, progress, reviewCard} from './progressFixtures';

const NOW = Date.parse('2026-12-03T12:00:00.000Z');
const PAST = '2026-12-01T00:00:00.000Z';
const SOON = '2026-12-04T00:00:00.000Z';
const LATER = '2026-12-20T00:00:00.000Z';

describe('practice selection', () => {
  const cards = {
    q1a: reviewCard(LATER, {last_grade: 3}),
    q1b: reviewCard(SOON, {last_grade: 2}),
    q2a: reviewCard(PAST, {last_grade: 1}),
    // Graded before schema 2: its last grade is unknown, so it is not "struggled".
    q2b: reviewCard(LATER),
  };

  it('offers every question of the chosen chapters, in study order without shuffle', () => {
    const all = practiceSelection(CHAPTERS, cards, NOW, {mode: 'all', shuffle: false});
    expect(all.map((i) => i.id)).toEqual(['q1a', 'q1b', 'q1c', 'q2a', 'q2b']);
    expect(all[2]).toMatchObject({position: 3, chapter: {number: 1}});
    const second = practiceSelection([CHAPTERS[1]!], cards, NOW, {mode: 'all', shuffle: false});
    expect(second.map((i) => i.id)).toEqual(['q2a', 'q2b']);
  });

  it('can keep only the questions last graded Again or Hard', () => {
    const struggled = practiceSelection(CHAPTERS, cards, NOW, {mode: 'struggled', shuffle: false});
    expect(struggled.map((i) => i.id)).toEqual(['q1b', 'q2a']);
  });

  it('reviews ahead: graded questions not yet due, soonest first, never new or due ones', () => {
    const ahead = practiceSelection(CHAPTERS, cards, NOW, {mode: 'ahead', shuffle: true}, seededRandom(1));
    expect(ahead.map((i) => i.id)).toEqual(['q1b', 'q1a', 'q2b']);
  });

  it('shuffles reproducibly with a seed, keeping every question exactly once', () => {
    const a = practiceSelection(CHAPTERS, cards, NOW, {mode: 'all', shuffle: true}, seededRandom(7));
    const b = practiceSelection(CHAPTERS, cards, NOW, {mode: 'all', shuffle: true}, seededRandom(7));
    expect(a).toEqual(b);
    expect(a.map((i) => i.id).sort()).toEqual(['q1a', 'q1b', 'q1c', 'q2a', 'q2b']);
    // Over many seeds, the first question is not always the same: it really shuffles.
    const firsts = new Set(Array.from({length: 20}, (_, s) => shuffled([1, 2, 3, 4, 5], seededRandom(s))[0]));
    expect(firsts.size).toBeGreaterThan(2);
  });
});

describe('how practice grades count in the schedule', () => {
  it('counts for new questions, due questions and review ahead, and for nothing else', () => {
    expect(countsInSchedule(undefined, NOW, 'all')).toBe(true);
    expect(countsInSchedule(reviewCard(PAST), NOW, 'struggled')).toBe(true);
    expect(countsInSchedule(reviewCard(LATER), NOW, 'ahead')).toBe(true);
    expect(countsInSchedule(reviewCard(LATER), NOW, 'all')).toBe(false);
    expect(countsInSchedule(reviewCard(LATER), NOW, 'struggled')).toBe(false);
  });

  function store(cards: Parameters<typeof progress>[0]) {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(progress(cards)));
    return createProgressStore(
      () => storage,
      () => NOW,
    );
  }

  it('cramming a question that is not due records the grade but leaves its review date alone', async () => {
    const s = store({q1a: reviewCard(LATER, {last_grade: 3})});
    const before = s.getSnapshot().data.cards.q1a!;
    const outcome = await practiseQuestion('q1a', 1, 'all', new Date(NOW), s);
    expect(outcome).toMatchObject({saved: true, scheduled: false});
    const after = s.getSnapshot().data.cards.q1a!;
    expect(after).toEqual({...before, last_grade: 1});
  });

  it('reviewing ahead moves the schedule, and a due question is reviewed as in the review page', async () => {
    const s = store({
      q1a: reviewCard(LATER, {last_review: '2026-11-25T00:00:00.000Z', scheduled_days: 25}),
      q1b: reviewCard(PAST),
    });
    const ahead = await practiseQuestion('q1a', 3, 'ahead', new Date(NOW), s);
    expect(ahead.scheduled).toBe(true);
    expect(ahead.card.reps).toBe(4);
    expect(ahead.card.last_review).toBe(new Date(NOW).toISOString());
    expect(ahead.card.last_grade).toBe(3);
    const due = await practiseQuestion('q1b', 2, 'all', new Date(NOW), s);
    expect(due).toMatchObject({scheduled: true, card: {reps: 4, last_grade: 2}});
    expect(Date.parse(due.card.due)).toBeGreaterThan(NOW);
  });

  it('a new question practised gets its first grade, as in its chapter', async () => {
    const s = store({});
    const outcome = await practiseQuestion('q1c', 3, 'all', new Date(NOW), s);
    expect(outcome).toMatchObject({scheduled: true, card: {reps: 1, last_grade: 3}});
  });
});

describe('schema 2: the last grade', () => {
  it('reads schema 1 data and files unchanged, with no last grade', () => {
    const v1 = {format: FORMAT, version: 1, cards: {q1a: reviewCard(LATER)}};
    const migrated = migrate(v1);
    expect(migrated).toMatchObject({ok: true, from: 1, doc: {version: SCHEMA_VERSION, cards: v1.cards}});
    const imported = parseImport(JSON.stringify({...v1, exportedAt: new Date(NOW).toISOString()}));
    expect(imported.ok).toBe(true);
  });

  it('accepts a grade from 1 to 4 and names the problem otherwise', () => {
    expect(validateProgress(progress({q1a: reviewCard(LATER, {last_grade: 4})})).ok).toBe(true);
    const bad = validateProgress({
      format: FORMAT,
      version: SCHEMA_VERSION,
      cards: {q1a: {...reviewCard(LATER), last_grade: 5}},
    });
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).toContain('cards[\\"q1a\\"].last_grade');
  });
});
