import {find, locate} from './snapshot';

/**
 * Replaces a chapter's server copy with its live tree a few top-level parts per frame, so no frame
 * lays out the whole chapter. The live tree sits just before the server copy, both with their parts
 * hidden or shown: the live tree shows the first parts, the server copy the rest. While they share
 * the page, neither draws the clearfix that keeps margins from collapsing across its edges, so the
 * split adds no space and nothing on screen moves. Whatever the reader did to a part (an answer
 * opened, the focus) is carried over when the part is swapped; the rest (a selection, a button
 * pressed meanwhile) is the caller's to restore in `onDone`.
 */
export function swapGradually(
  before: HTMLElement,
  after: HTMLElement,
  {busy = () => false, onDone}: {busy?: () => boolean; onDone: () => void},
): () => void {
  const stale = [...before.children] as HTMLElement[];
  const fresh = [...after.children] as HTMLElement[];
  // Different markup (should not happen): swap at once rather than pair the wrong parts.
  if (stale.length !== fresh.length) {
    before.hidden = true;
    after.hidden = false;
    onDone();
    return () => undefined;
  }
  for (const root of [before, after]) root.setAttribute('data-swapping', '');
  fresh.forEach((part) => (part.style.display = 'none'));
  after.hidden = false;

  let next = 0;
  let frame = 0;
  let timer = 0;
  let done = false;
  const pace = new Pace(fresh.length);
  const step = (now: number) => {
    // Not under a press in progress: its click must land on the part it started on.
    const end = busy() ? next : Math.min(next + pace.batch(now), fresh.length);
    for (; next < end; next += 1) swapPart(before, after, stale[next]!, fresh[next]!);
    if (next < fresh.length) schedule();
    else finish();
  };
  // One batch per frame, after the frame: the browser lays out and paints in between.
  const schedule = () => {
    frame = requestAnimationFrame((now) => (timer = window.setTimeout(() => step(now), 0)));
  };
  const finish = () => {
    if (done) return;
    done = true;
    before.hidden = true;
    for (const root of [before, after]) root.removeAttribute('data-swapping');
    onDone();
  };
  schedule();
  // Stops at once: whatever is left is swapped now.
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    if (done) return;
    for (; next < fresh.length; next += 1) swapPart(before, after, stale[next]!, fresh[next]!);
    finish();
  };
}

/** The most frames a swap takes (a press in progress aside). */
export const SWAP_FRAMES = 16;

/**
 * How many parts to swap in the next frame. Every frame of a swap lays out the whole page, a cost
 * that does not shrink with the batch, so a slow device is served by few frames, not small ones:
 * the swap takes SWAP_FRAMES frames at most, and fewer on a device whose frames stay short (the
 * batch doubles after a frame under 25 ms). Measured on the longest chapter with the CPU slowed 4x,
 * two parts a frame made the swap last 6 s and block about as long in all as 16 frames do.
 */
export class Pace {
  private size: number;
  private last: number | null = null;
  constructor(private readonly total: number) {
    this.size = Math.max(2, Math.ceil(total / SWAP_FRAMES));
  }
  batch(now: number): number {
    if (this.last !== null && now - this.last < 25) this.size = Math.min(this.total, this.size * 2);
    this.last = now;
    return this.size;
  }
}

/** Shows one live part in place of its server copy, with the answers opened and the focus kept. */
function swapPart(before: HTMLElement, after: HTMLElement, stale: HTMLElement, fresh: HTMLElement): void {
  const opened = [...stale.querySelectorAll('details')].map((d) => d.open);
  fresh.querySelectorAll('details').forEach((d, i) => {
    if (opened[i]) d.open = true;
  });
  const active = document.activeElement;
  const focused = active && stale.contains(active) ? locate(before, active) : null;
  stale.style.display = 'none';
  fresh.style.removeProperty('display');
  if (focused) find(after, focused)?.focus({preventScroll: true});
}
