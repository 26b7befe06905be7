import type {ComponentType} from 'react';

export type QuestionsLoader = () => Promise<{readonly default: ComponentType}>;

/**
 * Each chapter's questions partial, by chapter number, loaded when the review page first needs a
 * card from that chapter. The review page renders the chapter's own <QuestionList> (in card mode),
 * so an answer has one source. tests/content/chapterQuestions.test.ts checks this covers every chapter.
 */
export const CHAPTER_QUESTIONS: Readonly<Record<number, QuestionsLoader>> = {
  1: () => import('@site/docs/01-introduction/_questions.mdx'),
  2: () => import('@site/docs/02-model-serving/_questions.mdx'),
  3: () => import('@site/docs/03-scalable-deployment/_questions.mdx'),
  4: () => import('@site/docs/04-monitoring/_questions.mdx'),
  5: () => import('@site/docs/05-versioning/_questions.mdx'),
  6: () => import('@site/docs/06-ci-cd/_questions.mdx'),
  7: () => import('@site/docs/07-security-compliance/_questions.mdx'),
  8: () => import('@site/docs/08-cost-management/_questions.mdx'),
  9: () => import('@site/docs/09-best-practices/_questions.mdx'),
};
