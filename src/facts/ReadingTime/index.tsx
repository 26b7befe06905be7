import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {READING_BASIS, readingTime, useChapters} from '@site/src/chapters';
import styles from './styles.module.css';

/**
 * "About 40 min of reading · 15 min of answers" under a chapter's title, from the build-time counts
 * of the chapters plugin (global data): the server and the live chapter render the same text.
 */
export default function ReadingTime(): ReactNode {
  const {metadata} = useDoc();
  const chapter = useChapters().find((c) => c.permalink === metadata.permalink);
  if (!chapter) return null;
  return (
    <p className={styles.readingTime} title={READING_BASIS}>
      {readingTime(chapter)}
    </p>
  );
}
