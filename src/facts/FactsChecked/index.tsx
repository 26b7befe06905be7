import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {formatLastChecked, LAST_CHECKED_FIELD, parseLastChecked} from '@site/shared/lastChecked';
import styles from './styles.module.css';

/**
 * "Facts checked: December 2026" under a chapter's title: versions, maintenance status, prices and
 * dates age, and a reader arriving from a search engine should see at once how fresh they are.
 */
export default function FactsChecked(): ReactNode {
  const {frontMatter} = useDoc();
  const checked = parseLastChecked((frontMatter as Record<string, unknown>)[LAST_CHECKED_FIELD]);
  if (!checked) return null;
  return (
    <p className={styles.factsChecked}>
      Facts checked: <time dateTime={checked.toISOString().slice(0, 10)}>{formatLastChecked(checked)}</time>
    </p>
  );
}
