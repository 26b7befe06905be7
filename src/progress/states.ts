import {CardState, type StoredCard} from './schema';

// The smallest part of the derived views, on its own because the sidebar and every question need
// it at once, while the review queue and "continue" are needed only on some pages.

/**
 * What a reader sees of a question's schedule:
 * - new: never graded;
 * - due: graded, and its review date has come;
 * - learning: graded, in FSRS (re)learning steps, not yet due;
 * - known: in FSRS review state and not yet due.
 */
export type QuestionState = 'new' | 'learning' | 'known' | 'due';

export const STATE_LABELS: Readonly<Record<QuestionState, string>> = {
  new: 'New',
  learning: 'Learning',
  known: 'Known',
  due: 'Due',
};

export type Cards = Readonly<Record<string, StoredCard>>;

/**
 * Whether the reader has started studying (graded any question). Progress views (state badges,
 * chapter counts, the sidebar's "4/10") appear only then: a first visit shows the guide as it is.
 */
export const hasStarted = (cards: Cards): boolean => Object.keys(cards).length > 0;

export function questionState(card: StoredCard | undefined, now: number): QuestionState {
  if (!card) return 'new';
  if (Date.parse(card.due) <= now) return 'due';
  return card.state === CardState.Review ? 'known' : 'learning';
}

export type ProgressCounts = Readonly<Record<QuestionState, number>> & {readonly total: number};

export function countStates(ids: readonly string[], cards: Cards, now: number): ProgressCounts {
  const counts = {new: 0, learning: 0, known: 0, due: 0, total: ids.length};
  for (const id of ids) counts[questionState(cards[id], now)] += 1;
  return counts;
}
