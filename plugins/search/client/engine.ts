import type MiniSearch from 'minisearch';
import {loadOnce} from '@site/shared/loadOnce';
import {ALWAYS_WRITTEN, decodeShard, shardFile, shardOf, type ShardFile} from '../codec';
import {
  FIELDS,
  INDEX_FILE,
  KIND_FILTER,
  ASIDE_WEIGHT,
  READING_LIST_WEIGHT,
  TITLE_BOOST,
  textFile,
  tokenize,
  type IndexFile,
  type RecordMeta,
} from '../document';
import {excerpt, locate, markedWords} from './excerpt';
import {prepareWords, queryWords, rankedSearch, type Engine, type Filters} from './query';
import {WordList, type Vocabulary} from './typos';

/** A search result, ready to show. */
export type Hit = {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  /** The chapter (page title), then the headings above the result. */
  readonly trail: readonly string[];
  readonly kind: 'question' | 'text';
  /** The passage that matched, as HTML: escaped text with the matched words in `<mark>`. */
  readonly excerpt: string;
  /** Words to mark on the page the result opens. */
  readonly terms: readonly string[];
  /** True when the result has only some of the query's words. */
  readonly partial: boolean;
};

export type Outcome = {
  /** The words searched for, typos corrected (words the guide does not have are left out). */
  readonly words: readonly string[];
  readonly total: number;
  /** Loads results [from, to), all at once: one promise per result, in rank order. */
  readonly load: (from: number, to: number) => Promise<Hit>[];
};

/** Words in a preview. */
const EXCERPT_WORDS = 24;
/** The factor on a record's score by its rank class (document.ts `RankClass`). */
const RANK_FACTOR = [1, READING_LIST_WEIGHT, ASIDE_WEIGHT] as const;

export type GuideSearch = {
  /** Starts loading the engine (on focus, before the first keystroke). */
  warm(): void;
  search(query: string, filters: Filters, enough: number): Promise<Outcome>;
  /** Filter values and their result counts, by filter name. */
  filters(): Promise<Record<string, Record<string, number>>>;
};

type Base = {
  readonly MiniSearch: typeof MiniSearch;
  readonly index: IndexFile['index'];
  readonly records: readonly RecordMeta[];
  readonly vocabulary: Vocabulary;
  /** The shards (first characters) the index has terms for. */
  readonly shards: ReadonlySet<number>;
};

/** A result of one term: a record and its score. */
export type Scored = {readonly id: number; readonly score: number};

/**
 * The records that match every term, as MiniSearch scores a query whose terms must all match
 * (`combineWith: 'AND'`): the terms' scores summed in query order, times the number of distinct
 * terms; best first, the lower record number first among equal scores.
 */
export function matchAll(
  perTerm: readonly (readonly [term: string, results: readonly Scored[]])[],
): Scored[] {
  if (perTerm.length === 0) return [];
  let sums = new Map(perTerm[0]![1].map((r) => [r.id, r.score]));
  for (const [, results] of perTerm.slice(1)) {
    const next = new Map<number, number>();
    for (const r of results) {
      const sum = sums.get(r.id);
      if (sum !== undefined) next.set(r.id, sum + r.score);
    }
    sums = next;
  }
  const distinct = new Set(perTerm.map(([term]) => term)).size;
  return [...sums]
    .map(([id, sum]) => ({id, score: sum * distinct}))
    .sort((a, b) => b.score - a.score || a.id - b.id);
}

const kindOf = (meta: RecordMeta): string =>
  meta[4] === 'question' ? KIND_FILTER.question : KIND_FILTER.text;

/** Whether a record has the filters' values (chapter: its page title; kind: KIND_FILTER). */
export function matchesFilters(meta: RecordMeta, filters: Filters): boolean {
  return Object.entries(filters).every(([name, value]) =>
    name === 'chapter' ? meta[2] === value : name === 'kind' ? kindOf(meta) === value : false,
  );
}

/** Filter values and their record counts, by filter name. */
export function filterCounts(records: readonly RecordMeta[]): Record<string, Record<string, number>> {
  const chapter: Record<string, number> = {};
  const kind: Record<string, number> = {};
  for (const meta of records) {
    chapter[meta[2]] = (chapter[meta[2]] ?? 0) + 1;
    kind[kindOf(meta)] = (kind[kindOf(meta)] ?? 0) + 1;
  }
  return {chapter, kind};
}

/** A record's result, its preview cut from its text around the query's words. */
export function toHit(
  id: number,
  meta: RecordMeta,
  text: string,
  words: readonly string[],
  partial: boolean,
): Hit {
  const [url, title, page, trail, kind] = meta;
  const preview = excerpt(text, locate(text, words), 0, EXCERPT_WORDS);
  return {
    id: String(id),
    url,
    title,
    trail: [page, ...trail].filter((t) => t !== '' && t !== title),
    kind: kind === 'question' ? 'question' : 'text',
    excerpt: preview,
    terms: [...new Set([...words, ...markedWords(preview)])],
    partial,
  };
}

/**
 * Search over the index at `bundleUrl` (plugins/search writes it; MiniSearch and the index load on
 * first use, never with the page): corrects typos in long words, takes records with all the words
 * first and then partial matches, and turns results into hits with the matching passage as preview
 * (each record's text is a file of its own, fetched when its result is shown).
 */
export function guideSearch(bundleUrl: string): GuideSearch {
  const fetchOk = async (file: string) => {
    const res = await fetch(`${bundleUrl}${file}`);
    if (!res.ok) throw new Error(`The search index did not load (${res.status} for ${file})`);
    return res;
  };
  const base = loadOnce(async (): Promise<Base> => {
    const [{default: MiniSearchClass}, file] = await Promise.all([
      import(/* webpackChunkName: "minisearch" */ 'minisearch'),
      fetchOk(INDEX_FILE).then(async (res) => (await res.json()) as IndexFile),
    ]);
    const terms = file.index.terms === '' ? [] : file.index.terms.split(' ');
    // The index lists its terms most used first: the order corrections are chosen in.
    const words = new WordList(terms);
    return {
      MiniSearch: MiniSearchClass,
      index: file.index,
      records: file.records,
      vocabulary: {knows: async (w) => words.knows(w), corrections: async (w) => words.corrections(w)},
      shards: new Set(terms.map(shardOf)),
    };
  });
  // One MiniSearch per first character, loaded when a query has a word starting with it.
  const shards = new Map<number, () => Promise<MiniSearch>>();
  const shard = (term: string): Promise<MiniSearch> => {
    const key = shardOf(term);
    let load = shards.get(key);
    if (!load) {
      const file = fetchOk(shardFile(key)).then(async (res) => (await res.json()) as ShardFile);
      // Fetched at once, beside the index; a failed fetch is tried again with the next query.
      file.catch(() => shards.delete(key));
      load = loadOnce(async () => {
        const [{MiniSearch: MiniSearchClass, index}, postings] = await Promise.all([base(), file]);
        return MiniSearchClass.loadJS(decodeShard(index, key, postings), {fields: [...FIELDS], tokenize});
      });
      shards.set(key, load);
    }
    return load();
  };
  const texts = new Map<number, Promise<string>>();
  const text = (id: number): Promise<string> => {
    let pending = texts.get(id);
    if (!pending) {
      pending = fetchOk(textFile(id)).then((res) => res.text());
      pending.catch(() => texts.delete(id));
      texts.set(id, pending);
    }
    return pending;
  };

  return {
    warm() {
      base().catch(() => undefined);
    },
    async filters() {
      return filterCounts((await base()).records);
    },
    async search(query, filters, enough) {
      const typed = queryWords(query);
      // The typed words' postings are fetched beside the index when their files always exist.
      for (const word of typed)
        if (ALWAYS_WRITTEN.includes(shardOf(word))) shard(word).catch(() => undefined);
      const {records, vocabulary, shards: present} = await base();
      const prepared = await prepareWords(typed, vocabulary);
      const engine: Engine<number> = async (q, f) => {
        // As MiniSearch splits a query into terms; each term is searched in its own shard.
        const terms = tokenize(q).map((t) => t.toLowerCase());
        const perTerm = await Promise.all(
          terms.map(
            async (term) =>
              [
                term,
                present.has(shardOf(term))
                  ? (await shard(term))
                      .search(term, {
                        prefix: true,
                        boost: {title: TITLE_BOOST},
                        boostDocument: (id: number) => RANK_FACTOR[records[id]?.[5] ?? 0],
                      })
                      .map((r) => ({id: r.id as number, score: r.score}))
                  : [],
              ] as const,
          ),
        );
        return matchAll(perTerm)
          .filter((r) => records[r.id] !== undefined && matchesFilters(records[r.id]!, f))
          .map((r) => ({id: String(r.id), score: r.score, data: async () => r.id}));
      };
      const {words} = prepared;
      const ranked = await rankedSearch(engine, prepared, filters, enough);
      return {
        words,
        total: ranked.length,
        load: (from, to) =>
          ranked.slice(from, to).map(async (r): Promise<Hit> => {
            const id = await r.data();
            return toHit(id, records[id]!, await text(id), words, r.partial);
          }),
      };
    },
  };
}
