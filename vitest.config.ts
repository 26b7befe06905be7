import {availableParallelism} from 'node:os';
import path from 'node:path';
import {transformWithOxc} from 'vite';
import {defineConfig} from 'vitest/config';

const stub = (name: string) => path.resolve(__dirname, 'tests/unit/stubs', name);
/** Test files that replace modules with vi.mock: they need a module graph of their own. */
const MOCKING = ['tests/unit/idMigrations.test.ts'];
const RETRAIN = 'tests/unit/liveModelTrain.test.ts';

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
    css: {modules: {classNameStrategy: 'non-scoped'}},
    // Vitest's default (one worker fewer than the cores) is a single worker on a 2-core machine, which
    // leaves a core idle whenever tsc, ESLint and Prettier (npm run check) have finished: two workers
    // took `npm run check` from 137 to 114 s there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Pure logic runs in Node; only what renders or needs the DOM pays for jsdom (and Testing
    // Library's setup). The Node projects share one module graph per worker (isolate: false) instead
    // of importing remark, Prism or Pyodide again for every file.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          isolate: false,
          include: ['tests/unit/*.test.ts', 'tests/content/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
          // vi.mock replaces a module for its file only, which needs a fresh module graph.
          exclude: [...MOCKING, RETRAIN],
        },
      },
      {extends: true, test: {name: 'node-isolated', environment: 'node', include: MOCKING}},
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // One jsdom per worker, not per file (23 → 10 s): tests/unit/setup.ts unmounts, clears
          // storage and resets the router after every test; the files pass in shuffled orders too.
          isolate: false,
          setupFiles: ['tests/unit/setup.ts'],
          include: ['tests/unit/dom/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        // One Pyodide for the whole project (tests/snippets/pythonPool.ts), shared by its files.
        test: {
          name: 'snippets',
          environment: 'node',
          isolate: false,
          include: ['tests/snippets/**/*.test.ts'],
        },
      },
      // Retrains the live-model lab's churn model (about 5 s of CPU) and compares it with the
      // committed files: run by scripts/test.sh beside the production build, not by `npm run check`.
      {extends: true, test: {name: 'retrain', environment: 'node', include: [RETRAIN]}},
    ],
  },
});
