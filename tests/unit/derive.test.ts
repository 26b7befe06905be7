import {
  continueTarget,
  formatDuration,
  formatDueIn,
  LEARN_AHEAD_MS,
  nextDueAfter,
  reviewQueue,
} from '@site/src/progress/derive';
import {countStates} from '@site/src/progress/states';
import {CHAPTERS, reviewCard} from './progressFixtures';

const NOW = Date.parse('2026-11-26T10:00:00.000Z');
const iso = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('progress views derived from the cards', () => {
  const cards = {
    q1a: reviewCard(iso(-2 * DAY)),
    q1b: reviewCard(iso(3 * DAY)),
    q2a: reviewCard(iso(-1 * HOUR)),
    q2b: reviewCard(iso(5 * 60_000), {state: 1}),
    'no-longer-in-guide': reviewCard(iso(-3 * DAY)),
  };

  it('counts a chapter’s questions by state', () => {
    expect(countStates(CHAPTERS[0]!.questionIds, cards, NOW)).toEqual({
      new: 1,
      learning: 0,
      known: 1,
      due: 1,
      total: 3,
    });
    expect(countStates(CHAPTERS[1]!.questionIds, cards, NOW)).toEqual({
      new: 0,
      learning: 1,
      known: 0,
      due: 1,
      total: 2,
    });
  });

  it('queues what is due, most overdue first, filterable by chapter, ignoring removed questions', () => {
    expect(reviewQueue(CHAPTERS, cards, NOW).map((i) => i.id)).toEqual(['q1a', 'q2a']);
    expect(
      reviewQueue(CHAPTERS.slice(1), cards, NOW).map((i) => [i.id, i.chapter.number, i.position]),
    ).toEqual([['q2a', 2, 1]]);
  });

  it('with learn-ahead, adds learning cards due soon, but not review cards', () => {
    const ids = reviewQueue(CHAPTERS, {...cards, q1b: reviewCard(iso(60_000))}, NOW, LEARN_AHEAD_MS).map(
      (i) => i.id,
    );
    expect(ids).toEqual(['q1a', 'q2a', 'q2b']);
  });

  it('finds the next review date', () => {
    expect(nextDueAfter(CHAPTERS, cards, NOW)).toBe(NOW + 5 * 60_000);
    expect(nextDueAfter(CHAPTERS, {}, NOW)).toBeNull();
  });

  describe('continue where you left off', () => {
    it('starts at chapter 1 when nothing is graded', () => {
      expect(continueTarget(CHAPTERS, {}, NOW)).toMatchObject({kind: 'start', chapter: {number: 1}});
    });

    it('goes to the next ungraded question of the chapter graded last', () => {
      const graded = {
        q1a: reviewCard(iso(DAY), {last_review: iso(-5 * DAY)}),
        q2a: reviewCard(iso(DAY), {last_review: iso(-1 * DAY)}),
      };
      expect(continueTarget(CHAPTERS, graded, NOW)).toMatchObject({kind: 'question', id: 'q2b', position: 2});
    });

    it('then to later chapters, wrapping to earlier ones', () => {
      const graded = {
        q1a: reviewCard(iso(DAY), {last_review: iso(-5 * DAY)}),
        q2a: reviewCard(iso(DAY), {last_review: iso(-1 * DAY)}),
        q2b: reviewCard(iso(DAY), {last_review: iso(-2 * DAY)}),
      };
      expect(continueTarget(CHAPTERS, graded, NOW)).toMatchObject({
        kind: 'question',
        id: 'q1b',
        chapter: {number: 1},
      });
    });

    it('offers the review when everything is graded and something is due, else says when', () => {
      const all = Object.fromEntries(
        CHAPTERS.flatMap((c) => c.questionIds).map((id) => [id, reviewCard(iso(DAY))]),
      );
      expect(continueTarget(CHAPTERS, all, NOW)).toEqual({kind: 'done', nextDue: NOW + DAY});
      expect(continueTarget(CHAPTERS, {...all, q2b: reviewCard(iso(-HOUR))}, NOW)).toEqual({
        kind: 'review',
        due: 1,
      });
    });
  });

  it('formats durations as a reader says them', () => {
    expect(formatDuration(30_000)).toBe('less than a minute');
    expect(formatDuration(60_000)).toBe('1 minute');
    expect(formatDuration(10 * 60_000)).toBe('10 minutes');
    expect(formatDuration(5 * HOUR)).toBe('5 hours');
    expect(formatDuration(4 * DAY)).toBe('4 days');
    expect(formatDuration(65 * DAY)).toBe('2 months');
    expect(formatDuration(800 * DAY)).toBe('2 years');
    expect(formatDueIn(NOW - 1, NOW)).toBe('now');
    expect(formatDueIn(NOW + DAY, NOW)).toBe('in 1 day');
  });
});
