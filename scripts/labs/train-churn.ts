/**
 * Trains the live-model lab's churn classifier (chapter 2) on synthetic data and writes it as ONNX,
 * float32 and dynamically quantized int8, into plugins/runtime-assets/models/ (committed; the build
 * serves them). Run: npm run labs:train. tests/unit/liveModelTrain.test.ts checks that the committed
 * files are what this writes (Vitest project `retrain`, which scripts/test.sh runs beside the build).
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {buildChurnModel} from '../../src/labs/liveModel/train/build';

export const MODELS_DIR = path.join(__dirname, '../../plugins/runtime-assets/models');

const started = Date.now();
const {files, card} = buildChurnModel();
writeFileSync(path.join(MODELS_DIR, 'churn.float32.onnx'), files.float32);
writeFileSync(path.join(MODELS_DIR, 'churn.int8.onnx'), files.int8);
writeFileSync(path.join(MODELS_DIR, 'churn.card.json'), `${JSON.stringify(card, null, 2)}\n`);
console.log(
  `churn v${card.version}: holdout AUC ${card.holdoutAuc}, accuracy ${card.holdoutAccuracy}; ` +
    `float32 ${files.float32.length} B, int8 ${files.int8.length} B (${Date.now() - started} ms)`,
);
