/**
 * Writes the lab's churn model as ONNX graphs (onnx.proto field numbers), in two variants:
 *
 * - float32: Sub/Mul (standardization) → MatMul/Add → Relu → MatMul/Add → Softmax.
 * - int8: the same graph after dynamic quantization, as ONNX Runtime's `quantize_dynamic` rewrites a
 *   MatMul: weights stored as int8 with one scale per tensor (symmetric), activations quantized to
 *   uint8 at run time (DynamicQuantizeLinear), multiplied in integers (MatMulInteger), then scaled
 *   back to float.
 */
import {SCHEMA} from '../schema';
import type {Mlp} from './mlp';
import {bytes, concat, float, int, message, type Bytes} from './protobuf';

const FLOAT = 1;
const INT8 = 3;
/** ONNX IR version 8 with opset 17: what ONNX Runtime 1.14 and later load. */
const IR_VERSION = 8;
const OPSET = 17;

type Tensor = {
  readonly name: string;
  readonly dims: readonly number[];
  readonly type: number;
  readonly data: Bytes;
};

const f32 = (name: string, dims: readonly number[], values: Float32Array): Tensor => ({
  name,
  dims,
  type: FLOAT,
  data: new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength)),
});

const tensor = (field: number, t: Tensor) =>
  message(field, [...t.dims.map((d) => int(1, d)), int(2, t.type), bytes(8, t.name), bytes(9, t.data)]);

type Attr = {readonly name: string} & ({readonly i: number} | {readonly f: number});
const attribute = (a: Attr) =>
  message(
    5,
    'i' in a ? [bytes(1, a.name), int(3, a.i), int(20, 2)] : [bytes(1, a.name), float(2, a.f), int(20, 1)],
  );

const node = (
  op: string,
  inputs: readonly string[],
  outputs: readonly string[],
  attrs: readonly Attr[] = [],
) =>
  message(1, [
    ...inputs.map((i) => bytes(1, i)),
    ...outputs.map((o) => bytes(2, o)),
    bytes(3, `${op}_${outputs[0]}`),
    bytes(4, op),
    ...attrs.map(attribute),
  ]);

/** A graph input or output: float32 [batch, width]. */
const valueInfo = (field: number, name: string, width: number) =>
  message(field, [
    bytes(1, name),
    message(2, [
      message(1, [int(1, FLOAT), message(2, [message(1, [bytes(2, 'batch')]), message(1, [int(1, width)])])]),
    ]),
  ]);

export type Variant = 'float32' | 'int8';

export type ModelMetadata = Readonly<Record<string, string>>;

function model(
  nodes: readonly Bytes[],
  initializers: readonly Tensor[],
  metadata: ModelMetadata,
  doc: string,
): Bytes {
  const input = SCHEMA.input_tensor.name;
  const output = SCHEMA.output_tensor.name;
  const graph = message(7, [
    ...nodes,
    bytes(2, `${SCHEMA.lineage.registry_name}_v${SCHEMA.lineage.example_version}`),
    ...initializers.map((t) => tensor(5, t)),
    bytes(10, doc),
    valueInfo(11, input, SCHEMA.feature_count),
    valueInfo(12, output, 2),
  ]);
  return concat([
    int(1, IR_VERSION),
    bytes(2, 'mastering-ai-10 scripts/labs/train-churn.ts'),
    bytes(3, '1'),
    bytes(4, 'guide.mastering-ai-10'),
    int(5, SCHEMA.lineage.example_version),
    bytes(6, doc),
    graph,
    message(8, [bytes(1, ''), int(2, OPSET)]),
    ...Object.entries(metadata).map(([k, v]) => message(14, [bytes(1, k), bytes(2, v)])),
  ]);
}

/** Symmetric per-tensor int8 quantization of a weight matrix: q = round(w / scale), |q| ≤ 127. */
export function quantizeWeights(w: Float32Array): {q: Int8Array; scale: number} {
  const maxAbs = w.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const scale = Math.fround(maxAbs > 0 ? maxAbs / 127 : 1);
  return {q: Int8Array.from(w, (x) => Math.max(-127, Math.min(127, Math.round(x / scale)))), scale};
}

export function toOnnx(m: Mlp, variant: Variant, metadata: ModelMetadata): Bytes {
  const input = SCHEMA.input_tensor.name;
  const output = SCHEMA.output_tensor.name;
  const init: Tensor[] = [
    f32('mean', [m.inputs], m.mean),
    f32('scale', [m.inputs], m.scale),
    f32('b1', [m.hidden], m.b1),
    f32('b2', [2], m.b2),
  ];
  /** x · w, as a float MatMul or as its dynamically quantized form. */
  const matmul = (
    x: string,
    w: Float32Array,
    dims: readonly number[],
    name: string,
    out: string,
  ): Bytes[] => {
    if (variant === 'float32') {
      init.push(f32(name, dims, w));
      return [node('MatMul', [x, name], [out])];
    }
    const {q, scale} = quantizeWeights(w);
    init.push(
      {name: `${name}_q`, dims, type: INT8, data: new Uint8Array(q.buffer)},
      f32(`${name}_scale`, [], Float32Array.of(scale)),
      {name: `${name}_zero`, dims: [], type: INT8, data: Uint8Array.of(0)},
    );
    return [
      node('DynamicQuantizeLinear', [x], [`${x}_q`, `${x}_scale`, `${x}_zero`]),
      node('MatMulInteger', [`${x}_q`, `${name}_q`, `${x}_zero`, `${name}_zero`], [`${out}_int`]),
      node('Cast', [`${out}_int`], [`${out}_cast`], [{name: 'to', i: FLOAT}]),
      node('Mul', [`${x}_scale`, `${name}_scale`], [`${out}_rescale`]),
      node('Mul', [`${out}_cast`, `${out}_rescale`], [out]),
    ];
  };
  const nodes = [
    node('Sub', [input, 'mean'], ['centered']),
    node('Mul', ['centered', 'scale'], ['z']),
    ...matmul('z', m.w1, [m.inputs, m.hidden], 'w1', 'h_mm'),
    node('Add', ['h_mm', 'b1'], ['h_pre']),
    node('Relu', ['h_pre'], ['h']),
    ...matmul('h', m.w2, [m.hidden, 2], 'w2', 'o_mm'),
    node('Add', ['o_mm', 'b2'], ['logits']),
    node('Softmax', ['logits'], [output], [{name: 'axis', i: 1}]),
  ];
  const doc = `Churn classifier v${SCHEMA.lineage.example_version} (${variant}), trained on synthetic data by scripts/labs/train-churn.ts.`;
  return model(nodes, init, {...metadata, variant}, doc);
}
