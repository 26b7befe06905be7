import type {WordList} from './typos';

/** Values a result must have, by filter name (e.g. {chapter: '3. Scalable Model Deployment'}). */
export type Filters = Readonly<Record<string, string>>;

/** A match as the engine returns it: ranked, with its data loaded on demand. */
export type EngineHit<Data> = {
  readonly id: string;
  readonly score: number;
  readonly data: () => Promise<Data>;
};

/** Runs one query in which every word must match (the engine's own ranking, best first). */
export type Engine<Data> = (query: string, filters: Filters) => Promise<readonly EngineHit<Data>[]>;

export type RankedHit<Data> = EngineHit<Data> & {
  /** True when the record has only some of the query's words. */
  readonly partial: boolean;
};

/** The words of a query, lower-cased, without surrounding punctuation, each once. */
export function queryWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
  return [...new Set(words)];
}

/** The query's words with typos corrected (see WordList.correct); unchanged without a word list. */
export function correctWords(words: readonly string[], list: WordList | null): string[] {
  return list ? [...new Set(words.map((w) => list.correct(w)))] : [...words];
}

/**
 * Records with all the words first, in the engine's order; when there are fewer than `enough` of
 * them and the query has several words, then the records with some of the words, ranked by the sum
 * of their scores for each word (so "HPA formula" still finds what the guide says about the HPA, and
 * a rare word outweighs common ones).
 */
export async function rankedSearch<Data>(
  engine: Engine<Data>,
  words: readonly string[],
  filters: Filters,
  enough: number,
): Promise<RankedHit<Data>[]> {
  if (words.length === 0) return [];
  const all = (await engine(words.join(' '), filters)).map((h) => ({...h, partial: false}));
  if (words.length < 2 || all.length >= enough) return all;
  const seen = new Set(all.map((h) => h.id));
  const partial = new Map<string, {hit: EngineHit<Data>; score: number}>();
  for (const hits of await Promise.all(words.map((w) => engine(w, filters)))) {
    for (const hit of hits) {
      if (seen.has(hit.id)) continue;
      const entry = partial.get(hit.id);
      if (entry) entry.score += hit.score;
      else partial.set(hit.id, {hit, score: hit.score});
    }
  }
  const rest = [...partial.values()]
    .sort((a, b) => b.score - a.score)
    .map(({hit, score}) => ({...hit, score, partial: true}));
  return [...all, ...rest];
}
