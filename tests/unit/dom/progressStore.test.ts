import {createProgressStore} from '@site/src/progress/store';
import {loadProgress} from '@site/src/progress/storage';
import {EMPTY_PROGRESS, KEPT_PREFIX, STORAGE_KEY} from '@site/src/progress/schema';
import {MemoryStorage, progress, reviewCard} from '../progressFixtures';

const NOW = Date.parse('2026-11-26T10:00:00.000Z');
const CARD = reviewCard('2026-12-01T10:00:00.000Z');

function keptKeys(storage: MemoryStorage): string[] {
  return [...storage.map.keys()].filter((k) => k.startsWith(KEPT_PREFIX));
}

describe('loading progress from storage', () => {
  it('starts empty when nothing is stored, and writes nothing', () => {
    const storage = new MemoryStorage();
    expect(loadProgress(storage, NOW)).toEqual({data: EMPTY_PROGRESS, kept: [], issue: null});
    expect(storage.map.size).toBe(0);
  });

  it('reads valid data as it was saved, without rewriting it', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify(progress({'q-a': CARD}));
    storage.map.set(STORAGE_KEY, raw);
    const result = loadProgress(storage, NOW);
    expect(result.data.cards).toEqual({'q-a': CARD});
    expect(result.issue).toBeNull();
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it.each([
    [
      'text that is not JSON',
      '{"format": "mastering-ai-10-progress", "version": 1, "cards": {',
      /not valid JSON/,
    ],
    ['someone else’s JSON', JSON.stringify({theme: 'dark'}), /not progress saved by this guide/],
    [
      'a newer schema',
      JSON.stringify({...progress({}), version: 7}),
      /newer version of this guide \(schema 7\)/,
    ],
    [
      'a card with a broken field',
      JSON.stringify(progress({'q-a': {...CARD, due: 'next tuesday'}})),
      /ISO 8601/,
    ],
  ])('sets %s aside under a key of its own, reports why, and starts empty', (_what, raw, why) => {
    const storage = new MemoryStorage();
    storage.map.set(STORAGE_KEY, raw);
    const result = loadProgress(storage, NOW);
    expect(result.data).toEqual(EMPTY_PROGRESS);
    expect(result.issue).toBeNull();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(keptKeys(storage)).toEqual([`${KEPT_PREFIX}${NOW}`]);
    expect(storage.getItem(`${KEPT_PREFIX}${NOW}`)).toBe(raw);
    expect(result.kept).toHaveLength(1);
    expect(result.kept[0]).toMatchObject({key: `${KEPT_PREFIX}${NOW}`, keptAt: NOW, raw});
    expect(result.kept[0]!.problems.map((p) => p.problem).join('\n')).toMatch(why);
  });

  it('never overwrites an earlier kept copy, and does not keep the same data twice', () => {
    const storage = new MemoryStorage();
    storage.map.set(`${KEPT_PREFIX}${NOW}`, 'older garbage');
    storage.map.set(STORAGE_KEY, 'new garbage');
    loadProgress(storage, NOW);
    expect(storage.getItem(`${KEPT_PREFIX}${NOW}`)).toBe('older garbage');
    expect(storage.getItem(`${KEPT_PREFIX}${NOW + 1}`)).toBe('new garbage');
    // A second tab finding the same garbage again keeps one copy only.
    storage.map.set(STORAGE_KEY, 'new garbage');
    loadProgress(storage, NOW + 5);
    expect(keptKeys(storage)).toHaveLength(2);
  });

  it('leaves unreadable data in place, and blocks saving over it, when it cannot be set aside', () => {
    const storage = new MemoryStorage();
    storage.map.set(STORAGE_KEY, 'garbage');
    storage.failWrites = (key) => key.startsWith(KEPT_PREFIX);
    const store = createProgressStore(
      () => storage,
      () => NOW,
    );
    const snap = store.getSnapshot();
    expect(snap.issue).toEqual({kind: 'blocked'});
    expect(snap.kept).toEqual([expect.objectContaining({key: STORAGE_KEY, raw: 'garbage'})]);
    expect(store.update((d) => ({...d, cards: {'q-a': CARD}}))).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe('garbage');
    // The grade still counts in this tab.
    expect(store.getSnapshot().data.cards['q-a']).toEqual(CARD);
    // Once the reader discards the unreadable data, the grades given meanwhile are saved.
    storage.failWrites = null;
    store.discardKept(STORAGE_KEY);
    expect(store.getSnapshot().issue).toBeNull();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).cards).toEqual({'q-a': CARD});
  });

  it('works from memory, and says so, where the browser refuses storage', () => {
    const store = createProgressStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.getSnapshot().issue).toEqual({kind: 'unavailable'});
    expect(store.update((d) => ({...d, cards: {'q-a': CARD}}))).toBe(false);
    expect(store.getSnapshot().data.cards).toEqual({'q-a': CARD});
  });
});

describe('the progress store', () => {
  it('has a server snapshot with no data, so server and first client render agree', () => {
    const storage = new MemoryStorage();
    storage.map.set(STORAGE_KEY, JSON.stringify(progress({'q-a': CARD})));
    const store = createProgressStore(() => storage);
    expect(store.getServerSnapshot()).toEqual({ready: false, data: EMPTY_PROGRESS, kept: [], issue: null});
    expect(store.getSnapshot().ready).toBe(true);
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('saves changes, notifies subscribers, and builds on what another tab saved meanwhile', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.getSnapshot();
    // Another tab saves a grade after this one read storage.
    storage.map.set(STORAGE_KEY, JSON.stringify(progress({'from-other-tab': CARD})));
    expect(store.update((d) => ({...d, cards: {...d.cards, 'from-this-tab': CARD}}))).toBe(true);
    expect(Object.keys(JSON.parse(storage.getItem(STORAGE_KEY)!).cards).sort()).toEqual([
      'from-other-tab',
      'from-this-tab',
    ]);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('follows changes made in another tab (the storage event)', () => {
    const store = createProgressStore(() => window.localStorage);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.getSnapshot().data.cards).toEqual({});
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(progress({'q-a': CARD})));
    window.dispatchEvent(new StorageEvent('storage', {key: STORAGE_KEY}));
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot().data.cards).toEqual({'q-a': CARD});
    // Unrelated keys are ignored.
    listener.mockClear();
    window.dispatchEvent(new StorageEvent('storage', {key: 'theme'}));
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('reports a failed save and keeps the change in this tab', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    storage.failWrites = () => true;
    expect(store.update((d) => ({...d, cards: {'q-a': CARD}}))).toBe(false);
    expect(store.getSnapshot().issue).toMatchObject({
      kind: 'save-failed',
      message: expect.stringMatching(/quota/),
    });
    expect(store.getSnapshot().data.cards).toEqual({'q-a': CARD});
    // The next save that works stores everything, the earlier change included.
    storage.failWrites = null;
    expect(store.update((d) => ({...d, cards: {...d.cards, 'q-b': CARD}}))).toBe(true);
    expect(Object.keys(JSON.parse(storage.getItem(STORAGE_KEY)!).cards)).toEqual(['q-a', 'q-b']);
  });

  it('deletes a kept copy only when asked', () => {
    const storage = new MemoryStorage();
    storage.map.set(STORAGE_KEY, 'garbage');
    const store = createProgressStore(
      () => storage,
      () => NOW,
    );
    const [kept] = store.getSnapshot().kept;
    expect(kept?.raw).toBe('garbage');
    store.reload();
    expect(store.getSnapshot().kept).toHaveLength(1);
    store.discardKept(kept!.key);
    expect(store.getSnapshot().kept).toEqual([]);
    expect(storage.map.size).toBe(0);
  });
});
