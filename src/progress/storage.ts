import {parseProgress} from './validate';
import {EMPTY_PROGRESS, KEPT_PREFIX, STORAGE_KEY, type ProgressData, type Problem} from './schema';

/** The part of the Web Storage API this module uses, so tests can pass a stand-in. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Data found in storage that could not be read, kept for the reader to download. */
export type KeptEntry = {
  readonly key: string;
  /** When it was set aside (ms since epoch); for data that could not be moved, when it was found. */
  readonly keptAt: number;
  readonly raw: string;
  readonly problems: readonly Problem[];
};

export type StorageIssue =
  /** The browser refuses storage (privacy settings, sandboxed frame): progress lasts for this tab only. */
  | {readonly kind: 'unavailable'}
  /** Unreadable data could not be set aside (storage full), so nothing is saved over it. */
  | {readonly kind: 'blocked'}
  /** The last save failed, e.g. storage is full. */
  | {readonly kind: 'save-failed'; readonly message: string};

export type LoadResult = {
  readonly data: ProgressData;
  readonly kept: readonly KeptEntry[];
  readonly issue: StorageIssue | null;
};

const succeeds = (fn: () => void): boolean => {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
};

function keptKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(KEPT_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/** The set-aside copies, oldest first, with what is wrong with each. */
export function listKept(storage: StorageLike): KeptEntry[] {
  return keptKeys(storage).flatMap((key) => {
    const raw = storage.getItem(key);
    if (raw === null) return [];
    const result = parseProgress(raw);
    return [
      {
        key,
        keptAt: Number(key.slice(KEPT_PREFIX.length)) || 0,
        raw,
        problems: result.ok ? [] : result.problems,
      },
    ];
  });
}

/**
 * Moves unreadable data from the main key to a key of its own. Returns false, leaving the data
 * where it is, if it cannot be copied (storage full): it must never be overwritten.
 */
function setAside(storage: StorageLike, raw: string, now: number): boolean {
  const duplicate = keptKeys(storage).some((k) => storage.getItem(k) === raw);
  if (!duplicate) {
    let stamp = now;
    while (storage.getItem(`${KEPT_PREFIX}${stamp}`) !== null) stamp += 1;
    if (!succeeds(() => storage.setItem(`${KEPT_PREFIX}${stamp}`, raw))) return false;
  }
  return succeeds(() => storage.removeItem(STORAGE_KEY));
}

/**
 * Reads the reader's progress. Never throws: data that is not valid is set aside under a key of its
 * own and reported in `kept`; a browser without storage is reported in `issue`.
 */
export function loadProgress(storage: StorageLike | null, now: number = Date.now()): LoadResult {
  if (!storage) return {data: EMPTY_PROGRESS, kept: [], issue: {kind: 'unavailable'}};
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (raw === null) return {data: EMPTY_PROGRESS, kept: listKept(storage), issue: null};
    const result = parseProgress(raw);
    if (result.ok) return {data: result.data, kept: listKept(storage), issue: null};
    if (setAside(storage, raw, now)) return {data: EMPTY_PROGRESS, kept: listKept(storage), issue: null};
    // It stays under the main key: offer it for download from there, and save nothing over it.
    const stuck: KeptEntry = {key: STORAGE_KEY, keptAt: now, raw, problems: result.problems};
    return {data: EMPTY_PROGRESS, kept: [...listKept(storage), stuck], issue: {kind: 'blocked'}};
  } catch {
    return {data: EMPTY_PROGRESS, kept: [], issue: {kind: 'unavailable'}};
  }
}

/**
 * The ids of the questions with saved progress, read without side effects (nothing is set aside or
 * reported: that is the store's job once the page runs). Empty when storage is unreadable.
 */
export function savedQuestionIds(storage: StorageLike | null): ReadonlySet<string> {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    const result = raw ? parseProgress(raw) : null;
    return new Set(result?.ok ? Object.keys(result.data.cards) : []);
  } catch {
    return new Set();
  }
}

/** Ids of the exercises the stored progress records as passed (none if it cannot be read). */
export function savedExerciseIds(storage: StorageLike | null): ReadonlySet<string> {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    const result = raw ? parseProgress(raw) : null;
    return new Set(result?.ok ? Object.keys(result.data.exercises) : []);
  } catch {
    return new Set();
  }
}

/** Writes the document; throws what the browser throws (quota exceeded, storage disabled). */
export function saveProgress(storage: StorageLike, data: ProgressData): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(data));
}
