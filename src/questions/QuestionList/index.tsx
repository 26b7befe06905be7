import React, {
  Children,
  isValidElement,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import Link from '@docusaurus/Link';
import {useChapters} from '@site/src/chapters';
import {hasContent} from '@site/src/questions/hasContent';
import ChapterProgress from '@site/src/study/ChapterProgress';
import {useStudyKeys} from '@site/src/study/useStudyKeys';
import Question from '@site/src/questions/Question';
import {useNow} from '@site/src/progress/clock';
import {countStates, hasStarted} from '@site/src/progress/states';
import {useProgress} from '@site/src/progress/store';
import {
  CardRequestContext,
  QuestionListContext,
  QuestionNumberContext,
  QuestionSheetContext,
  type ListCommand,
} from './context';
import QuizBar from './QuizBar';
import {useQuiz} from './useQuiz';
import styles from './styles.module.css';

type Props = {
  readonly children?: ReactNode;
};

type QuestionElement = ReactElement<{
  readonly id: string;
  readonly question: string;
  readonly children?: ReactNode;
}>;

const GRADE_FAILED =
  'Could not record the grade: the scheduler did not load. Check the connection and try again.';

/**
 * A chapter's study questions. Children before the first <Question> (the "Study questions"
 * heading and any intro) form the list's header; the questions become an ordered list.
 * The heading sits in a header element, not beside the list, so the local search index
 * does not fold every answer into the heading's record.
 *
 * Progress (counts, states) renders only in the browser after mount, so the server HTML and the
 * search index stay free of it. The controls are in the server HTML: a chapter's static copy
 * shows them before its live tree arrives (plugins/deferred-content), which presses a
 * button pressed meanwhile again. Inside the review page's CardRequestContext, the list renders just
 * the requested question as a card.
 */
export default function QuestionList({children}: Props): ReactNode {
  const cardRequest = useContext(CardRequestContext);
  const sheet = useContext(QuestionSheetContext);
  const [command, setCommand] = useState<ListCommand | null>(null);
  const [quizError, setQuizError] = useState<string | null>(null);
  const header: ReactNode[] = [];
  const questions: QuestionElement[] = [];
  Children.toArray(children).forEach((child) => {
    if (isValidElement(child) && child.type === Question) {
      questions.push(child as QuestionElement);
    } else if (questions.length === 0) {
      header.push(child);
    } else {
      throw new Error('QuestionList: only <Question> elements may follow the first question.');
    }
  });
  const ids = questions.map((q) => q.props.id);
  const answeredIds = questions.filter((q) => hasContent(q.props.children)).map((q) => q.props.id);
  const quiz = useQuiz(answeredIds);
  const {ready, data} = useProgress();
  const now = useNow();
  const chapters = useChapters();
  const chapter = chapters.find((c) => ids.length > 0 && c.questionIds.includes(ids[0]!));
  const study = cardRequest ?? quiz.study;
  const value = useMemo(() => ({command, study}), [command, study]);
  const send = (action: ListCommand['action']) => setCommand((prev) => ({action, seq: (prev?.seq ?? 0) + 1}));

  const quizButton = useRef<HTMLButtonElement>(null);
  const wasInQuiz = useRef(false);
  useEffect(() => {
    // Leaving the quiz returns the focus to where it started.
    if (wasInQuiz.current && !quiz.active) quizButton.current?.focus();
    wasInQuiz.current = quiz.active;
  }, [quiz.active]);

  const current = quiz.study?.currentId ?? null;
  useStudyKeys(quiz.active, {
    revealed: quiz.study?.revealed ?? false,
    onReveal: current ? () => quiz.study?.setRevealed(true) : undefined,
    onGrade: current
      ? (grade) => {
          setQuizError(null);
          quiz.study?.grade(current, grade).catch(() => setQuizError(GRADE_FAILED));
        }
      : undefined,
    onExit: quiz.exit,
  });

  if (cardRequest) {
    const index = ids.indexOf(cardRequest.currentId ?? '');
    return (
      <QuestionListContext.Provider value={value}>
        {index === -1 ? (
          <p className={styles.missing}>This question is no longer in its chapter.</p>
        ) : (
          <QuestionNumberContext.Provider value={index + 1}>
            {questions[index]}
          </QuestionNumberContext.Provider>
        )}
      </QuestionListContext.Provider>
    );
  }

  const items = (
    <QuestionListContext.Provider value={value}>
      <ol className={styles.items}>
        {questions.map((q, i) => (
          <QuestionNumberContext.Provider key={i} value={i + 1}>
            {q}
          </QuestionNumberContext.Provider>
        ))}
      </ol>
    </QuestionListContext.Provider>
  );
  if (sheet) return items;

  const counts = ready && now !== null && hasStarted(data.cards) ? countStates(ids, data.cards, now) : null;
  const startQuiz = () => {
    setQuizError(null);
    send('collapse');
    quiz.start();
  };

  return (
    <section className={styles.list} aria-label="Study questions" data-search-own-records="">
      {/* Progress and controls sit outside the header so the heading's search record holds only
          its intro. */}
      <div className={styles.header}>{header}</div>
      {counts && (
        <div className={styles.progressRow}>
          <ChapterProgress counts={counts} />
          {counts.due > 0 && chapter && (
            <Link className={styles.reviewLink} to={`/review?chapter=${chapter.number}`}>
              Review the {counts.due} due {counts.due === 1 ? 'question' : 'questions'}
            </Link>
          )}
        </div>
      )}
      {answeredIds.length > 0 && !quiz.active && (
        <div className={styles.controls}>
          <button
            ref={quizButton}
            type="button"
            className="button button--sm button--primary"
            onClick={startQuiz}>
            Quiz me
          </button>
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
      {quiz.active && (
        <QuizBar
          quiz={quiz}
          titles={Object.fromEntries(questions.map((q) => [q.props.id, q.props.question]))}
          error={quizError}
          chapter={chapter?.number}
        />
      )}
      {items}
    </section>
  );
}
