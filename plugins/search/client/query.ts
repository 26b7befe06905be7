import type {Vocabulary} from './typos';

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

/** A query's words sorted out: the ones to search for, and the ones the guide does not have. */
export type Prepared = {readonly words: readonly string[]; readonly missing: readonly string[]};

/**
 * Checks each word against the guide's words: a word the guide has (or a prefix of one) is
 * searched for as it is; an unknown word of five letters or more becomes its best correction, one
 * edit away (the guide's most used word of them: no search is spent choosing); any other unknown
 * word is missing, never sent to the engine, whose fallback would match it loosely ("hpz" would
 * find "HPAs"). Every part of a word with punctuation must be known ("a/b", "k8s-ops").
 */
export async function prepareWords(words: readonly string[], vocabulary: Vocabulary): Promise<Prepared> {
  const checked = await Promise.all(
    words.map(async (word) => {
      const parts = word.match(/[\p{L}\p{N}]+/gu) ?? [];
      const known = await Promise.all(parts.map((p) => vocabulary.knows(p)));
      if (parts.length > 0 && known.every(Boolean)) return {word, found: word};
      return {word, found: (await vocabulary.corrections(word))[0]};
    }),
  );
  const search = checked.flatMap((c) => (c.found === undefined ? [] : [c.found]));
  const missing = checked.flatMap((c) => (c.found === undefined ? [c.word] : []));
  return {words: [...new Set(search)], missing};
}

/** While the reader types, a last word of one letter is not a word yet: it is left out. */
export function typedQuery(query: string): string {
  return query.replace(/(^|\s)\S\s*$/u, '$1').trim();
}

/**
 * Records with all the words first, in the engine's order (none when a word is missing from the
 * guide); when there are fewer than `enough` of them and there is more to find, then the records
 * with some of the words, ranked by the sum of their scores for each word (so "HPA formula" still
 * finds what the guide says about the HPA, and a rare word outweighs common ones).
 */
export async function rankedSearch<Data>(
  engine: Engine<Data>,
  {words, missing}: Prepared,
  filters: Filters,
  enough: number,
): Promise<RankedHit<Data>[]> {
  if (words.length === 0) return [];
  const all =
    missing.length === 0 ? (await engine(words.join(' '), filters)).map((h) => ({...h, partial: false})) : [];
  if ((words.length < 2 && missing.length === 0) || all.length >= enough) return all;
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
