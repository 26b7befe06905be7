/**
 * A reader's edits to a snippet, kept in this browser so that a reload or a visit to another page
 * does not throw them away. The key names the page and a hash of the original code: when the guide
 * changes a snippet, old edits of the old code no longer apply to it.
 */
export const EDIT_PREFIX = 'mai10.edit.';

export type EditStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** FNV-1a, 32 bits: a short, stable fingerprint of the original code (not a security hash). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export const editKey = (pathname: string, original: string): string =>
  `${EDIT_PREFIX}${pathname}:${fingerprint(original)}`;

/** The saved edit, if any; null when there is none or storage cannot be read. */
export function loadEdit(storage: EditStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Saves the reader's code, or forgets it when it is the original again. Returns whether it stuck. */
export function saveEdit(storage: EditStorage | null, key: string, code: string, original: string): boolean {
  try {
    if (!storage) return false;
    if (code === original) storage.removeItem(key);
    else storage.setItem(key, code);
    return true;
  } catch {
    return false;
  }
}

export function browserStorage(): EditStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
