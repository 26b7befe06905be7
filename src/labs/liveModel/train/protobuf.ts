/**
 * The few protocol-buffer encodings an ONNX file needs (varints, length-delimited fields), written
 * by hand: the schema is onnx.proto (https://github.com/onnx/onnx/blob/main/onnx/onnx.proto), and
 * ONNX Runtime parsing the result in the tests is the check.
 */
export type Bytes = Uint8Array;

const encoder = new TextEncoder();

function varint(value: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v) byte |= 0x80;
    out.push(byte);
  } while (v);
  return out;
}

export function concat(parts: readonly Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const key = (field: number, wire: number) => varint((field << 3) | wire);

/** An integer field (wire type 0). */
export const int = (field: number, value: number | bigint): Bytes =>
  Uint8Array.from([...key(field, 0), ...varint(value)]);

/** A float field (wire type 5, little-endian). */
export function float(field: number, value: number): Bytes {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, value, true);
  return concat([Uint8Array.from(key(field, 5)), b]);
}

/** A bytes, string or embedded-message field (wire type 2). */
export function bytes(field: number, value: Bytes | string): Bytes {
  const data = typeof value === 'string' ? encoder.encode(value) : value;
  return concat([Uint8Array.from([...key(field, 2), ...varint(data.length)]), data]);
}

export const message = (field: number, parts: readonly Bytes[]): Bytes => bytes(field, concat(parts));
