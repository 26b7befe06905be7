import type {FromModelWorker, LiveModelConfig, ToModelWorker} from '@site/shared/liveModelProtocol';
import {LiveModelClient, type ModelWorkerLike} from '@site/src/labs/liveModel/client';

const config: LiveModelConfig = {
  workerUrl: '/runtime/onnx.worker.abc.mjs',
  ortBase: '/ort/1.31.1/',
  ortVersion: '1.31.1',
  ortBytes: 1,
  models: {
    float32: {url: '/runtime/churn.float32.a.onnx', bytes: 3},
    int8: {url: '/runtime/churn.int8.b.onnx', bytes: 2},
  },
  model: {name: 'churn', version: 3, alias: 'champion'},
};

const customer = {
  tenure_months: 5,
  monthly_charges: 89.5,
  total_charges: 447.5,
  contract: 'month-to-month',
  payment_method: 'electronic-check',
  internet_service: 'fiber',
  support_tickets_90d: 3,
  senior_citizen: false,
  paperless_billing: true,
};

/** A worker that answers like onnx.worker.ts: P(churn) = first feature / 100, 0.5 ms per batch. */
function fakeWorker(behaviour: 'ok' | 'fatal' = 'ok') {
  const sent: ToModelWorker[] = [];
  const created: string[] = [];
  let worker!: ModelWorkerLike;
  const reply = (m: FromModelWorker) =>
    queueMicrotask(() => worker.onmessage?.({data: m} as MessageEvent<FromModelWorker>));
  const factory = (url: string) => {
    created.push(url);
    worker = {
      onmessage: null,
      onerror: null,
      terminate: vi.fn(),
      postMessage(message: ToModelWorker) {
        sent.push(message);
        if (message.type === 'init')
          reply(
            behaviour === 'ok'
              ? {type: 'ready', ms: 12}
              : {type: 'fatal', message: 'Could not start ONNX Runtime: 404'},
          );
        else
          reply({
            type: 'result',
            id: message.id,
            probabilities: Float32Array.from(
              {length: message.rows},
              (_, i) => message.features[i * 16]! / 100,
            ),
            batchMs: [0.5],
          });
      },
    };
    return worker;
  };
  return {
    factory,
    sent,
    created,
    get worker() {
      return worker;
    },
  };
}

describe('the live model endpoint (page side)', () => {
  test('validates, encodes and predicts; the worker starts once', async () => {
    const fake = fakeWorker();
    const client = new LiveModelClient(config, fake.factory);
    expect(await client.start()).toBe(12);
    const answer = await client.predict({instances: [customer]});
    expect(answer).toMatchObject({ok: true, version: 3, variant: 'float32', inferenceMs: 0.5});
    if (answer.ok) expect(answer.probabilities[0]).toBeCloseTo(0.05, 6);
    await client.predict(JSON.stringify({instances: [customer]}), 'int8');
    expect(fake.created).toEqual([config.workerUrl]);
    expect(fake.sent.map((m) => m.type)).toEqual(['init', 'run', 'run']);
    const run = fake.sent[2] as Extract<ToModelWorker, {type: 'run'}>;
    expect(run).toMatchObject({variant: 'int8', rows: 1, batch: 1});
    expect(Array.from(run.features)).toEqual([5, 89.5, 447.5, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 3, 0, 1]);
  });

  test('a malformed request is answered with 422 and never reaches the model', async () => {
    const fake = fakeWorker();
    const client = new LiveModelClient(config, fake.factory);
    await client.start();
    const answer = await client.predict({instances: [{...customer, tenure_months: 'four'}]});
    expect(answer).toEqual({
      ok: false,
      status: 422,
      errors: [{path: '/instances/0/tenure_months', message: 'expected a number, got string "four"'}],
    });
    expect(fake.sent.filter((m) => m.type === 'run')).toHaveLength(0);
  });

  test('a runtime that cannot start is reported, and a retry starts a new worker', async () => {
    const fake = fakeWorker('fatal');
    const client = new LiveModelClient(config, fake.factory);
    await expect(client.start()).rejects.toThrow('Could not start ONNX Runtime: 404');
    expect(fake.worker.terminate).toHaveBeenCalled();
    await expect(client.start()).rejects.toThrow(/404/);
    expect(fake.created).toHaveLength(2);
  });
});
