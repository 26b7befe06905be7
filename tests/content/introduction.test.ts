import {readFileSync} from 'node:fs';
import path from 'node:path';
import {collect, isCode, loadChapterFiles} from './mdx';

// Chapter 1's service is the reader's first sight of the running example, so it must be the
// model of shared/churn-schema.json: the same nine fields in order, version 3, model.onnx and
// the tensor names a reader will meet again in chapter 2.
type Schema = {
  readonly fields: readonly {readonly name: string}[];
  readonly input_tensor: {readonly name: string};
  readonly output_tensor: {readonly name: string};
  readonly lineage: {readonly example_version: number; readonly artifact: string};
};

const schema = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../shared/churn-schema.json'), 'utf8'),
) as Schema;
const chapter = loadChapterFiles().find((c) => c.number === 1)!;
const service = collect(chapter.index, isCode).find(
  (c) => c.lang === 'python' && c.value.includes('class Customer(BaseModel)'),
);

describe('chapter 1: the smallest honest service', () => {
  it('exists', () => {
    expect(service, 'a Python block defining class Customer(BaseModel)').toBeDefined();
  });

  it('validates exactly the nine schema fields, in schema order', () => {
    const body = service!.value.split('class Customer(BaseModel):')[1]!.split(/\n\S/)[0]!;
    const fields = [...body.matchAll(/^ {4}(\w+):/gm)].map((m) => m[1]);
    expect(fields).toEqual(schema.fields.map((f) => f.name));
  });

  it('serves the example version and artifact through the schema tensor names', () => {
    const code = service!.value;
    expect(code).toContain(`/${schema.lineage.example_version}/${schema.lineage.artifact}"`);
    expect(code).toContain(`MODEL_VERSION = "${schema.lineage.example_version}"`);
    expect(code).toContain(`"${schema.input_tensor.name}"`);
    expect(code).toContain(`"${schema.output_tensor.name}"`);
  });
});
