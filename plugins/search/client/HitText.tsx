import React, {type ReactNode} from 'react';
import type {Hit} from './engine';
import styles from './styles.module.css';

/**
 * A result's text: its whole title (never cut, so a question is readable on a phone) unless the
 * caller shows it, where it is (chapter and sections) and the passage that matched, words marked.
 */
export default function HitText({
  hit,
  title = true,
}: {
  readonly hit: Hit;
  readonly title?: boolean;
}): ReactNode {
  return (
    <>
      {title && <span className={styles.title}>{hit.title}</span>}
      <span className={styles.trail}>
        {hit.kind === 'question' && <span className={styles.kind}>Study question</span>}
        {hit.trail.join(' › ')}
      </span>
      {/* The excerpt is escaped text with <mark> elements only (excerpt.ts). */}
      <span className={styles.excerpt} dangerouslySetInnerHTML={{__html: hit.excerpt}} />
    </>
  );
}
