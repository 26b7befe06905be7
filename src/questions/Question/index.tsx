import React, {lazy, Suspense, useContext, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import {useLocation} from '@docusaurus/router';
import {landsClosed} from '@site/shared/questionLanding';
import {hasContent} from '@site/src/questions/hasContent';
import {
  QuestionNumberContext,
  QuestionSheetContext,
  useQuestionListContext,
} from '@site/src/questions/QuestionList/context';
import {loadScheduler} from '@site/src/progress/actions';
import {useProgress} from '@site/src/progress/store';
import CopyLinkButton from './CopyLinkButton';
import StateBadge from './StateBadge';
import styles from './styles.module.css';

// Loaded when the first answer is opened, with the scheduler: most page views never grade.
const GradeButtons = lazy(() => import('@site/src/study/GradeButtons'));

type Props = {
  /** Stable forever: the URL fragment and the key of the reader's saved progress. */
  readonly id: string;
  readonly question: string;
  readonly children?: ReactNode;
};

export default function Question({id, question, children}: Props): ReactNode {
  const number = useContext(QuestionNumberContext);
  const sheet = useContext(QuestionSheetContext);
  const list = useQuestionListContext();
  const study = list?.study ?? null;
  const {hash, search} = useLocation();
  const {ready} = useProgress();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState(false);
  const answered = hasContent(children);
  const isCard = study?.kind === 'card';
  const active = study !== null && study.currentId === id;
  const revealed = active && study.revealed;
  const focusToken = active ? study.focusToken : 0;

  // A link to #id opens the answer, on first load and when the fragment changes in place; a
  // "continue" link (?recall) lands on the question with its answer closed, for the reader to try.
  useEffect(() => {
    if (isCard || decodeURIComponent(hash.slice(1)) !== id || !detailsRef.current) return;
    if (!landsClosed(search)) detailsRef.current.open = true;
    document.getElementById(id)?.scrollIntoView({block: 'start'});
  }, [hash, search, id, isCard]);

  useEffect(() => {
    if (!list?.command || !detailsRef.current) return;
    detailsRef.current.open = list.command.action === 'expand';
  }, [list?.command]);

  // A reader may open an answer before the page has hydrated, when React does not yet hear the
  // toggle event: replay it, so the "Hide answer" label and the grade buttons follow.
  useEffect(() => {
    if (detailsRef.current?.open) detailsRef.current.dispatchEvent(new Event('toggle'));
  }, []);

  // In a quiz or a review, the owner decides whether the answer shows.
  useEffect(() => {
    if (active && detailsRef.current) detailsRef.current.open = revealed;
  }, [active, revealed]);

  // When the reader moves on, the next question takes the focus: keyboard and screen-reader users
  // land on it instead of on a button that has just disappeared.
  useEffect(() => {
    if (focusToken === 0 || !headingRef.current) return;
    headingRef.current.focus({preventScroll: true});
    headingRef.current.scrollIntoView({block: 'nearest'});
  }, [focusToken]);

  const onToggle = (e: React.SyntheticEvent<HTMLDetailsElement>) => {
    const isOpen = e.currentTarget.open;
    setOpen(isOpen);
    // Whoever reads an answer may grade it next: fetch the scheduler now rather than on the click.
    if (isOpen) loadScheduler().catch(() => undefined);
    if (active && isOpen !== study.revealed) study.setRevealed(isOpen);
  };

  const Root = isCard ? 'div' : 'li';
  return (
    <Root
      className={clsx(styles.question, open && styles.open, isCard && styles.card)}
      data-question-id={id}
      hidden={(study !== null && !active) || (sheet !== null && !sheet.visible(id)) || undefined}>
      <span className={styles.number} aria-hidden="true">
        {number ?? ''}
      </span>
      <StateBadge id={id} />
      {/* The answer must be the heading's next sibling: the search index makes one record per
          heading from its following siblings, so each question is found by its answer. The copy
          button renders no text into the static HTML, so the record's title stays the question. */}
      {isCard ? (
        // On the review page the question is the card's heading, without an anchor of its own.
        <Heading as="h2" ref={headingRef} tabIndex={-1} className={styles.title}>
          {question}
        </Heading>
      ) : (
        <Heading as="h3" id={id} ref={headingRef} tabIndex={active ? -1 : undefined} className={styles.title}>
          {question}
          <CopyLinkButton id={id} />
        </Heading>
      )}
      {answered ? (
        <details ref={detailsRef} className={styles.details} onToggle={onToggle}>
          <summary className={styles.summary}>{open ? 'Hide answer' : 'Show answer'}</summary>
          <div className={styles.answer}>{children}</div>
          {open && ready && (
            <Suspense fallback={null}>
              <GradeButtons
                id={id}
                onGrade={active ? (grade) => study.grade(id, grade) : undefined}
                showShortcuts={active}
              />
            </Suspense>
          )}
        </details>
      ) : (
        <p className={styles.pending}>Answer in preparation.</p>
      )}
    </Root>
  );
}
