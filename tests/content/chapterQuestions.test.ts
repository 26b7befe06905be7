import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';

// The review page loads each chapter's questions partial by chapter number. Reading the module's
// source (not importing it) keeps MDX out of this test while checking every entry.
const SOURCE = readFileSync(path.resolve(__dirname, '../../src/data/chapterQuestions.ts'), 'utf8');
const DOCS = path.resolve(__dirname, '../../docs');

describe('the review page’s chapter loaders', () => {
  it('load each chapter folder’s _questions.mdx under that chapter’s number, and nothing else', () => {
    const entries = [
      ...SOURCE.matchAll(/^\s*(\d+): \(\) => import\('@site\/docs\/([^/]+)\/_questions\.mdx'\),$/gm),
    ].map((m) => [Number(m[1]), m[2]] as const);
    const folders = readdirSync(DOCS, {withFileTypes: true})
      .filter((d) => d.isDirectory() && /^\d{2}-/.test(d.name))
      .map((d) => d.name)
      .sort();
    expect(entries).toEqual(folders.map((f) => [Number(f.slice(0, 2)), f]));
  });
});
