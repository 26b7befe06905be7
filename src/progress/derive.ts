import {CardState, type StoredCard} from './schema';
import type {Cards} from './states';

/**
 * During a review, a question in its (re)learning steps may come back this much early when nothing
 * else is due, as in Anki, rather than leave the reader waiting minutes for it.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** The slice of the build-time question index that progress needs. */
export type ChapterRef = {
  readonly number: number;
  readonly title: string;
  readonly permalink: string;
  readonly questionIds: readonly string[];
};

export type DueItem = {
  readonly id: string;
  readonly chapter: ChapterRef;
  /** 1-based position of the question in its chapter. */
  readonly position: number;
  readonly due: number;
};

function isInQueue(card: StoredCard, now: number, learnAheadMs: number): boolean {
  const due = Date.parse(card.due);
  if (due <= now) return true;
  const learning = card.state === CardState.Learning || card.state === CardState.Relearning;
  return learning && due <= now + learnAheadMs;
}

/**
 * The cards to review, most overdue first, from the given chapters only: those due by `now`, and
 * with `learnAheadMs`, (re)learning cards due within that time too. Cards for questions the guide
 * no longer has are left out (their progress stays saved).
 */
export function reviewQueue(
  chapters: readonly ChapterRef[],
  cards: Cards,
  now: number,
  learnAheadMs: number = 0,
): DueItem[] {
  const items: DueItem[] = [];
  for (const chapter of chapters) {
    chapter.questionIds.forEach((id, i) => {
      const card = cards[id];
      if (card && isInQueue(card, now, learnAheadMs)) {
        items.push({id, chapter, position: i + 1, due: Date.parse(card.due)});
      }
    });
  }
  // Stable sort: equal due dates keep study order.
  return items.sort((a, b) => a.due - b.due);
}

/** The earliest review date after `now` among the given chapters' cards, if any. */
export function nextDueAfter(chapters: readonly ChapterRef[], cards: Cards, now: number): number | null {
  let next: number | null = null;
  for (const chapter of chapters) {
    for (const id of chapter.questionIds) {
      const card = cards[id];
      if (!card) continue;
      const due = Date.parse(card.due);
      if (due > now && (next === null || due < next)) next = due;
    }
  }
  return next;
}

/** End of the reader's local day. */
export function endOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}

export type ContinueTarget =
  | {readonly kind: 'start'; readonly chapter: ChapterRef}
  | {readonly kind: 'question'; readonly chapter: ChapterRef; readonly id: string; readonly position: number}
  | {readonly kind: 'review'; readonly due: number}
  | {readonly kind: 'done'; readonly nextDue: number | null};

/**
 * Where "continue" leads: the next question not yet graded, looking first in the chapter the reader
 * graded something in last, then in the chapters after it, then from the start. When every question
 * is graded, the review queue if anything is due.
 */
export function continueTarget(
  chapters: readonly ChapterRef[],
  cards: Cards,
  now: number,
): ContinueTarget | null {
  const first = chapters[0];
  if (!first) return null;
  let lastChapter = -1;
  let lastReview = -Infinity;
  chapters.forEach((chapter, index) => {
    for (const id of chapter.questionIds) {
      const reviewed = cards[id]?.last_review;
      const at = reviewed ? Date.parse(reviewed) : -Infinity;
      if (at > lastReview) {
        lastReview = at;
        lastChapter = index;
      }
    }
  });
  if (lastChapter === -1 && !chapters.some((c) => c.questionIds.some((id) => cards[id]))) {
    return {kind: 'start', chapter: first};
  }
  const start = Math.max(lastChapter, 0);
  for (let k = 0; k < chapters.length; k += 1) {
    const chapter = chapters[(start + k) % chapters.length]!;
    const index = chapter.questionIds.findIndex((id) => !cards[id]);
    if (index !== -1)
      return {kind: 'question', chapter, id: chapter.questionIds[index]!, position: index + 1};
  }
  const due = reviewQueue(chapters, cards, now).length;
  return due > 0 ? {kind: 'review', due} : {kind: 'done', nextDue: nextDueAfter(chapters, cards, now)};
}

const UNITS = [
  {ms: 365 * 86_400_000, one: 'year', many: 'years'},
  {ms: 30 * 86_400_000, one: 'month', many: 'months'},
  {ms: 86_400_000, one: 'day', many: 'days'},
  {ms: 3_600_000, one: 'hour', many: 'hours'},
  {ms: 60_000, one: 'minute', many: 'minutes'},
] as const;

/** "10 minutes", "4 days", "2 months": a duration as a reader would say it, rounded. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return 'less than a minute';
  for (const unit of UNITS) {
    if (ms >= unit.ms) {
      const n = Math.round(ms / unit.ms);
      return `${n} ${n === 1 ? unit.one : unit.many}`;
    }
  }
  return 'less than a minute';
}

/** "now", "in 10 minutes", "in 4 days". */
export function formatDueIn(due: number, now: number): string {
  return due <= now ? 'now' : `in ${formatDuration(due - now)}`;
}
