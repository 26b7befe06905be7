import {FORMAT, SCHEMA_VERSION, type ProgressData, type StoredCard} from '@site/src/progress/schema';
import type {StorageLike} from '@site/src/progress/storage';

/** A card in FSRS review state, due at `due`, as ts-fsrs would leave it after a few good reviews. */
export function reviewCard(due: string, overrides: Partial<StoredCard> = {}): StoredCard {
  return {
    due,
    stability: 12.5,
    difficulty: 4.93,
    scheduled_days: 12,
    learning_steps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    last_review: new Date(Date.parse(due) - 12 * 86_400_000).toISOString(),
    ...overrides,
  };
}

export function progress(cards: Record<string, StoredCard>): ProgressData {
  return {format: FORMAT, version: SCHEMA_VERSION, cards, exercises: {}};
}

/** In-memory Web Storage; `failWrites` makes setItem throw like a full or disabled storage. */
export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failWrites: ((key: string) => boolean) | null = null;

  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites?.(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

/** Chapters as the chapters plugin gives them, small. */
export const CHAPTERS = [
  {
    number: 1,
    title: 'Introduction',
    description: 'First chapter.',
    permalink: '/docs/introduction',
    questionIds: ['q1a', 'q1b', 'q1c'],
    minutes: {text: 30, answers: 15},
  },
  {
    number: 2,
    title: 'Serving',
    description: 'Second chapter.',
    permalink: '/docs/serving',
    questionIds: ['q2a', 'q2b'],
    minutes: {text: 25, answers: 12},
  },
];
