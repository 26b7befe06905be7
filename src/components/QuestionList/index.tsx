import React, {Children, isValidElement, useMemo, useState, type ReactNode} from 'react';
import Question from '@site/src/components/Question';
import {QuestionListContext, QuestionNumberContext, type ListCommand} from './context';
import styles from './styles.module.css';

type Props = {
  readonly children?: ReactNode;
};

/**
 * A chapter's study questions. Children before the first <Question> (the "Study questions"
 * heading and any intro) form the list's header; the questions become an ordered list.
 * The heading sits in a header element, not beside the list, so the local search index
 * does not fold every answer into the heading's record.
 */
export default function QuestionList({children}: Props): ReactNode {
  const [command, setCommand] = useState<ListCommand | null>(null);
  const header: ReactNode[] = [];
  const questions: ReactNode[] = [];
  Children.toArray(children).forEach((child) => {
    if (isValidElement(child) && child.type === Question) {
      questions.push(child);
    } else if (questions.length === 0) {
      header.push(child);
    } else {
      throw new Error('QuestionList: only <Question> elements may follow the first question.');
    }
  });
  const answered = questions.filter(
    (q) => isValidElement<{children?: ReactNode}>(q) && hasContent(q.props.children),
  ).length;
  const value = useMemo(() => ({command}), [command]);
  const send = (action: ListCommand['action']) => setCommand((prev) => ({action, seq: (prev?.seq ?? 0) + 1}));

  return (
    <section className={styles.list} aria-label="Study questions" data-search-own-records="">
      {/* Controls sit outside the header so the heading's search record holds only its intro. */}
      <div className={styles.header}>{header}</div>
      {answered > 0 && (
        <div className={styles.controls}>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => send('expand')}>
            Expand all answers
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => send('collapse')}>
            Collapse all answers
          </button>
        </div>
      )}
      <QuestionListContext.Provider value={value}>
        <ol className={styles.items}>
          {questions.map((q, i) => (
            <QuestionNumberContext.Provider key={i} value={i + 1}>
              {q}
            </QuestionNumberContext.Provider>
          ))}
        </ol>
      </QuestionListContext.Provider>
    </section>
  );
}

export function hasContent(children: ReactNode): boolean {
  return Children.toArray(children).some((c) => (typeof c === 'string' ? c.trim() !== '' : true));
}
