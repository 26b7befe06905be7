import {useSyncExternalStore} from 'react';
import {loadProgress, saveProgress, type KeptEntry, type StorageIssue, type StorageLike} from './storage';
import {EMPTY_PROGRESS, KEPT_PREFIX, STORAGE_KEY, type ProgressData} from './schema';

export type ProgressSnapshot = {
  /** False during server rendering and hydration: storage is read only in the browser, after mount. */
  readonly ready: boolean;
  readonly data: ProgressData;
  readonly kept: readonly KeptEntry[];
  readonly issue: StorageIssue | null;
};

export type ProgressStore = {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => ProgressSnapshot;
  readonly getServerSnapshot: () => ProgressSnapshot;
  /** Reads storage again, e.g. after another tab changed it. */
  readonly reload: () => void;
  /** Applies a change on top of the latest saved data; returns whether it was saved. */
  readonly update: (change: (data: ProgressData) => ProgressData) => boolean;
  /** Deletes one set-aside copy (the reader chose to start fresh). */
  readonly discardKept: (key: string) => void;
};

const SERVER_SNAPSHOT: ProgressSnapshot = {ready: false, data: EMPTY_PROGRESS, kept: [], issue: null};

/** A tiny external store over Web Storage, shared by every progress view on the page. */
export function createProgressStore(
  getStorage: () => StorageLike | null,
  clock: () => number = Date.now,
): ProgressStore {
  let snapshot: ProgressSnapshot | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  // Reading window.localStorage itself throws where the browser forbids storage.
  const storage = (): StorageLike | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };
  const read = (): ProgressSnapshot => ({ready: true, ...loadProgress(storage(), clock())});

  // Keeps two open tabs consistent: the browser tells every other tab when storage changes.
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === STORAGE_KEY || e.key.startsWith(KEPT_PREFIX)) reload();
  };

  function reload(): void {
    snapshot = read();
    notify();
  }

  function update(change: (data: ProgressData) => ProgressData): boolean {
    const current = snapshot ?? read();
    const target = storage();
    const fresh = target ? read() : current;
    // Without usable storage, or with unreadable data that could not be set aside, or after a failed
    // save, the latest progress is the in-memory one: keep working on it, and save nothing over data.
    const memoryOnly =
      !target ||
      fresh.issue?.kind === 'unavailable' ||
      fresh.issue?.kind === 'blocked' ||
      current.issue?.kind === 'save-failed';
    const next = change(memoryOnly ? current.data : fresh.data);
    let issue: StorageIssue | null = fresh.issue;
    if (target && fresh.issue?.kind !== 'blocked' && fresh.issue?.kind !== 'unavailable') {
      try {
        saveProgress(target, next);
        issue = null;
      } catch (err) {
        issue = {kind: 'save-failed', message: err instanceof Error ? err.message : String(err)};
      }
    }
    snapshot = {ready: true, data: next, kept: fresh.kept, issue};
    notify();
    return issue === null;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined')
        window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined')
          window.removeEventListener('storage', onStorage);
      };
    },
    getSnapshot() {
      snapshot ??= read();
      return snapshot;
    },
    getServerSnapshot: () => SERVER_SNAPSHOT,
    reload,
    update,
    discardKept(key) {
      // Grades given while unreadable data blocked saving live only in memory: save them now.
      const unsaved = snapshot?.issue?.kind === 'blocked' ? snapshot.data : null;
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing to do: reload reports the storage as it is.
      }
      reload();
      if (unsaved && Object.keys(unsaved.cards).length > 0 && snapshot?.issue === null) update(() => unsaved);
    },
  };
}

export const progressStore: ProgressStore = createProgressStore(() => window.localStorage);

/** The reader's progress; `ready` is false until the component has mounted in the browser. */
export function useProgress(): ProgressSnapshot {
  return useSyncExternalStore(
    progressStore.subscribe,
    progressStore.getSnapshot,
    progressStore.getServerSnapshot,
  );
}
