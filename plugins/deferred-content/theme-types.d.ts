// Modules the plugin exposes through getThemePath (theme/), which the site may override.
declare module '@theme/DeferredChapter/liveTrigger' {
  export function wantsLive(serverHtml: Element): boolean;
  export function subscribe(onChange: () => void): () => void;
}
