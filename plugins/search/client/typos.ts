/** Words shorter than this are never corrected: "hpa", "psi" and "slo" are terms, not typos. */
export const MIN_TYPO_LENGTH = 5;

const LETTERS = /^\p{L}+$/u;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit (deletion, insertion, substitution, swap of neighbours) away from `word`. */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      out.add(head + c + tail);
      if (tail && c !== tail[0]) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/** Whether a query word may be corrected at all: five letters or more, and letters only. */
export const mayBeTypo = (word: string): boolean => word.length >= MIN_TYPO_LENGTH && LETTERS.test(word);

/**
 * Words of the guide (the index's terms), most used first: which query words
 * the index can match, and the corrections of a long word it does not contain.
 */
export class WordList {
  private readonly rank: ReadonlyMap<string, number>;
  private readonly sorted: readonly string[];

  /** `words` in order of preference for corrections (the guide's most used words first). */
  constructor(words: readonly string[]) {
    const rank = new Map<string, number>();
    for (const w of words) {
      const lower = w.toLowerCase();
      if (!rank.has(lower)) rank.set(lower, rank.size);
    }
    this.rank = rank;
    this.sorted = [...rank.keys()].sort();
  }

  /** Whether the guide has this word, or a word starting with it (the engine matches prefixes). */
  knows(word: string): boolean {
    const w = word.toLowerCase();
    if (this.rank.has(w)) return true;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    return this.sorted[lo]?.startsWith(w) ?? false;
  }

  /**
   * The guide's words one edit away from a word it does not know, the most used first, when that
   * word has five letters or more and only letters; none otherwise (short words, acronyms, code and
   * known words).
   */
  corrections(word: string): string[] {
    const w = word.toLowerCase();
    if (!mayBeTypo(w) || this.knows(w)) return [];
    return [...oneEditAway(w)]
      .filter((c) => this.rank.has(c))
      .sort((a, b) => this.rank.get(a)! - this.rank.get(b)!);
  }
}

/** What query preparation asks of the guide's words (client/query.ts). */
export type Vocabulary = {
  knows(word: string): Promise<boolean>;
  /** Corrections of an unknown long word, best first; none for other words. */
  corrections(word: string): Promise<string[]>;
};
