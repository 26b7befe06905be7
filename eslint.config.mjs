import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import docusaurus from '@docusaurus/eslint-plugin';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      '.runtime-static/',
      '.tmp/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'static/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks, '@docusaurus': docusaurus},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    // Tests render plain elements and stand-ins for theme components on purpose.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {'@docusaurus/no-html-links': 'off', '@docusaurus/prefer-docusaurus-heading': 'off'},
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    // Node scripts; benchmark scripts also pass functions to the browser (page.evaluate).
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // CommonJS on purpose: bundler loaders (plugins/deferred-content) are required by rspack.
    files: ['**/*.cjs'],
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    // The service worker's custom code (bundled by plugin-pwa, which only accepts JavaScript).
    files: ['src/serviceWorker/**/*.js'],
    languageOptions: {globals: {...globals.serviceworker}},
  },
);
