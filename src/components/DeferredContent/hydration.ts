// A Docusaurus client module: it runs in every page's first-load bundle and learns when the first
// render (the hydration of the server HTML) has been committed.

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
 * What the reader did to a static chapter before React had hydrated the page (this module runs
 * before hydration starts): whether they acted on it, and the last button they pressed. The
 * chapter's component takes this over once it is mounted.
 */
export type EarlyActivity = {wanted: boolean; clicked: Element | null};

let early: EarlyActivity | null = {wanted: false, clicked: null};

function record(e: Event): void {
  if (!early) return;
  if (e.type === 'scroll') {
    early.wanted = true;
    return;
  }
  const target = e.target instanceof Element ? e.target : null;
  if (!target?.closest('[data-deferred-body]')) return;
  early.wanted = true;
  if (e.type === 'click') early.clicked = target.closest('button') ?? early.clicked;
}

const RECORDED = ['click', 'pointerover', 'pointerdown', 'touchstart', 'focusin', 'scroll'] as const;

if (typeof window !== 'undefined') {
  for (const type of RECORDED) window.addEventListener(type, record, {capture: true, passive: true});
}

function stopRecording(): void {
  early = null;
  for (const type of RECORDED) window.removeEventListener(type, record, {capture: true});
}

/** Hands over the activity recorded before hydration (once; recording stops). */
export function takeEarlyActivity(): EarlyActivity {
  const taken = early ?? {wanted: false, clicked: null};
  if (early) stopRecording();
  return taken;
}

/**
 * For `dangerouslySetInnerHTML` on an element whose server HTML must survive hydration untouched.
 * One shared object: React re-applies the prop only when its identity changes.
 */
export const KEEP_SERVER_HTML = {__html: ''};
