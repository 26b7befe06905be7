import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Response} from '@playwright/test';
import {test, expect} from './fixtures';

const BUILD = path.resolve(__dirname, '../../build');
// Measured 196–229 KiB (2026-11): React 19 + the Docusaurus runtime, theme and Prism are ≈167 KiB of
// main.js, a chapter's compiled content up to ≈36 KiB, offline registration (plugin-pwa) ≈4 KiB. The
// budget leaves ≈5 % headroom so that a new dependency on every page fails here first.
const JS_BUDGET = 240 * 1024;
const CSS_BUDGET = 25 * 1024;
const CHAPTERS = [
  'introduction',
  'model-serving',
  'scalable-deployment',
  'monitoring',
  'versioning',
  'ci-cd',
  'security-compliance',
  'cost-management',
  'best-practices',
];

const gz = (file: string) => gzipSync(readFileSync(file), {level: 9}).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

test(`a chapter page loads at most ${JS_BUDGET / 1024} KiB of JavaScript and ${CSS_BUDGET / 1024} KiB of CSS (gzip) on first load`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  const rows: string[] = [];
  for (const slug of CHAPTERS) {
    const files = new Map<string, 'script' | 'stylesheet'>();
    const onResponse = (res: Response) => {
      const type = res.request().resourceType();
      if (type === 'script' || type === 'stylesheet') files.set(new URL(res.url()).pathname, type);
    };
    page.on('response', onResponse);
    await page.goto(`/docs/${slug}`);
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    let js = 0;
    let css = 0;
    for (const [pathname, type] of files) {
      const size = gz(path.join(BUILD, pathname));
      if (type === 'script') js += size;
      else css += size;
    }
    rows.push(
      `${slug.padEnd(22)} JS ${kib(js).padStart(10)}   CSS ${kib(css).padStart(9)}   (${files.size} files)`,
    );
    expect(js, `${slug}: first-load JavaScript`).toBeLessThanOrEqual(JS_BUDGET);
    expect(css, `${slug}: first-load CSS`).toBeLessThanOrEqual(CSS_BUDGET);
    expect(
      [...files.keys()].some((f) => /pyodide|\/runtime\//.test(f)),
      `${slug}: no runtime on load`,
    ).toBe(false);
  }
  console.log(
    `First-load bytes per chapter page (gzip; budgets JS ${kib(JS_BUDGET)}, CSS ${kib(CSS_BUDGET)}):\n${rows.join('\n')}`,
  );
});
