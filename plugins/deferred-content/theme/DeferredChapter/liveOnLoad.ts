/**
 * Whether a chapter whose server HTML is on the page should load its text before the page hydrates,
 * so that it hydrates live instead of waiting for the reader to act. Called once per page load,
 * before React renders, with the chapter's server HTML. The site overrides this module
 * (src/theme/DeferredChapter/liveOnLoad.ts) to say when.
 */
export default function liveOnLoad(_serverHtml: Element): boolean {
  return false;
}
