import {parseAllDocuments} from 'yaml';
import type {Code} from 'mdast';
import {collect, isCode, loadChapterFiles} from './mdx';

// Chapter 4 teaches by example, and examples teach more strongly than prose: these checks keep the
// examples agreeing with the chapter's own advice (review of December 2026, items C1, C2 and B1).

const chapter = loadChapterFiles().find((c) => c.number === 4)!;
const blocks: Code[] = [...collect(chapter.index, isCode), ...collect(chapter.questions, isCode)];

type Route = {matchers?: string[]; receiver?: string; continue?: boolean; routes?: Route[]};
type Rule = {alert?: string; expr?: string};

function yamlBlocks(): unknown[] {
  return blocks
    .filter((b) => b.lang === 'yaml')
    .flatMap((b) => parseAllDocuments(b.value).map((d) => d.toJS() as unknown));
}

function flatRoutes(route: Route): Route[] {
  return [route, ...(route.routes ?? []).flatMap(flatRoutes)];
}

describe('chapter 4 examples', () => {
  it('never route drift alerts to the retraining webhook (drift is a reason to investigate)', () => {
    const configs = yamlBlocks().filter(
      (d): d is {route: Route} => typeof d === 'object' && d !== null && 'route' in d,
    );
    expect(configs.length).toBeGreaterThan(0);
    for (const config of configs) {
      const routes = flatRoutes(config.route);
      const toWebhook = routes.filter((r) => r.receiver === 'retrain-webhook');
      expect(toWebhook.length, 'a route to the retraining webhook').toBeGreaterThan(0);
      for (const r of toWebhook) expect(r.matchers).toEqual(['action="retrain"']);
      const drift = routes.filter((r) => r.matchers?.some((m) => m.includes('investigate-drift')));
      for (const r of drift) expect(r.receiver).not.toBe('retrain-webhook');
    }
  });

  it('catch a dead exporter in the no-traffic alert, not only a zero rate', () => {
    const rules = yamlBlocks()
      .flatMap((d) => (d as {groups?: {rules?: Rule[]}[]}).groups ?? [])
      .flatMap((g) => g.rules ?? []);
    const noTraffic = rules.filter((r) => r.alert === 'ModelNoTraffic');
    expect(noTraffic).toHaveLength(1);
    expect(noTraffic[0]!.expr).toMatch(/\babsent\(/);
  });

  it('use the current Evidently API, not the one moved to evidently.legacy', () => {
    const python = blocks.filter((b) => b.lang === 'python').map((b) => b.value);
    const evidently = python.filter((code) => /^\s*(from|import) evidently/m.test(code));
    expect(evidently.length).toBeGreaterThan(0);
    for (const code of evidently) {
      expect(code).toMatch(/^from evidently import Report$/m);
      expect(code).not.toMatch(/evidently\.(report|metric_preset)\b|ColumnMapping/);
    }
  });

  it('label metrics and runs with the running example, the churn model', () => {
    // The LLM tracing example (gen_ai.* attributes) is about another model, and says so.
    const labels = blocks
      .filter((b) => !b.value.includes('gen_ai.'))
      .flatMap((b) => [...b.value.matchAll(/\bmodel\s*=\s*"([^"]+)"/g)].map((m) => m[1]));
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['churn']));
  });
});
