/**
 * Chapter 2's live-model lab, as placed in the MDX: a short description and a Start button. The lab
 * itself (form, endpoint, experiment) is a separate chunk fetched on the first hover, focus or press
 * of the button, and ONNX Runtime Web only once the reader presses it, so the page loads nothing of it.
 */
import React, {useCallback, useId, useState, type ComponentType} from 'react';
import {useLiveModelConfig} from '@site/src/labs/liveModel/config';
import type {LiveModelConfig} from '@site/shared/liveModelProtocol';
import styles from './styles.module.css';

type LabProps = {readonly config: LiveModelConfig};
let labChunk: Promise<ComponentType<LabProps>> | null = null;
const loadLab = () => {
  labChunk ??= import('./Lab').then((m) => m.default);
  labChunk.catch(() => {
    labChunk = null;
  });
  return labChunk;
};

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export default function LiveModelLab(): React.ReactElement {
  const config = useLiveModelConfig();
  const titleId = useId();
  const [Lab, setLab] = useState<ComponentType<LabProps> | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const prefetch = useCallback(() => void loadLab().catch(() => undefined), []);
  const start = () => {
    setState('loading');
    loadLab().then(
      (component) => setLab(() => component),
      () => setState('failed'),
    );
  };
  return (
    <section className={styles.lab} aria-labelledby={titleId} data-testid="live-model-lab">
      <p id={titleId} className={styles.title}>
        Lab: the churn model, served in your browser
      </p>
      {Lab ? (
        <Lab config={config} />
      ) : (
        <>
          <p>
            The chapter's churn classifier (version {config.model.version}, trained on synthetic data) runs
            here with ONNX Runtime Web in a worker, with no server. Starting it downloads ONNX Runtime (
            {mb(config.ortBytes)} uncompressed, once; then it works offline) and the model (
            {(config.models.float32.bytes / 1024).toFixed(1)} KB) from this site.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={start}
            onPointerEnter={prefetch}
            onFocus={prefetch}
            disabled={state === 'loading'}>
            {state === 'loading' ? 'Loading the lab…' : 'Start the live model'}
          </button>
          {state === 'failed' && (
            <p role="alert" className={styles.error}>
              The lab could not be loaded (are you offline?). Press Start to try again.
            </p>
          )}
        </>
      )}
    </section>
  );
}
