import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {QuestionIndexData} from '@site/plugins/question-index';
import styles from './styles.module.css';

/** The chapters as cards, in study order, from the build-time question index. */
export default function ChapterCards(): ReactNode {
  const {chapters} = usePluginData('question-index') as QuestionIndexData;
  return (
    <ol className={styles.grid}>
      {chapters.map((c) => (
        <li key={c.number} className={styles.card}>
          <Link to={c.permalink} className={styles.link}>
            <span className={styles.number} aria-hidden="true">
              {c.number}
            </span>
            <span className={styles.body}>
              <span className={styles.title}>{c.title}</span>
              <span className={styles.summary}>{c.description}</span>
              <span className={styles.meta}>{c.questionIds.length} study questions</span>
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
