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

/**
 * What counts as the reader acting: turning the wheel, touching the screen, pressing a key or a
 * pointer button anywhere (scrolling starts with one of these; a `scroll` event alone may be the
 * browser's, going to a fragment or restoring a position), or pointing at or focusing the chapter.
 */
export const ANYWHERE = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
export const IN_CHAPTER = ['pointerover', 'focusin'] as const;

function record(e: Event): void {
  if (!early) return;
  const target = e.target instanceof Element ? e.target : null;
  const inChapter = Boolean(target?.closest('[data-deferred-body]'));
  if ((ANYWHERE as readonly string[]).includes(e.type) || inChapter) early.acted = true;
  if (e.type === 'click' && inChapter) early.pressed = target!.closest('button') ?? early.pressed;
}

const RECORDED = ['click', ...ANYWHERE, ...IN_CHAPTER] as const;

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
