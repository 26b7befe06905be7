import {useSyncExternalStore} from 'react';

// A minimal location store standing in for @docusaurus/router's useLocation and useHistory.
let location = {hash: '', search: ''};
const listeners = new Set<() => void>();

function set(next: Partial<typeof location>): void {
  location = {...location, ...next};
  listeners.forEach((l) => l());
}

export function setHash(hash: string): void {
  set({hash});
}

export function setSearch(search: string): void {
  set({search});
}

export function useLocation(): {pathname: string; hash: string; search: string} {
  const current = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => location,
    () => location,
  );
  return {pathname: '/docs/chapter', ...current};
}

type To = string | {readonly search?: string; readonly hash?: string};

function go(to: To): void {
  if (typeof to === 'string') set({hash: to.includes('#') ? to.slice(to.indexOf('#')) : ''});
  else set({search: to.search ?? '', hash: to.hash ?? ''});
}

export function useHistory(): {push: (to: To) => void; replace: (to: To) => void} {
  return {push: go, replace: go};
}
