import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {accessiblePrismTheme} from './contrast';
import {prismThemeCss} from './themeCss';

export {default as remarkHighlight} from './remark';

/**
 * theme-classic's client module that loads Prism and the extra grammars on every page. Code is
 * highlighted at build time here, so the bundler replaces it with an empty module
 * (tests/unit/codeHighlighting.test.ts fails if theme-classic stops registering this file).
 */
export const PRISM_CLIENT_MODULE = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
  'lib',
  'prism-include-languages',
);

type PrismConfig = {theme: PrismTheme; darkTheme?: PrismTheme};

/**
 * Build-time code highlighting. remark.ts (in the docs plugin's remarkPlugins) puts each block's
 * highlighted lines into the compiled MDX; theme/CodeBlock renders them without Prism; the site's
 * light and dark Prism themes, raised to WCAG AA contrast, become one stylesheet scoped by colour mode.
 */
export default function codeHighlightingPlugin(context: LoadContext): Plugin<string> {
  let cssFile: string | undefined;
  return {
    name: 'code-highlighting',
    getThemePath: () => path.join(__dirname, 'theme'),
    loadContent() {
      const {theme, darkTheme} = (context.siteConfig.themeConfig as {prism: PrismConfig}).prism;
      return (
        prismThemeCss(accessiblePrismTheme(theme), 'light') +
        prismThemeCss(accessiblePrismTheme(darkTheme ?? theme), 'dark')
      );
    },
    async contentLoaded({content, actions}) {
      cssFile = await actions.createData('prism-theme.css', content);
    },
    getClientModules: () => (cssFile ? [cssFile] : []),
    configureWebpack() {
      return {resolve: {alias: {[PRISM_CLIENT_MODULE]: false, [`${PRISM_CLIENT_MODULE}.js`]: false}}};
    },
  };
}
