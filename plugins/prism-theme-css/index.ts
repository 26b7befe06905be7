import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {prismThemeCss} from '../../src/utils/prismThemeCss';

/** Writes the site's light and dark Prism themes as one stylesheet and loads it on every page. */
export default function prismThemeCssPlugin(context: LoadContext): Plugin {
  const {theme, darkTheme} = (
    context.siteConfig.themeConfig as {prism: {theme: PrismTheme; darkTheme?: PrismTheme}}
  ).prism;
  const file = path.join(context.generatedFilesDir, 'prism-theme-css', 'prism-theme.css');
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, prismThemeCss(theme, 'light') + prismThemeCss(darkTheme ?? theme, 'dark'));
  return {name: 'prism-theme-css', getClientModules: () => [file]};
}
