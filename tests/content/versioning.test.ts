import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parseAllDocuments} from 'yaml';
import {DOCS_DIR, collect, isCode, loadChapterFiles} from './mdx';

// Chapter 5's figure, snippet and Rollout must tell the same story as its prose (review of December
// 2026, items A2 and C12), and the registry examples use the running example's lineage.

const chapter = loadChapterFiles().find((c) => c.number === 5)!;
const blocks = [...collect(chapter.index, isCode), ...collect(chapter.questions, isCode)];
const schema = JSON.parse(readFileSync(path.resolve(DOCS_DIR, '../shared/churn-schema.json'), 'utf8')) as {
  lineage: {registry_name: string; example_version: number; example_alias: string};
};

describe('chapter 5 examples', () => {
  it('draw Figure 5.1 with the digests registry_aliases.py computes for the champion and the challenger', () => {
    const snippet = blocks.find((b) => b.meta?.includes('title="registry_aliases.py"'))!.value;
    const svg = readFileSync(path.join(DOCS_DIR, chapter.folder, 'img/registry-lineage.svg'), 'utf8');
    const registered = [...snippet.matchAll(/^(v\d+) = reg\.register\(b"([^"]+)"/gm)].slice(0, 2);
    expect(registered.map((m) => m[1])).toEqual([
      `v${schema.lineage.example_version}`,
      `v${schema.lineage.example_version + 1}`,
    ]);
    registered.forEach(([, name, bytes]) => {
      const digest = createHash('sha256').update(bytes!).digest('hex').slice(0, 6);
      expect(svg).toMatch(new RegExp(`Version ${name!.slice(1)}</text>\\s*<text[^>]*>sha256 ${digest}`));
    });
  });

  it('give the Rollout what a fast rollback after promotion needs', () => {
    const rollout = blocks
      .filter((b) => b.lang === 'yaml')
      .flatMap((b) => parseAllDocuments(b.value).map((d) => d.toJS() as Record<string, unknown>))
      .find((d) => d?.kind === 'Rollout') as {
      spec: {rollbackWindow?: {revisions?: number}; strategy: {canary: {scaleDownDelaySeconds?: number}}};
    };
    expect(rollout).toBeDefined();
    expect(rollout.spec.rollbackWindow?.revisions).toBeGreaterThanOrEqual(1);
    expect(rollout.spec.strategy.canary.scaleDownDelaySeconds).toBeGreaterThan(30);
  });

  it('name registered models after the running example in every models:/ URI', () => {
    // `models:/name@champion` in prose shows the URI's shape; it names no model.
    const uris = [chapter.indexSource, chapter.questionsSource]
      .flatMap((s) => [...s.matchAll(/models:\/([\w.-]+)[@/]/g)].map((m) => m[1]!.split('.').at(-1)))
      .filter((name) => name !== 'name');
    expect(uris.length).toBeGreaterThan(5);
    expect(new Set(uris)).toEqual(new Set([schema.lineage.registry_name]));
  });
});
