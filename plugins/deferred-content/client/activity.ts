// The plugin's client module: it runs in every page's first-load bundle, before React hydrates, and
// learns when the first render (the hydration of the server HTML) has been committed.

let hydrated = false;

/** False while React hydrates the server HTML; true for every render after that. */
export function isHydrated(): boolean {
  return hydrated;
}

export function onRouteDidUpdate(): void {
  hydrated = true;
  // Nothing to hand over on a page without a static chapter.
  if (early && !document.querySelector('[data-deferred-body]')) stopRecording();
}

/**
 * What the reader did to a static chapter before React had hydrated the page: whether they acted on
 * it, and the last button they pressed. The chapter's component takes this over once it is mounted.
 */
export type EarlyActivity = {acted: boolean; pressed: Element | null};

let early: EarlyActivity | null = {acted: false, pressed: null};

/** Keys that scroll the page when no field has the focus. */
const SCROLL_KEYS = new Set([' ', 'PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/** Events the chapter's activity is read from (window, capture). */
export const ACTIVITY = ['wheel', 'touchstart', 'keydown', 'pointerdown', 'pointerover', 'focusin'] as const;

/**
 * Whether an event is the reader acting on the chapter: anything inside it, or starting to scroll
 * the page (the wheel; a touch or a press on the page, not on a control elsewhere such as the search
 * box; a scrolling key outside a field). A `scroll` event alone does not count: it may be the
 * browser's, going to a fragment or restoring a position.
 */
export function isReaderActing(e: Event): boolean {
  const target = e.target instanceof Element ? e.target : null;
  if (target?.closest('[data-deferred-body]')) return true;
  if (e.type === 'wheel') return true;
  const elsewhere = target?.closest('input, textarea, select, button, a, [contenteditable], .navbar, nav');
  if (e.type === 'touchstart' || e.type === 'pointerdown') return !elsewhere;
  if (e.type === 'keydown') return !elsewhere && SCROLL_KEYS.has((e as KeyboardEvent).key);
  return false;
}

function record(e: Event): void {
  if (!early) return;
  if (isReaderActing(e)) early.acted = true;
  const target = e.target instanceof Element ? e.target : null;
  if (e.type === 'click' && target?.closest('[data-deferred-body]'))
    early.pressed = target.closest('button') ?? early.pressed;
}

const RECORDED = ['click', ...ACTIVITY] as const;

if (typeof window !== 'undefined') {
  for (const type of RECORDED) window.addEventListener(type, record, {capture: true, passive: true});
}

function stopRecording(): void {
  early = null;
  for (const type of RECORDED) window.removeEventListener(type, record, {capture: true});
}

/** Hands over the activity recorded before hydration (once; recording stops). */
export function takeEarlyActivity(): EarlyActivity {
  const taken = early ?? {acted: false, pressed: null};
  if (early) stopRecording();
  return taken;
}
