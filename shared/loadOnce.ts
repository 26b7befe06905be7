/**
 * Memoizes an asynchronous load (a code chunk, usually): every caller shares one attempt, and a
 * failed attempt is forgotten, so a failed chunk load (offline, new deployment) does not stick and
 * the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
