import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {OutputChunk} from './useOutput';
import styles from './styles.module.css';

type Props = {readonly chunks: readonly OutputChunk[]};

/** Program output, always as text (React escapes it): a snippet cannot inject markup. */
export default function Output({chunks}: Props): ReactNode {
  if (chunks.length === 0) return null;
  return (
    <pre className={styles.output} role="log" aria-label="Output" tabIndex={0}>
      {chunks.map((c, i) => (
        <span key={i} className={clsx(styles[c.stream])} data-stream={c.stream}>
          {c.text}
        </span>
      ))}
    </pre>
  );
}
