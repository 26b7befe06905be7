/**
 * The live model: a request form for the nine fields, malformed requests, and the load experiment.
 * Loaded on first interaction with the lab (index.tsx); it starts ONNX Runtime on mount.
 */
import React, {useEffect, useId, useRef, useState} from 'react';
import type {LiveModelConfig, ModelVariant} from '@site/shared/liveModelProtocol';
import {LiveModelClient, type Prediction} from '@site/src/labs/liveModel/client';
import {runExperiment, type ExperimentResult} from '@site/src/labs/liveModel/experiment';
import {FIELDS} from '@site/src/labs/liveModel/schema';
import {PERCENTILES, scenarioLabel} from '@site/src/labs/liveModel/chart';
import Chart from './Chart';
import {MALFORMED, initialValues, recordFrom, type FormValues} from './fields';
import styles from './styles.module.css';

type Props = {readonly config: LiveModelConfig};
type Startup = {phase: 'starting'} | {phase: 'ready'; ms: number} | {phase: 'failed'; message: string};

/** Milliseconds with two significant digits below 1 ms (a batched prediction takes microseconds). */
const fmt = (ms: number) =>
  ms >= 10 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : String(Number(ms.toPrecision(2)));

function PredictionView({result}: {readonly result: Prediction}) {
  if (!result.ok)
    return (
      <div className={styles.rejected}>
        <p>
          <strong>422 Unprocessable Content</strong>: the endpoint rejected the request before the model saw
          it.
        </p>
        <ul>
          {result.errors.map((e) => (
            <li key={e.path}>
              <code>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <p>
      Churn probability{' '}
      <strong data-testid="live-model-probability">{result.probabilities[0]!.toFixed(3)}</strong> · model{' '}
      <span data-testid="live-model-version">churn v{result.version}</span> ({result.variant}) · latency{' '}
      <span data-testid="live-model-latency">{fmt(result.inferenceMs)} ms</span> in the runtime,{' '}
      <span data-testid="live-model-total">{fmt(result.totalMs)} ms</span> from request to answer
    </p>
  );
}

export default function Lab({config}: Props): React.ReactElement {
  const client = useRef<LiveModelClient | null>(null);
  const [startup, setStartup] = useState<Startup>({phase: 'starting'});
  const [attempt, setAttempt] = useState(0);
  const [values, setValues] = useState<FormValues>(initialValues);
  const [variant, setVariant] = useState<ModelVariant>('float32');
  const [result, setResult] = useState<Prediction | null>(null);
  /** How many answers have arrived: lets tests and the benchmark wait for the next one. */
  const [answers, setAnswers] = useState(0);
  const [malformed, setMalformed] = useState(MALFORMED[0]!.id);
  const [busy, setBusy] = useState(false);
  const [experiment, setExperiment] = useState<ExperimentResult | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const ids = useId();

  useEffect(() => {
    const c = new LiveModelClient(config);
    client.current = c;
    c.start().then(
      (ms) => setStartup({phase: 'ready', ms}),
      (e: Error) => setStartup({phase: 'failed', message: e.message}),
    );
    return () => c.dispose();
  }, [config, attempt]);

  const send = async (body: unknown) => {
    setBusy(true);
    setRequestError(null);
    try {
      setResult(await client.current!.predict(body, variant));
      setAnswers((n) => n + 1);
    } catch (e) {
      setRequestError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const runLoad = async () => {
    setBusy(true);
    setRequestError(null);
    try {
      const c = client.current!;
      setExperiment(
        await runExperiment(c.run.bind(c), {
          float32: config.models.float32.bytes,
          int8: config.models.int8.bytes,
        }),
      );
    } catch (e) {
      setRequestError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (startup.phase === 'failed')
    return (
      <div role="alert" className={styles.error}>
        <p>{startup.message}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setStartup({phase: 'starting'});
            setAttempt((n) => n + 1);
          }}>
          Try again
        </button>
      </div>
    );

  const ready = startup.phase === 'ready';
  const chosen = MALFORMED.find((m) => m.id === malformed)!;
  return (
    <div className={styles.body}>
      <p role="status" data-testid="live-model-status">
        {ready
          ? `ONNX Runtime Web ${config.ortVersion} is running in a worker (cold start: ${fmt(startup.ms)} ms, download included).`
          : 'Starting ONNX Runtime Web…'}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send({instances: [recordFrom(FIELDS, values)]});
        }}>
        <fieldset className={styles.fields}>
          <legend>One customer (the request's nine fields)</legend>
          {FIELDS.map((field) => {
            const id = `${ids}-${field.name}`;
            const value = values[field.name];
            const set = (v: string | boolean) => setValues((old) => ({...old, [field.name]: v}));
            if (field.type === 'bool')
              return (
                <div key={field.name} className={styles.check}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={value === true}
                    onChange={(e) => set(e.target.checked)}
                  />
                  <label htmlFor={id}>
                    <code>{field.name}</code>
                  </label>
                </div>
              );
            return (
              <div key={field.name} className={styles.field}>
                <label htmlFor={id}>
                  <code>{field.name}</code>
                  {field.type !== 'enum' && (
                    <span className={styles.hint}>
                      {' '}
                      {field.min}–{field.max}
                    </span>
                  )}
                </label>
                {field.type === 'enum' ? (
                  <select id={id} value={String(value)} onChange={(e) => set(e.target.value)}>
                    {field.values.map((v) => (
                      <option key={v}>{v}</option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={id}
                    type="text"
                    inputMode="decimal"
                    value={String(value)}
                    onChange={(e) => set(e.target.value)}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
        <div className={styles.actions}>
          <label htmlFor={`${ids}-variant`}>Model</label>
          <select
            id={`${ids}-variant`}
            value={variant}
            onChange={(e) => setVariant(e.target.value as ModelVariant)}>
            <option value="float32">float32</option>
            <option value="int8">int8 (dynamic quantization)</option>
          </select>
          <button type="submit" className="button button--primary" disabled={!ready || busy}>
            Predict
          </button>
        </div>
      </form>
      <div className={styles.actions}>
        <label htmlFor={`${ids}-malformed`}>Malformed request</label>
        <select id={`${ids}-malformed`} value={malformed} onChange={(e) => setMalformed(e.target.value)}>
          {MALFORMED.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          disabled={!ready || busy}
          onClick={() => void send(chosen.body)}>
          Send malformed input
        </button>
      </div>
      <details className={styles.request}>
        <summary>The malformed request's body</summary>
        <pre>{JSON.stringify(chosen.body, null, 1)}</pre>
      </details>
      <div
        aria-live="polite"
        data-testid="live-model-result"
        data-answers={answers}
        className={styles.result}>
        {result && <PredictionView result={result} />}
        {requestError && <p className={styles.error}>{requestError}</p>}
      </div>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--secondary"
          disabled={!ready || busy}
          onClick={() => void runLoad()}>
          {busy && !result ? 'Working…' : 'Run the load experiment'}
        </button>
        <span className={styles.hint}>
          200 requests at batch size 1 and in batches of 32, float32 and int8
        </span>
      </div>
      {experiment && <ExperimentView result={experiment} />}
    </div>
  );
}

function ExperimentView({result}: {readonly result: ExperimentResult}) {
  return (
    <div data-testid="live-model-experiment">
      <Chart scenarios={result.scenarios} />
      <div className={styles.tableWrap}>
        <table>
          <caption>
            Milliseconds per prediction over {result.requests} requests (a batch's time divided by its rows)
          </caption>
          <thead>
            <tr>
              <th scope="col">Model, batch size</th>
              {PERCENTILES.map((p) => (
                <th key={p} scope="col">
                  {p}
                </th>
              ))}
              <th scope="col">Predictions per second</th>
            </tr>
          </thead>
          <tbody>
            {result.scenarios.map((s) => (
              <tr key={scenarioLabel(s)}>
                <th scope="row">{scenarioLabel(s)}</th>
                {PERCENTILES.map((p) => (
                  <td key={p}>{fmt(s.perPrediction[p])}</td>
                ))}
                <td>{Math.round(s.throughput).toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Model file: float32 {result.bytes.float32.toLocaleString('en')} bytes, int8{' '}
        {result.bytes.int8.toLocaleString('en')} bytes. New session and first prediction (cold start): float32{' '}
        {fmt(result.coldStartMs.float32)} ms, int8 {fmt(result.coldStartMs.int8)} ms. Largest difference
        between the two models' churn probabilities: {result.maxAbsDiff.toFixed(4)}.
      </p>
    </div>
  );
}
