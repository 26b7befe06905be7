/**
 * What a serving endpoint does before the model sees a request: validate the body (types, ranges,
 * missing or unknown fields, feature count) and encode the nine fields into the 16 float32 features of
 * the schema, in field order (churn.features.encode in the chapters' Python). Pure; the lab, the
 * training script and the tests share it.
 */
import {FEATURE_COUNT, FIELDS, type ChurnRecord, type Field} from './schema';

export type FieldError = {readonly path: string; readonly message: string};

export type Validated<T> =
  {readonly ok: true; readonly value: T} | {readonly ok: false; readonly errors: readonly FieldError[]};

/** A request body: named fields ({"instances": [...]}) or already encoded rows ({"inputs": [[...16]]}). */
export type ParsedRequest = {readonly rows: readonly Float32Array[]};

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function checkField(field: Field, value: unknown, path: string): FieldError | null {
  if (value === undefined) return {path, message: `missing required field "${field.name}"`};
  switch (field.type) {
    case 'int':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return {path, message: `expected a number, got ${kind(value)} ${JSON.stringify(value)}`};
      if (field.type === 'int' && !Number.isInteger(value))
        return {path, message: `expected a whole number, got ${value}`};
      if (value < field.min || value > field.max)
        return {path, message: `${value} is out of range [${field.min}, ${field.max}]`};
      return null;
    }
    case 'enum':
      if (typeof value !== 'string')
        return {path, message: `expected one of ${field.values.join(', ')}; got ${kind(value)}`};
      if (!field.values.includes(value))
        return {path, message: `"${value}" is not one of ${field.values.join(', ')}`};
      return null;
    case 'bool':
      return typeof value === 'boolean'
        ? null
        : {path, message: `expected true or false, got ${kind(value)} ${JSON.stringify(value)}`};
  }
}

/** Checks one customer record against the schema; every problem is reported, not only the first. */
export function validateRecord(value: unknown, path = ''): Validated<ChurnRecord> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {ok: false, errors: [{path: path || '/', message: `expected an object, got ${kind(value)}`}]};
  const record = value as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const field of FIELDS) {
    const error = checkField(field, record[field.name], `${path}/${field.name}`);
    if (error) errors.push(error);
  }
  const known = new Set(FIELDS.map((f) => f.name));
  for (const name of Object.keys(record))
    if (!known.has(name)) errors.push({path: `${path}/${name}`, message: `unknown field "${name}"`});
  return errors.length ? {ok: false, errors} : {ok: true, value: record as ChurnRecord};
}

/** The 16 features of a valid record, in schema order. */
export function encode(record: ChurnRecord): Float32Array {
  const out = new Float32Array(FEATURE_COUNT);
  let i = 0;
  for (const field of FIELDS) {
    const value = record[field.name];
    if (field.type === 'enum') {
      for (const option of field.values) out[i++] = value === option ? 1 : 0;
    } else if (field.type === 'bool') {
      out[i++] = value === true ? 1 : 0;
    } else {
      out[i++] = value as number;
    }
  }
  return out;
}

/** Checks an already encoded row: 16 finite numbers. */
export function validateRow(value: unknown, path: string): Validated<Float32Array> {
  if (!Array.isArray(value))
    return {ok: false, errors: [{path, message: `expected an array of ${FEATURE_COUNT} numbers`}]};
  if (value.length !== FEATURE_COUNT)
    return {
      ok: false,
      errors: [{path, message: `expected ${FEATURE_COUNT} features, got ${value.length}`}],
    };
  const bad = value.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (bad >= 0)
    return {
      ok: false,
      errors: [{path: `${path}/${bad}`, message: `expected a number, got ${kind(value[bad])}`}],
    };
  return {ok: true, value: Float32Array.from(value as number[])};
}

/** The largest batch the endpoint accepts (a serving endpoint caps its payload too). */
export const MAX_BATCH = 1024;

/**
 * Validates a request body, parsed or as JSON text, and returns its encoded rows. Two shapes, as
 * common serving APIs accept: {"instances": [{...nine fields}]} or {"inputs": [[...16 features]]}.
 */
export function parseRequest(body: unknown): Validated<ParsedRequest> {
  let data = body;
  if (typeof body === 'string') {
    try {
      data = JSON.parse(body) as unknown;
    } catch (e) {
      return {ok: false, errors: [{path: '/', message: `not valid JSON: ${(e as Error).message}`}]};
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      ok: false,
      errors: [{path: '/', message: 'expected an object with "instances" or "inputs"'}],
    };
  const obj = data as Record<string, unknown>;
  const key = 'instances' in obj ? 'instances' : 'inputs' in obj ? 'inputs' : null;
  if (!key || Object.keys(obj).length !== 1)
    return {
      ok: false,
      errors: [{path: '/', message: 'expected exactly one of "instances" or "inputs"'}],
    };
  const list = obj[key];
  if (!Array.isArray(list) || list.length === 0)
    return {ok: false, errors: [{path: `/${key}`, message: 'expected a non-empty array'}]};
  if (list.length > MAX_BATCH)
    return {
      ok: false,
      errors: [{path: `/${key}`, message: `at most ${MAX_BATCH} rows per request, got ${list.length}`}],
    };
  const rows: Float32Array[] = [];
  const errors: FieldError[] = [];
  list.forEach((item, i) => {
    const result =
      key === 'instances' ? validateRecord(item, `/instances/${i}`) : validateRow(item, `/inputs/${i}`);
    if (!result.ok) errors.push(...result.errors);
    else
      rows.push(key === 'instances' ? encode(result.value as ChurnRecord) : (result.value as Float32Array));
  });
  return errors.length ? {ok: false, errors} : {ok: true, value: {rows}};
}

/** Rows packed into one [batch, 16] buffer, as the model's input tensor wants them. */
export function pack(rows: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(rows.length * FEATURE_COUNT);
  rows.forEach((row, i) => out.set(row, i * FEATURE_COUNT));
  return out;
}
