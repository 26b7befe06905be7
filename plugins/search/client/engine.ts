import {KIND_FILTER, WORDS_DIR, WORDS_FILE} from '../document';
import {loadOnce} from '@site/shared/loadOnce';
import {WORD_SEPARATOR, excerpt, markedWords, type Location} from './excerpt';
import {prepareWords, queryWords, rankedSearch, type Engine, type Filters} from './query';
import {Lexicon} from './typos';

/** The part of Pagefind's browser API (pagefind.js, written by plugins/search) that search uses. */
type PagefindData = {
  readonly url: string;
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly weighted_locations: readonly Location[];
};
type PagefindApi = {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(
    term: string,
    options?: {filters?: Filters},
  ): Promise<{results: {id: string; score: number; data: () => Promise<PagefindData>}[]} | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
};

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

/** The headings above a result, as plugins/search writes them (a JSON array of strings). */
export function parseTrail(json: string | undefined): string[] {
  try {
    const value: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** Words in a preview. */
const EXCERPT_WORDS = 24;

export type GuideSearch = {
  /** Starts loading the engine (on focus, before the first keystroke). */
  warm(): void;
  search(query: string, filters: Filters, enough: number): Promise<Outcome>;
  /** Filter values and their result counts, by filter name. */
  filters(): Promise<Record<string, Record<string, number>>>;
};

/**
 * Search over the Pagefind bundle at `bundleUrl` (its script is loaded on first use, never
 * bundled): corrects typos in long words, takes records with all the words first and then partial
 * matches, and turns results into hits with the matching passage as preview.
 */
export function guideSearch(bundleUrl: string): GuideSearch {
  const pagefind = loadOnce(async () => {
    const api = (await import(/* webpackIgnore: true */ `${bundleUrl}pagefind.js`)) as PagefindApi;
    await api.options({excerptLength: EXCERPT_WORDS, noWorker: true});
    await api.init();
    return api;
  });
  // The word list, in parts: a query fetches the parts for the first letters of its words.
  const lexicon = new Lexicon(
    async (file) => {
      const res = await fetch(`${bundleUrl}${file}`);
      // No part for a character no word of the guide starts with.
      if (res.status === 404) return [];
      if (!res.ok) throw new Error(`The search word list did not load (${res.status})`);
      return (await res.text()).split('\n').filter((w) => w !== '');
    },
    WORDS_FILE,
    WORDS_DIR,
  );

  return {
    warm() {
      pagefind().catch(() => undefined);
    },
    async filters() {
      return (await pagefind()).filters();
    },
    async search(query, filters, enough) {
      const typed = queryWords(query);
      // The index chunks for the words load while their part of the word list is checked (a typo's
      // chunk is nearly always its correction's); the search then finds them loaded.
      const warmed = pagefind().then((api) => {
        api.preload(typed.join(' ')).catch(() => undefined);
        return api;
      });
      const [api, prepared] = await Promise.all([warmed, prepareWords(typed, lexicon)]);
      const engine: Engine<PagefindData> = async (q, f) => (await api.search(q, {filters: f}))?.results ?? [];
      const {words} = prepared;
      const ranked = await rankedSearch(engine, prepared, filters, enough);
      return {
        words,
        total: ranked.length,
        load: (from, to) =>
          ranked.slice(from, to).map(async (r): Promise<Hit> => {
            const data = await r.data();
            const title = data.meta.title ?? data.url;
            const preview = excerpt(
              data.content,
              data.weighted_locations,
              title.split(WORD_SEPARATOR).length,
              EXCERPT_WORDS,
            );
            return {
              id: r.id,
              url: data.url,
              title,
              trail: [data.meta.page, ...parseTrail(data.meta.trail)].filter(
                (t): t is string => t !== undefined && t !== '' && t !== title,
              ),
              kind: data.filters.kind?.includes(KIND_FILTER.question) ? 'question' : 'text',
              excerpt: preview,
              terms: [...new Set([...words, ...markedWords(preview)])],
              partial: r.partial,
            };
          }),
      };
    },
  };
}
