import type {Code, Paragraph} from 'mdast';
import {toString} from 'mdast-util-to-string';
import schema from '@site/shared/churn-schema.json';
import {collect, isCode, loadChapterFiles, type AnyNode} from './mdx';

/**
 * The guide's running example is one churn classifier (shared/churn-schema.json). Wherever a code
 * block or a paragraph uses it, the feature count, the field names and the tensor names are the
 * schema's; a block that uses another model says so ("not the churn model" / "a different model").
 */
const FIELDS = schema.fields.map((f) => f.name);
const N = schema.feature_count;
const OTHER_MODEL = /not the churn model|a different model|another model/i;

type Where = {readonly where: string; readonly text: string};

const chapters = loadChapterFiles();
const churnBlocks: (Where & {readonly code: Code})[] = chapters.flatMap((c) =>
  [c.index, c.questions].flatMap((root, i) =>
    collect(root, isCode)
      .filter((code) => /churn/i.test(code.value) && !OTHER_MODEL.test(code.value))
      .map((code) => ({
        where: `${c.folder}/${i === 0 ? 'index' : '_questions'}.mdx:${code.position?.start.line}`,
        text: code.value,
        code,
      })),
  ),
);
const churnParagraphs: Where[] = chapters.flatMap((c) =>
  [c.index, c.questions].flatMap((root, i) =>
    collect(root, (n: AnyNode): n is Paragraph => n.type === 'paragraph')
      .map((p) => ({
        where: `${c.folder}/${i === 0 ? 'index' : '_questions'}.mdx:${p.position?.start.line}`,
        text: toString(p),
      }))
      .filter((p) => /churn/i.test(p.text) && !OTHER_MODEL.test(p.text)),
  ),
);

/** Every feature count a block states: tensor dims, row lengths, layer widths, `[x] * n`, constants. */
export function statedFeatureCounts(text: string): number[] {
  const counts: number[] = [];
  const add = (re: RegExp, read: (m: RegExpExecArray) => number) => {
    for (const m of text.matchAll(new RegExp(re, 'g'))) counts.push(read(m));
  };
  const arrayLength = (body: string) => body.split(',').filter((x) => x.trim() !== '').length;
  add(/name:\s*"features"[^}\n]*dims:\s*\[\s*(?:-1\s*,\s*)?(\d+)\s*\]/, (m) => Number(m[1]));
  add(/"features"\s*:\s*\[([^\][]*)\]/, (m) => arrayLength(m[1]!));
  add(/"(?:instances|inputs)"\s*:\s*\[\s*\[([^\][]*)\]/, (m) => arrayLength(m[1]!));
  add(/features\s*=\s*\[[^\]\n]*\]\s*\*\s*(\d+)/, (m) => Number(m[1]));
  add(/\bN_FEATURES\s*=\s*(\d+)/, (m) => Number(m[1]));
  // A network's input width is its first layer's; later layers are hidden widths.
  const firstLayer = /(?:Linear|Dense)\(\s*(\d+)\s*,/.exec(text);
  if (firstLayer) counts.push(Number(firstLayer[1]));
  add(/\brandn\(\s*\w+\s*,\s*(\d+)\s*\)/, (m) => Number(m[1]));
  add(/\bmin_length=(\d+),\s*max_length=\1\b/, (m) => Number(m[1]));
  add(/\b(\d+) (?:float32 |float |numeric |input )?(?:features|floats)\b/, (m) => Number(m[1]));
  return counts;
}

describe('the running example (the churn classifier)', () => {
  it('has a schema whose encoded widths add up to its feature count', () => {
    expect(FIELDS).toHaveLength(schema.field_count);
    expect(schema.fields.reduce((sum, f) => sum + f.width, 0)).toBe(N);
    expect(schema.input_tensor.shape[1]).toBe(N);
  });

  it('appears in code blocks across the guide', () => {
    expect(new Set(churnBlocks.map((b) => b.where.split('/')[0])).size).toBeGreaterThanOrEqual(3);
    expect(churnBlocks.some((b) => statedFeatureCounts(b.text).length > 0)).toBe(true);
  });

  it(`states ${N} features wherever a code block or paragraph about it states a count`, () => {
    const wrong = [...churnBlocks, ...churnParagraphs].flatMap(({where, text}) =>
      statedFeatureCounts(text)
        .filter((n) => n !== N)
        .map((n) => `${where}: ${n} features`),
    );
    expect(wrong).toEqual([]);
  });

  it('lists all nine raw fields wherever a code block lists a record (five fields or more)', () => {
    const partial = churnBlocks.flatMap(({where, text}) => {
      const present = FIELDS.filter((f) => new RegExp(`\\b${f}\\b`).test(text));
      return present.length >= 5 && present.length < FIELDS.length
        ? [`${where}: missing ${FIELDS.filter((f) => !present.includes(f)).join(', ')}`]
        : [];
    });
    expect(partial).toEqual([]);
  });
});

describe('statedFeatureCounts', () => {
  it('reads the forms the guide uses', () => {
    expect(statedFeatureCounts('input [ { name: "features", data_type: TYPE_FP32, dims: [ 16 ] } ]')).toEqual(
      [16],
    );
    expect(statedFeatureCounts(`-d '{"instances": [[0.1, 0.4, 0.3, 0.9]]}'`)).toEqual([4]);
    expect(statedFeatureCounts('{"features": [1, 2, 3]}')).toEqual([3]);
    expect(statedFeatureCounts('Instance(features=[0.2] * 16)')).toEqual([16]);
    expect(statedFeatureCounts('Linear(16, 64), ReLU(), Linear(64, 2); randn(4, 12)').sort()).toEqual([
      12, 16,
    ]);
    expect(statedFeatureCounts('a request of 15 features')).toEqual([15]);
    expect(statedFeatureCounts('print("hello")')).toEqual([]);
  });
});
