/**
 * What the reader did to the static copy of a chapter before its React tree arrived, so the swap
 * to the live tree loses nothing: open answers, the focused control, and a button pressed while
 * the code was loading (pressed again). The live tree may hold more than the static copy (progress
 * appears once it is read), so an element is found again by its tag, its text and its rank among
 * the elements with both, not by its position.
 */
export type Locator = {readonly tag: string; readonly text: string; readonly nth: number};

export type Snapshot = {
  readonly open: readonly number[];
  readonly focus: Locator | null;
  readonly click: Locator | null;
};

// Icon buttons have no text: their accessible name tells them apart.
const label = (el: Element) => el.textContent || el.getAttribute('aria-label') || '';
const alike = (root: Element, tag: string, text: string) =>
  [...root.getElementsByTagName(tag)].filter((el) => label(el) === text);

export function locate(root: Element, el: Element | null): Locator | null {
  if (!el || el === root || !root.contains(el)) return null;
  const text = label(el);
  return {tag: el.tagName, text, nth: alike(root, el.tagName, text).indexOf(el)};
}

export function find(root: Element, locator: Locator | null): HTMLElement | null {
  const el = locator ? alike(root, locator.tag, locator.text)[locator.nth] : undefined;
  return el instanceof HTMLElement ? el : null;
}

export function capture(root: Element, clicked: Element | null): Snapshot {
  const details = [...root.querySelectorAll('details')];
  return {
    open: details.flatMap((d, i) => (d.open ? [i] : [])),
    focus: locate(root, document.activeElement),
    click: locate(root, clicked),
  };
}

/** Re-applies a snapshot to the live tree; returns the button to press again, if any. */
export function restore(root: Element, snapshot: Snapshot): HTMLElement | null {
  const details = root.querySelectorAll('details');
  for (const i of snapshot.open) details[i]?.setAttribute('open', '');
  find(root, snapshot.focus)?.focus({preventScroll: true});
  return find(root, snapshot.click);
}
