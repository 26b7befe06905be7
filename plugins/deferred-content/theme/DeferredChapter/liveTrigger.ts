/**
 * When a chapter whose server HTML is on the page should fetch its text without waiting for the
 * reader to act on it. The site overrides this module (src/theme/DeferredChapter/liveTrigger.ts).
 *
 * `wantsLive` is asked once before the page hydrates (true: the chapter hydrates with its text, no
 * later swap) and again whenever `subscribe` reports a change while the server HTML is shown.
 */
export function wantsLive(_serverHtml: Element): boolean {
  return false;
}

/** Calls `onChange` when `wantsLive` may answer differently; returns the unsubscribe function. */
export function subscribe(_onChange: () => void): () => void {
  return () => undefined;
}
