// A Docusaurus client module: it runs in every page's first-load bundle and learns when the first
// render (the hydration of the server HTML) has been committed.

let hydrated = false;

/** False while React hydrates the server HTML; true for every render after that. */
export function isHydrated(): boolean {
  return hydrated;
}

export function onRouteDidUpdate(): void {
  hydrated = true;
}

/**
 * For `dangerouslySetInnerHTML` on an element whose server HTML must survive hydration untouched.
 * One shared object: React re-applies the prop only when its identity changes.
 */
export const KEEP_SERVER_HTML = {__html: ''};
