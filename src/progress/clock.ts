import {useSyncExternalStore} from 'react';

// Due dates are shown to the minute; a coarse clock keeps every view on the page in step.
const TICK_MS = 15_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((l) => l()), TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const getSnapshot = (): number => Math.floor(Date.now() / TICK_MS) * TICK_MS;
const getServerSnapshot = (): null => null;

/** The current time, rounded down to 15 s and kept current; null while rendering on the server. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
