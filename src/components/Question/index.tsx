import React, {useContext, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import {useLocation} from '@docusaurus/router';
import {hasContent} from '@site/src/components/QuestionList';
import {QuestionNumberContext, useQuestionListContext} from '@site/src/components/QuestionList/context';
import CopyLinkButton from './CopyLinkButton';
import styles from './styles.module.css';

type Props = {
  /** Stable forever: the URL fragment and the key of the reader's saved progress. */
  readonly id: string;
  readonly question: string;
  readonly children?: ReactNode;
};

export default function Question({id, question, children}: Props): ReactNode {
  const number = useContext(QuestionNumberContext);
  const list = useQuestionListContext();
  const {hash} = useLocation();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const answered = hasContent(children);

  // A link to #id opens the answer, on first load and when the fragment changes in place.
  useEffect(() => {
    if (decodeURIComponent(hash.slice(1)) !== id || !detailsRef.current) return;
    detailsRef.current.open = true;
    document.getElementById(id)?.scrollIntoView({block: 'start'});
  }, [hash, id]);

  useEffect(() => {
    if (!list?.command || !detailsRef.current) return;
    detailsRef.current.open = list.command.action === 'expand';
  }, [list?.command]);

  return (
    <li className={clsx(styles.question, open && styles.open)} data-question-id={id}>
      <span className={styles.number} aria-hidden="true">
        {number ?? ''}
      </span>
      {/* The answer must be the heading's next sibling: the search index makes one record per
          heading from its following siblings, so each question is found by its answer. */}
      <Heading as="h3" id={id} className={styles.title}>
        {question}
        <CopyLinkButton id={id} />
      </Heading>
      {answered ? (
        <details ref={detailsRef} className={styles.details} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary className={styles.summary}>{open ? 'Hide answer' : 'Show answer'}</summary>
          <div className={styles.answer}>{children}</div>
        </details>
      ) : (
        <p className={styles.pending}>Answer in preparation.</p>
      )}
    </li>
  );
}
