import {createRequire} from 'node:module';
import {Prism} from 'prism-react-renderer';
import config from '@site/docusaurus.config';

const require = createRequire(import.meta.url);

/** The Prism grammars the site ships: prism-react-renderer's bundle plus the configured extra languages. */
export function loadSiteGrammars(): Set<string> {
  const g = globalThis as {Prism?: unknown};
  g.Prism = Prism;
  const prism = (config.themeConfig as {prism: {additionalLanguages: string[]}}).prism;
  for (const lang of prism.additionalLanguages) require(`prismjs/components/prism-${lang}`);
  delete g.Prism;
  return new Set(Object.keys(Prism.languages).filter((k) => typeof Prism.languages[k] === 'object'));
}
