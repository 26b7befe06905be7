import React, {useEffect, useState, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import {isHydrated, KEEP_SERVER_HTML} from '@site/src/components/DeferredContent/hydration';
import {Highlighter, loadHighlighter} from './load';
import styles from './styles.module.css';

/**
 * Code blocks highlight in a chunk of their own, so Prism and its languages are in no page's
 * first-load JavaScript. The server renders every block highlighted. In the browser, a block
 * hydrated from server HTML keeps that HTML until the chunk arrives; a block mounted later shows
 * its plain text for that moment (chapters load the chunk before they render, so they never do).
 */
export default function CodeBlock(props: Props): ReactNode {
  const [hydrating] = useState(() => typeof window !== 'undefined' && !isHydrated());
  const [Ready, setReady] = useState(() => (hydrating ? null : Highlighter));

  useEffect(() => {
    if (Ready) return undefined;
    let current = true;
    loadHighlighter().then(
      (C) => current && setReady(() => C),
      () => undefined, // The server HTML or the plain text stays readable.
    );
    return () => {
      current = false;
    };
  }, [Ready]);

  if (!Ready && hydrating) {
    return (
      <div
        key="static"
        className={styles.block}
        dangerouslySetInnerHTML={KEEP_SERVER_HTML}
        suppressHydrationWarning
      />
    );
  }
  return (
    <div key="live" className={styles.block}>
      {Ready ? <Ready {...props} /> : <PlainCode {...props} />}
    </div>
  );
}

function PlainCode({children, className}: Props): ReactNode {
  return (
    <pre className={className}>
      <code>{typeof children === 'string' ? children.replace(/\n$/, '') : children}</code>
    </pre>
  );
}
