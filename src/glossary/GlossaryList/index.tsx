import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useChapters} from '@site/src/chapters';
import type {GlossaryTerm} from '@site/shared/glossary';
import styles from './styles.module.css';

type Props = {readonly terms: readonly GlossaryTerm[]};

/** Alphabetical, as a reader scans a glossary; case and accents do not change the order. */
export function alphabetical(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', {sensitivity: 'base'}));
}

/**
 * The glossary's entries: each term as a heading (its id is the anchor chapters link to, and makes
 * it a search result of its own), its definition, where the guide defines it, and the official docs.
 */
export default function GlossaryList({terms}: Props): ReactNode {
  const chapters = useChapters();
  return (
    <div className={styles.list}>
      {alphabetical(terms).map((t) => {
        const chapter = chapters.find((c) => c.number === t.chapter);
        return (
          <section key={t.id} className={styles.entry}>
            <Heading as="h2" id={t.id} className={styles.term}>
              {t.term}
            </Heading>
            <p className={styles.definition}>{t.definition}</p>
            <p className={styles.links}>
              {chapter && (
                <Link to={`${chapter.permalink}#${t.section}`}>
                  Where the guide defines it: chapter {chapter.number}, {chapter.title}
                </Link>
              )}
              {t.docs && (
                <>
                  {' · '}
                  <Link href={t.docs.url}>{t.docs.label}</Link>
                </>
              )}
            </p>
          </section>
        );
      })}
    </div>
  );
}
