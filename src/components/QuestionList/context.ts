import {createContext, useContext} from 'react';

/** A request from the list to all of its questions, e.g. "expand all". */
export type ListCommand = {readonly action: 'expand' | 'collapse'; readonly seq: number};

export type QuestionListContextValue = {
  readonly command: ListCommand | null;
};

export const QuestionListContext = createContext<QuestionListContextValue | null>(null);

/** The position of a question in its list, 1-based, as in the syllabus. */
export const QuestionNumberContext = createContext<number | null>(null);

export function useQuestionListContext(): QuestionListContextValue | null {
  return useContext(QuestionListContext);
}
