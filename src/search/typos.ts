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

/**
 * The guide's vocabulary of words of five letters or more (written by plugins/search at build time,
 * most frequent first), and the correction of a word the guide does not contain.
 */
export class WordList {
  private readonly rank = new Map<string, number>();
  private readonly sorted: string[];

  constructor(words: readonly string[]) {
    words.forEach((w, i) => {
      if (!this.rank.has(w)) this.rank.set(w, i);
    });
    this.sorted = [...this.rank.keys()].sort();
  }

  /** Whether the guide has this word, or a word starting with it (the engine matches prefixes). */
  knows(word: string): boolean {
    if (this.rank.has(word)) return true;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return this.sorted[lo]?.startsWith(word) ?? false;
  }

  /**
   * The word itself when it is short, not a plain word (digits, code), or known; otherwise the most
   * frequent word of the guide one edit away, or the word itself when there is none.
   */
  correct(word: string): string {
    const w = word.toLowerCase();
    if (w.length < MIN_TYPO_LENGTH || !LETTERS.test(w) || this.knows(w)) return word;
    let best: string | null = null;
    for (const candidate of oneEditAway(w)) {
      const r = this.rank.get(candidate);
      if (r !== undefined && (best === null || r < this.rank.get(best)!)) best = candidate;
    }
    return best ?? word;
  }
}
