/**
 * What the reader did to the static copy of a chapter before its React tree arrived, so the swap to
 * the live tree loses nothing: open answers, the focused control, the text selection, a button
 * pressed while the code was loading (pressed again). Both copies have the same markup and text, so
 * an element is found again by its tag, its text and its rank among the elements with both, and a
 * selection by its character offsets in the text.
 */
export type Locator = {readonly tag: string; readonly text: string; readonly nth: number};

/** A selection as character offsets into the root's text (anchor may come after focus). */
export type TextRange = {readonly anchor: number; readonly focus: number};

export type Snapshot = {
  readonly open: readonly number[];
  readonly focus: Locator | null;
  readonly click: Locator | null;
  readonly selection: TextRange | null;
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

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The character offset of a DOM position (node, offset) in the root's text, or null if outside. */
function offsetOf(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM position of a character offset in the root's text. */
function positionAt(root: Element, offset: number): [Node, number] {
  let left = offset;
  const nodes = textNodes(root);
  for (const node of nodes) {
    if (left <= node.length) return [node, left];
    left -= node.length;
  }
  const last = nodes.at(-1);
  return last ? [last, last.length] : [root, root.childNodes.length];
}

export function captureSelection(root: Element): TextRange | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const anchor = offsetOf(root, selection.anchorNode!, selection.anchorOffset);
  const focus = offsetOf(root, selection.focusNode!, selection.focusOffset);
  return anchor === null || focus === null ? null : {anchor, focus};
}

export function restoreSelection(root: Element, range: TextRange): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  const [anchorNode, anchorOffset] = positionAt(root, range.anchor);
  const [focusNode, focusOffset] = positionAt(root, range.focus);
  selection.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset);
}

export function capture(root: Element, clicked: Element | null): Snapshot {
  const details = [...root.querySelectorAll('details')];
  return {
    open: details.flatMap((d, i) => (d.open ? [i] : [])),
    focus: locate(root, root.ownerDocument.activeElement),
    click: locate(root, clicked),
    selection: captureSelection(root),
  };
}

/**
 * Re-applies a snapshot to the live tree; returns the button to press again, if any. Call it while
 * the live tree is displayed: focus and selection need rendered elements.
 */
export function restore(root: Element, snapshot: Snapshot): HTMLElement | null {
  const details = root.querySelectorAll('details');
  for (const i of snapshot.open) details[i]?.setAttribute('open', '');
  find(root, snapshot.focus)?.focus({preventScroll: true});
  if (snapshot.selection) restoreSelection(root, snapshot.selection);
  return find(root, snapshot.click);
}
