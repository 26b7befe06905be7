/**
 * The theme components this site replaces, wraps or builds on that Docusaurus does not list as safe
 * to swizzle, and the other internals it depends on: what to check first when upgrading Docusaurus
 * (ARCHITECTURE.md). tests/unit/swizzles.test.ts resolves every original and fails when a theme
 * component of ours overrides an unsafe one that is not listed here.
 */
export type Internal = {
  /** The module as imported (`@theme/…`) or the package entry (`@docusaurus/…`). */
  readonly name: string;
  /** The file in node_modules that must still exist, relative to the package's lib folder. */
  readonly original: {readonly package: string; readonly file: string};
  /** How we use it. */
  readonly use: 'ejected' | 'wrapped' | 'imported' | 'aliased away';
  /** Where: the file of ours that depends on it. */
  readonly by: string;
  readonly why: string;
};

export const INTERNALS: readonly Internal[] = [
  {
    name: '@theme/CodeBlock/Content',
    original: {package: '@docusaurus/theme-classic', file: 'theme/CodeBlock/Content/index.js'},
    use: 'ejected',
    by: 'plugins/code-highlighting/theme/CodeBlock/Content/index.tsx',
    why: 'The one component that runs Prism in the browser; ours sets the lines highlighted at build time as HTML.',
  },
  {
    name: '@theme/CodeBlock/Layout',
    original: {package: '@docusaurus/theme-classic', file: 'theme/CodeBlock/Layout/index.js'},
    use: 'imported',
    by: 'plugins/code-highlighting/theme/CodeBlock/index.tsx',
    why: "Title, content and buttons of a block, as theme-classic's own string content renders them.",
  },
  {
    name: '@theme/CodeBlock/Content/Element',
    original: {package: '@docusaurus/theme-classic', file: 'theme/CodeBlock/Content/Element.js'},
    use: 'imported',
    by: 'plugins/code-highlighting/theme/CodeBlock/index.tsx',
    why: 'Blocks whose children are elements, not text, render as theme-classic renders them.',
  },
  {
    name: '@docusaurus/theme-common/internal',
    original: {package: '@docusaurus/theme-common', file: 'internal.js'},
    use: 'imported',
    by: 'plugins/code-highlighting/theme/CodeBlock/',
    why: 'createCodeBlockMetadata, CodeBlockContextProvider and useCodeBlockContext: the code block context the theme’s buttons read.',
  },
  {
    name: 'prism-include-languages (client module)',
    original: {package: '@docusaurus/theme-classic', file: 'prism-include-languages.js'},
    use: 'aliased away',
    by: 'plugins/code-highlighting/index.ts',
    why: 'Loads Prism and its grammars on every page; code is highlighted at build time instead.',
  },
  {
    name: '@theme/Navbar/MobileSidebar',
    original: {package: '@docusaurus/theme-classic', file: 'theme/Navbar/MobileSidebar/index.js'},
    use: 'wrapped',
    by: 'src/theme/Navbar/MobileSidebar/index.tsx',
    why: 'Renders the phone menu (the whole docs sidebar) when first opened, not closed after every hydration; reads useNavbarMobileSidebar from theme-common/internal.',
  },
  {
    name: '@theme/DocSidebarItem/Link',
    original: {package: '@docusaurus/theme-classic', file: 'theme/DocSidebarItem/Link/index.js'},
    use: 'wrapped',
    by: 'src/theme/DocSidebarItem/Link/index.tsx',
    why: 'Shows "4/10" questions known beside a chapter; the original spreads extra props onto its link.',
  },
  {
    name: '@theme/DocItem/Metadata',
    original: {package: '@docusaurus/theme-classic', file: 'theme/DocItem/Metadata/index.js'},
    use: 'wrapped',
    by: 'src/theme/DocItem/Metadata/index.tsx',
    why: 'Chapters are articles in link previews (og:type).',
  },
  {
    name: '@theme/Layout',
    original: {package: '@docusaurus/theme-classic', file: 'theme/Layout/index.js'},
    use: 'wrapped',
    by: 'src/theme/Layout/index.tsx',
    why: 'Every page says when saved progress could not be read.',
  },
  {
    name: '@theme/NotFound/Content',
    original: {package: '@docusaurus/theme-classic', file: 'theme/NotFound/Content/index.js'},
    use: 'ejected',
    by: 'src/theme/NotFound/Content/index.tsx',
    why: 'The 404 page offers a search form, the chapters and the study pages instead of "contact the owner".',
  },
  {
    name: '@theme/NavbarItem/ComponentTypes',
    original: {package: '@docusaurus/theme-classic', file: 'theme/NavbarItem/ComponentTypes.js'},
    use: 'wrapped',
    by: 'src/theme/NavbarItem/ComponentTypes.tsx',
    why: 'Adds the custom-review navbar item (Review with its due badge) to the map of item types.',
  },
  {
    name: '@theme/PwaReloadPopup',
    original: {package: '@docusaurus/plugin-pwa', file: 'theme/PwaReloadPopup/index.js'},
    use: 'wrapped',
    by: 'src/theme/PwaReloadPopup/index.tsx',
    why: 'The "new version" prompt is announced to screen readers (role="alert").',
  },
];
