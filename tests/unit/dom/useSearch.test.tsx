import {act, renderHook} from '@testing-library/react';
import type {GuideSearch, Hit} from '@site/plugins/search/client/engine';
import {SETTLE_MS, useSearch} from '@site/plugins/search/client/useSearch';

/** A stand-in search: every query has `total` results; `loaded` records which previews were fetched. */
function fakeSearch(total: number) {
  const loaded: string[] = [];
  const search: GuideSearch = {
    warm: () => undefined,
    filters: async () => ({}),
    search: async (query) => ({
      words: query.split(' '),
      total,
      load: (from, to) =>
        Array.from({length: Math.max(0, Math.min(to, total) - from)}, async (_, i) => {
          const id = `${query}#${from + i}`;
          loaded.push(id);
          return {
            id,
            url: `/docs/x#${from + i}`,
            title: id,
            trail: [],
            kind: 'text',
            excerpt: '',
            terms: [],
            partial: false,
          } satisfies Hit;
        }),
    }),
  };
  return {search, loaded};
}

const NO_FILTERS = {};
const flush = () => act(async () => undefined);

describe('useSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the first result at once and the others once the reader has not typed for a moment', async () => {
    const {search, loaded} = fakeSearch(5);
    const {result} = renderHook(() => useSearch(search, 'canary', NO_FILTERS, 3));
    await flush();
    expect(result.current.hits.map((h) => h.id)).toEqual(['canary#0']);
    expect(result.current.complete).toBe(false);
    expect(loaded).toEqual(['canary#0']);
    await act(async () => vi.advanceTimersByTimeAsync(SETTLE_MS));
    expect(result.current.hits.map((h) => h.id)).toEqual(['canary#0', 'canary#1', 'canary#2']);
    expect(result.current.complete).toBe(true);
    expect(result.current.total).toBe(5);
  });

  it('fetches no more previews for a query while the reader goes on typing', async () => {
    const {search, loaded} = fakeSearch(5);
    const {rerender, result} = renderHook(({q}) => useSearch(search, q, NO_FILTERS, 3), {
      initialProps: {q: 'kubernetes'},
    });
    await flush();
    // "kubernetes s": the same query (a last word of one letter is left out), but the reader typed.
    await act(async () => vi.advanceTimersByTimeAsync(SETTLE_MS - 50));
    rerender({q: 'kubernetes s'});
    await act(async () => vi.advanceTimersByTimeAsync(SETTLE_MS - 50));
    expect(loaded).toEqual(['kubernetes#0']);
    rerender({q: 'kubernetes se'});
    await flush();
    await act(async () => vi.advanceTimersByTimeAsync(SETTLE_MS));
    expect(loaded).toEqual(['kubernetes#0', 'kubernetes se#0', 'kubernetes se#1', 'kubernetes se#2']);
    expect(result.current.hits.map((h) => h.id)).toEqual([
      'kubernetes se#0',
      'kubernetes se#1',
      'kubernetes se#2',
    ]);
  });

  it('says when a query has no results', async () => {
    const {search} = fakeSearch(0);
    const {result} = renderHook(() => useSearch(search, 'hpz', NO_FILTERS, 3));
    await flush();
    expect(result.current).toMatchObject({status: 'ready', hits: [], total: 0, complete: true});
  });
});
