import path from 'node:path';
import {transformWithOxc} from 'vite';
import {defineConfig} from 'vitest/config';

const stub = (name: string) => path.resolve(__dirname, 'tests/unit/stubs', name);

export default defineConfig({
  // tsconfig keeps JSX for Docusaurus' own bundler; tests compile it here.
  oxc: {jsx: {runtime: 'automatic'}},
  plugins: [
    {
      // theme-common ships JSX in .js files; tests/unit/codeHighlighting.test.ts checks one of them.
      name: 'jsx-in-theme-common',
      transform: (code, id) =>
        /@docusaurus\/theme-common\/lib\/.*\.js$/.test(id)
          ? transformWithOxc(code, id, {lang: 'jsx', jsx: {runtime: 'automatic'}})
          : undefined,
    },
  ],
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: path.resolve(__dirname, '$1')},
      // Docusaurus' client modules only exist inside its bundler; tests use small stand-ins.
      {find: '@theme/Heading', replacement: stub('Heading.tsx')},
      {find: '@docusaurus/router', replacement: stub('router.ts')},
      {find: '@docusaurus/Link', replacement: stub('Link.tsx')},
      {find: '@docusaurus/ErrorBoundary', replacement: stub('ErrorBoundary.tsx')},
      {find: '@docusaurus/useGlobalData', replacement: stub('useGlobalData.ts')},
      {find: '@docusaurus/BrowserOnly', replacement: stub('BrowserOnly.tsx')},
      {find: '@docusaurus/useBaseUrl', replacement: stub('useBaseUrl.ts')},
      {find: '@docusaurus/useIsomorphicLayoutEffect', replacement: stub('useIsomorphicLayoutEffect.ts')},
      {find: '@theme/MDXContent', replacement: stub('MDXContent.tsx')},
      {find: '@theme-original/DocSidebarItem/Link', replacement: stub('DocSidebarItemLink.tsx')},
    ],
  },
  test: {
    globals: true,
    // Generous limits: on a 2-core machine that also builds or runs browsers, a jsdom render can take
    // seconds. Assertions stay strict; only the time allowed grows.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['tests/unit/setup.ts'],
    css: {modules: {classNameStrategy: 'non-scoped'}},
    // Pure logic runs in Node; only what renders or needs the DOM pays for jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/*.test.ts', 'tests/content/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {name: 'dom', environment: 'jsdom', include: ['tests/unit/dom/**/*.test.{ts,tsx}']},
      },
      {
        extends: true,
        test: {name: 'snippets', environment: 'node', include: ['tests/snippets/**/*.test.ts']},
      },
    ],
  },
});
