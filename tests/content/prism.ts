import {hasGrammar, loadLanguages} from '@site/plugins/code-highlighting/prism';
import config from '@site/docusaurus.config';

/** Whether the build can highlight a language: prism-react-renderer's grammars plus the configured ones. */
export function siteHasGrammar(): (language: string) => boolean {
  loadLanguages((config.themeConfig as {prism: {additionalLanguages: string[]}}).prism.additionalLanguages);
  return hasGrammar;
}
