import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import questionIndexPlugin from './plugins/question-index';

const siteUrl = process.env.SITE_URL ?? 'https://mastering-ai-deployment.example.org';

const config = {
  title: 'Mastering AI 10 — Deployment and Productionizing Models',
  tagline:
    'Serve, scale, monitor, version, secure and pay for machine-learning models in production.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  // Links and anchors are part of the product: a broken one fails the build.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {v4: true, faster: true},

  i18n: {defaultLocale: 'en', locales: ['en']},

  markdown: {
    format: 'detect',
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  plugins: [questionIndexPlugin],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          showLastUpdateTime: false,
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
      },
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    metadata: [{name: 'theme-color', content: '#1d4e89'}],
    navbar: {
      title: 'Mastering AI 10',
      logo: {alt: 'Mastering AI 10 logo', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide'},
      ],
    },
    footer: {
      style: 'dark',
      copyright: `Mastering AI 10 — an open study guide. Content and code under the MIT License.`,
    },
    docs: {sidebar: {hideable: true}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'docker', 'toml', 'ini', 'protobuf', 'hcl', 'groovy', 'diff'],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
