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
 * The file of the word list that holds the words starting like `word` (by its first character): the
 * browser fetches only the parts a query needs. Written by plugins/search, read by `Lexicon`.
 */
export function shardOf(word: string): string {
  return `${word.codePointAt(0)!.toString(16)}.txt`;
}

/** Whether a query word may be corrected at all: five letters or more, and letters only. */
export const mayBeTypo = (word: string): boolean => word.length >= MIN_TYPO_LENGTH && LETTERS.test(word);

/**
 * Words of the guide (written by plugins/search at build time), most used first: which query words
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

/**
 * The guide's words, fetched in parts: whether a word is known needs only the part for its first
 * character (a few KiB); corrections, which may start with any letter, need the whole list, fetched
 * only when a long word is unknown. `fetchWords` returns the lines of a file of the word list.
 */
export class Lexicon implements Vocabulary {
  private readonly parts = new Map<string, Promise<WordList>>();
  private all: Promise<WordList> | null = null;

  constructor(
    private readonly fetchWords: (file: string) => Promise<readonly string[]>,
    /** The file with every word, most used first. */
    private readonly allFile: string,
    /** The folder of the parts, ending with "/". */
    private readonly partsDir: string,
  ) {}

  private part(word: string): Promise<WordList> {
    const file = shardOf(word.toLowerCase());
    let part = this.parts.get(file);
    if (!part) {
      // A character no word starts with has no file: no words.
      part = this.fetchWords(`${this.partsDir}${file}`).then((w) => new WordList(w));
      part.catch(() => this.parts.delete(file));
      this.parts.set(file, part);
    }
    return part;
  }

  async knows(word: string): Promise<boolean> {
    return word !== '' && (await this.part(word)).knows(word);
  }

  async corrections(word: string): Promise<string[]> {
    if (!mayBeTypo(word.toLowerCase()) || (await this.knows(word))) return [];
    if (!this.all) {
      this.all = this.fetchWords(this.allFile).then((w) => new WordList(w));
      this.all.catch(() => (this.all = null));
    }
    return (await this.all).corrections(word);
  }
}
