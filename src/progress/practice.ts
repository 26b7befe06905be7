import type {ChapterRef} from './derive';
import type {GradeValue, StoredCard} from './schema';
import type {Cards} from './states';

/**
 * Practice: studying beyond the review schedule, e.g. the night before an exam. What it offers and
 * how its grades count, in one place:
 *
 * - `all`: every question of the chosen chapters;
 * - `struggled`: only those the reader last graded Again or Hard;
 * - `ahead`: graded questions not yet due, soonest first ("review ahead").
 *
 * The schedule rule (countsInSchedule): a grade changes the FSRS schedule when the question is new
 * (its first grade, as in the chapter), already due, or reviewed ahead on purpose (FSRS takes the
 * early date into account: the interval grows less than after an on-time review). Any other practice
 * grade is recorded as the question's last grade only, and its review date stays as it was: cramming
 * a question ten times in an evening must not make it look learnt for months.
 */
export type PracticeMode = 'all' | 'struggled' | 'ahead';

export const PRACTICE_MODES: readonly {readonly value: PracticeMode; readonly label: string}[] = [
  {value: 'all', label: 'All questions'},
  {value: 'struggled', label: 'Only those I last graded Again or Hard'},
  {value: 'ahead', label: 'Review ahead: graded questions not yet due, soonest first'},
];

export type PracticeItem = {
  readonly id: string;
  readonly chapter: ChapterRef;
  /** 1-based position of the question in its chapter. */
  readonly position: number;
};

const STRUGGLED: ReadonlySet<GradeValue> = new Set([1, 2]);

/** A small seeded generator (mulberry32): the same seed gives the same shuffle, in tests too. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates, on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type PracticeOptions = {
  readonly mode: PracticeMode;
  readonly shuffle: boolean;
};

/** The questions to practise from the given chapters, in study order or shuffled. */
export function practiceSelection(
  chapters: readonly ChapterRef[],
  cards: Cards,
  now: number,
  {mode, shuffle}: PracticeOptions,
  random: () => number = Math.random,
): PracticeItem[] {
  const items: (PracticeItem & {readonly due: number})[] = [];
  for (const chapter of chapters) {
    chapter.questionIds.forEach((id, i) => {
      const card = cards[id];
      const due = card ? Date.parse(card.due) : NaN;
      const wanted =
        mode === 'all' ||
        (mode === 'struggled' && card?.last_grade !== undefined && STRUGGLED.has(card.last_grade)) ||
        (mode === 'ahead' && card !== undefined && due > now);
      if (wanted) items.push({id, chapter, position: i + 1, due});
    });
  }
  // Review ahead goes soonest first: those are the ones the schedule would bring next anyway.
  const ordered = mode === 'ahead' ? [...items].sort((a, b) => a.due - b.due) : items;
  const result = shuffle && mode !== 'ahead' ? shuffled(ordered, random) : ordered;
  return result.map(({id, chapter, position}) => ({id, chapter, position}));
}

/** Whether a practice grade changes the question's FSRS schedule (see the rule above). */
export function countsInSchedule(card: StoredCard | undefined, now: number, mode: PracticeMode): boolean {
  if (!card) return true;
  if (Date.parse(card.due) <= now) return true;
  return mode === 'ahead';
}
