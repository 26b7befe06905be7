import {useSyncExternalStore} from 'react';

// A minimal location store standing in for @docusaurus/router's useLocation.
let hash = '';
const listeners = new Set<() => void>();

export function setHash(next: string): void {
  hash = next;
  listeners.forEach((l) => l());
}

export function useLocation(): {pathname: string; hash: string; search: string} {
  const current = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => hash,
  );
  return {pathname: '/docs/chapter', hash: current, search: ''};
}

export function useHistory(): {push: (to: string) => void} {
  return {push: (to: string) => setHash(to.includes('#') ? to.slice(to.indexOf('#')) : '')};
}
