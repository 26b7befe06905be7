/**
 * The committed lab model is what scripts/labs/train-churn.ts writes, and ONNX Runtime (the same
 * onnxruntime-web package the browser uses, on its WebAssembly backend in Node) runs it with the
 * schema's tensor names and shapes, agreeing with the training code's own forward pass.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-web';
import {encode, pack} from '@site/src/labs/liveModel/features';
import {buildChurnModel} from '@site/src/labs/liveModel/train/build';
import {predict} from '@site/src/labs/liveModel/train/mlp';
import {generate} from '@site/src/labs/liveModel/train/synthetic';
import {maxAbsDiff} from '@site/src/labs/liveModel/stats';
import schema from '@site/shared/churn-schema.json';

const dir = path.resolve(__dirname, '../../plugins/runtime-assets/models');
const built = buildChurnModel();

test('the committed models and card are byte for byte what the training script produces', () => {
  expect(
    Buffer.from(readFileSync(path.join(dir, 'churn.float32.onnx'))).equals(Buffer.from(built.files.float32)),
  ).toBe(true);
  expect(
    Buffer.from(readFileSync(path.join(dir, 'churn.int8.onnx'))).equals(Buffer.from(built.files.int8)),
  ).toBe(true);
  expect(JSON.parse(readFileSync(path.join(dir, 'churn.card.json'), 'utf8'))).toEqual(built.card);
});

test('the model learned something (held-out synthetic customers)', () => {
  expect(built.card.version).toBe(schema.lineage.example_version);
  expect(built.card.holdoutAuc).toBeGreaterThan(0.7);
});

describe('ONNX Runtime runs both variants', () => {
  ort.env.wasm.numThreads = 1;
  const rows = generate(64, 7).map((e) => encode(e.record));
  const x = pack(rows);
  const reference = predict(built.model, x, rows.length);

  const run = async (variant: 'float32' | 'int8') => {
    const session = await ort.InferenceSession.create(built.files[variant]);
    expect(session.inputNames).toEqual([schema.input_tensor.name]);
    expect(session.outputNames).toEqual([schema.output_tensor.name]);
    const out = (
      await session.run({[schema.input_tensor.name]: new ort.Tensor('float32', x, [rows.length, 16])})
    )[schema.output_tensor.name]!;
    expect(out.dims).toEqual([rows.length, 2]);
    const p = out.data as Float32Array;
    await session.release();
    return Float64Array.from({length: rows.length}, (_, i) => p[i * 2 + 1]!);
  };

  test('float32 matches the training code, and the metadata names version 3', async () => {
    const p = await run('float32');
    expect(maxAbsDiff(p, reference)).toBeLessThan(1e-5);
    const session = await ort.InferenceSession.create(built.files.float32);
    expect(session.inputMetadata[0]).toMatchObject({name: 'features', type: 'float32', shape: ['batch', 16]});
    await session.release();
  }, 60_000);

  test('int8 (dynamic quantization) stays close but is not identical', async () => {
    const diff = maxAbsDiff(await run('int8'), reference);
    expect(diff).toBeGreaterThan(0);
    expect(diff).toBeLessThan(0.05);
  }, 60_000);
});
