import {Rating, State} from 'ts-fsrs';
import {gradeQuestion} from '@site/src/progress/actions';
import {questionState} from '@site/src/progress/states';
import {CardState, GRADES, STORAGE_KEY, type StoredCard} from '@site/src/progress/schema';
import {previewDue, schedule, toCard, toStored} from '@site/src/progress/scheduler';
import {createProgressStore} from '@site/src/progress/store';
import {validateProgress} from '@site/src/progress/validate';
import {MemoryStorage, progress} from './progressFixtures';

const T0 = new Date('2026-11-26T10:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('scheduling with ts-fsrs', () => {
  it('numbers states and grades as ts-fsrs does', () => {
    expect(CardState).toEqual({
      New: State.New,
      Learning: State.Learning,
      Review: State.Review,
      Relearning: State.Relearning,
    });
    expect(GRADES.map((g) => [g.label, g.value])).toEqual([
      ['Again', Rating.Again],
      ['Hard', Rating.Hard],
      ['Good', Rating.Good],
      ['Easy', Rating.Easy],
    ]);
  });

  it('a first Good starts learning steps (back in 10 minutes); a first Easy goes straight to review', () => {
    const good = schedule(undefined, 3, T0);
    expect(good).toMatchObject({state: CardState.Learning, reps: 1, last_review: T0.toISOString()});
    expect(Date.parse(good.due) - T0.getTime()).toBe(10 * MINUTE);
    const easy = schedule(undefined, 4, T0);
    expect(easy.state).toBe(CardState.Review);
    expect(Date.parse(easy.due) - T0.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it('stores plain JSON (dates as ISO strings) that the validator accepts and that round-trips', () => {
    const card = schedule(undefined, 3, T0);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(validateProgress(progress({q: card})).ok).toBe(true);
    expect(toStored(toCard(card, T0))).toEqual(card);
  });

  it('intervals grow while the reader keeps knowing the answer, and Again sends a card back to relearning', () => {
    let card: StoredCard = schedule(undefined, 3, T0);
    let now = Date.parse(card.due);
    const intervals: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      card = schedule(card, 3, new Date(now));
      intervals.push(Date.parse(card.due) - now);
      now = Date.parse(card.due);
    }
    expect(card.state).toBe(CardState.Review);
    for (let i = 1; i < intervals.length; i += 1) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    const lapsed = schedule(card, 1, new Date(now));
    expect(lapsed).toMatchObject({state: CardState.Relearning, lapses: 1});
    expect(Date.parse(lapsed.due) - now).toBeLessThan(DAY);
  });

  it('previews later dates for better grades', () => {
    const reviewed = schedule(schedule(undefined, 3, T0), 3, at(10 * MINUTE));
    const preview = previewDue(reviewed, at(5 * DAY));
    expect(preview[1]).toBeLessThan(preview[2]);
    expect(preview[2]).toBeLessThan(preview[3]);
    expect(preview[3]).toBeLessThan(preview[4]);
  });

  it('derives what the reader sees: new, learning, due, known, due again', () => {
    expect(questionState(undefined, T0.getTime())).toBe('new');
    const learning = schedule(undefined, 3, T0);
    expect(questionState(learning, T0.getTime())).toBe('learning');
    expect(questionState(learning, at(10 * MINUTE).getTime())).toBe('due');
    const known = schedule(learning, 3, at(10 * MINUTE));
    expect(questionState(known, at(11 * MINUTE).getTime())).toBe('known');
    expect(questionState(known, Date.parse(known.due))).toBe('due');
  });

  it('grading a question saves its rescheduled card through the store', async () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    const first = await gradeQuestion('q-a', 3, T0, store);
    expect(first.saved).toBe(true);
    const second = await gradeQuestion('q-a', 4, at(10 * MINUTE), store);
    expect(second.card.reps).toBe(2);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).cards['q-a']).toEqual(second.card);
  });
});
