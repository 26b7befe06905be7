/**
 * The churn model's request schema (shared/churn-schema.json), typed. The lab, its training script
 * and its tests read the fields from here, so the encoding cannot drift from the guide's schema.
 */
// A relative path, not @site/: the training script runs outside the bundler (jiti).
import schemaJson from '../../../shared/churn-schema.json';

export type NumberField = {
  readonly name: string;
  readonly type: 'int' | 'float';
  readonly min: number;
  readonly max: number;
  readonly encoding: 'number';
  readonly width: 1;
};
export type EnumField = {
  readonly name: string;
  readonly type: 'enum';
  readonly values: readonly string[];
  readonly encoding: 'one-hot';
  readonly width: number;
};
export type BoolField = {
  readonly name: string;
  readonly type: 'bool';
  readonly encoding: '0/1';
  readonly width: 1;
};
export type Field = NumberField | EnumField | BoolField;

export type ChurnSchema = {
  readonly model: string;
  readonly fields: readonly Field[];
  readonly field_count: number;
  readonly feature_count: number;
  readonly input_tensor: {readonly name: string; readonly shape: readonly (string | number)[]};
  readonly output_tensor: {readonly name: string; readonly shape: readonly (string | number)[]};
  readonly lineage: {
    readonly registry_name: string;
    readonly example_version: number;
    readonly example_alias: string;
    readonly artifact: string;
  };
};

export const SCHEMA = schemaJson as unknown as ChurnSchema;
export const FIELDS = SCHEMA.fields;
export const FEATURE_COUNT = SCHEMA.feature_count;
export const INPUT_NAME = SCHEMA.input_tensor.name;
export const OUTPUT_NAME = SCHEMA.output_tensor.name;
export const MODEL_VERSION = SCHEMA.lineage.example_version;
export const MODEL_NAME = SCHEMA.lineage.registry_name;

/** One customer as the endpoint receives it: the nine fields, by name. */
export type ChurnRecord = Readonly<Record<string, number | string | boolean>>;

/** The names of the 16 features, in order: a number field is itself, an enum value is field=value. */
export function featureNames(fields: readonly Field[] = FIELDS): string[] {
  return fields.flatMap((f) => (f.type === 'enum' ? f.values.map((v) => `${f.name}=${v}`) : [f.name]));
}
