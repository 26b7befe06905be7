// Modules the plugin exposes through getThemePath (theme/).
declare module '@theme/DeferredChapter/liveOnLoad' {
  export default function liveOnLoad(serverHtml: Element): boolean;
}
