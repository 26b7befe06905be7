import {useCallback, useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {guideSearch, type GuideSearch, type Hit, type Outcome} from './engine';
import {typedQuery, type Filters} from './query';

const instances = new Map<string, GuideSearch>();

/** The site's search, one per page load: the index loads once and serves the bar and the page. */
export function useGuideSearch(): GuideSearch {
  const bundleUrl = useBaseUrl('/search-index/');
  let search = instances.get(bundleUrl);
  if (!search) {
    search = guideSearch(bundleUrl);
    instances.set(bundleUrl, search);
  }
  return search;
}

export type SearchState = {
  /** idle: no query; loading: the first results are on their way; failed: the index did not load. */
  readonly status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The query the results belong to (results of the previous query stay while the next loads). */
  readonly query: string;
  readonly hits: readonly Hit[];
  readonly total: number;
  /** False while later results of the first page are still loading. */
  readonly complete: boolean;
  /** Loads the next `pageSize` results. */
  readonly more: () => void;
};

/** How long the reader must not have typed before the previews of its results after the first are fetched. */
export const SETTLE_MS = 300;

type Answer = {
  readonly key: string;
  readonly status: 'ready' | 'failed';
  readonly query: string;
  readonly hits: readonly Hit[];
  readonly total: number;
  /** False while later results of the first page are still loading. */
  readonly complete: boolean;
};

/**
 * Results of `query` as the reader types it (`typedQuery`) under `filters`, `pageSize` at a time;
 * a newer query discards older answers. The first result shows as soon as it has loaded; once the
 * reader has not typed for `SETTLE_MS`, the others of the page load in parallel and show in rank
 * order as they arrive.
 */
export function useSearch(
  search: GuideSearch,
  query: string,
  filters: Filters,
  pageSize: number,
): SearchState {
  const q = typedQuery(query).trim();
  // When the reader last typed (a keystroke may leave `q` as it was: "kubernetes s").
  const typed = useRef(0);
  useEffect(() => {
    typed.current = performance.now();
  }, [query]);
  const key = JSON.stringify([q, filters, pageSize]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const outcome = useRef<{key: string; outcome: Outcome; shown: number} | null>(null);

  useEffect(() => {
    if (q === '') return undefined;
    let current = true;
    const [, f] = JSON.parse(key) as [string, Filters];
    search
      .search(q, f, pageSize)
      .then(async (o) => {
        // A query typed over meanwhile needs no previews (each is a download).
        if (!current) return;
        const hits: Hit[] = [];
        const show = (complete: boolean) => {
          outcome.current = {key, outcome: o, shown: hits.length};
          setAnswer({key, status: 'ready', query: q, hits: [...hits], total: o.total, complete});
        };
        const last = Math.min(pageSize, o.total);
        if (last === 0) return show(true);
        hits.push(await o.load(0, 1)[0]!);
        if (!current) return undefined;
        show(last === 1);
        // The others once the reader pauses: a word still being typed fetches one preview, not eight.
        for (let wait = SETTLE_MS; wait > 0; wait = typed.current + SETTLE_MS - performance.now()) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          if (!current) return undefined;
        }
        for (const hit of o.load(1, last)) {
          hits.push(await hit);
          if (!current) return undefined;
          show(hits.length === last);
        }
        return undefined;
      })
      .catch(() => {
        if (current) setAnswer({key, status: 'failed', query: q, hits: [], total: 0, complete: true});
      });
    return () => {
      current = false;
    };
  }, [search, q, key, pageSize]);

  const more = useCallback(() => {
    const loaded = outcome.current;
    if (!loaded || loaded.key !== key || loaded.shown >= loaded.outcome.total) return;
    const from = loaded.shown;
    Promise.all(loaded.outcome.load(from, from + pageSize))
      .then((next) => {
        if (outcome.current !== loaded || loaded.shown !== from) return;
        loaded.shown = from + next.length;
        setAnswer((cur) => (cur && cur.key === key ? {...cur, hits: [...cur.hits, ...next]} : cur));
      })
      .catch(() => undefined);
  }, [key, pageSize]);

  if (q === '') return {status: 'idle', query: '', hits: [], total: 0, complete: true, more};
  if (!answer) return {status: 'loading', query: q, hits: [], total: 0, complete: false, more};
  if (answer.key !== key)
    return {...answer, status: answer.hits.length > 0 ? answer.status : 'loading', more};
  return {...answer, more};
}
