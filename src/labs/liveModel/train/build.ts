/**
 * Everything the training script produces, as bytes: the synthetic data, the trained model and its
 * two ONNX files with their metadata. Pure and deterministic, so a test can run it and compare with
 * the committed files.
 */
import {encode, pack} from '../features';
import {MODEL_NAME, MODEL_VERSION, SCHEMA} from '../schema';
import {auc, predict, train, type Mlp} from './mlp';
import {toOnnx} from './onnx';
import {generate} from './synthetic';

export const TRAINING = {rows: 3000, holdout: 1000, seed: 20261203, epochs: 250, learningRate: 0.02} as const;

export type Built = {
  readonly model: Mlp;
  readonly files: Readonly<Record<'float32' | 'int8', Uint8Array>>;
  readonly card: ModelCard;
};

export type ModelCard = {
  readonly name: string;
  readonly version: number;
  readonly alias: string;
  readonly data: string;
  readonly rows: number;
  readonly holdoutAuc: number;
  readonly holdoutAccuracy: number;
  readonly churnRate: number;
};

const round = (x: number) => Math.round(x * 1000) / 1000;

export function buildChurnModel(): Built {
  const examples = generate(TRAINING.rows + TRAINING.holdout, TRAINING.seed);
  const trainSet = examples.slice(0, TRAINING.rows);
  const holdout = examples.slice(TRAINING.rows);
  const model = train(
    pack(trainSet.map((e) => encode(e.record))),
    trainSet.map((e) => e.churned),
    {epochs: TRAINING.epochs, learningRate: TRAINING.learningRate, seed: TRAINING.seed},
  );
  const labels = holdout.map((e) => e.churned);
  const scores = predict(model, pack(holdout.map((e) => encode(e.record))), holdout.length);
  const card: ModelCard = {
    name: MODEL_NAME,
    version: MODEL_VERSION,
    alias: SCHEMA.lineage.example_alias,
    data: `synthetic (src/labs/liveModel/train/synthetic.ts, seed ${TRAINING.seed})`,
    rows: TRAINING.rows,
    holdoutAuc: round(auc(scores, labels)),
    holdoutAccuracy: round(labels.filter((y, i) => (scores[i]! >= 0.5 ? 1 : 0) === y).length / labels.length),
    churnRate: round(examples.reduce((s, e) => s + e.churned, 0) / examples.length),
  };
  const metadata = {
    registry_name: card.name,
    version: String(card.version),
    alias: card.alias,
    training_data: card.data,
    holdout_auc: String(card.holdoutAuc),
  };
  return {
    model,
    card,
    files: {float32: toOnnx(model, 'float32', metadata), int8: toOnnx(model, 'int8', metadata)},
  };
}
