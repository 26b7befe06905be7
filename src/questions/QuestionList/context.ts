import {createContext, useContext} from 'react';
import type {GradeValue} from '@site/src/progress/schema';

/** A request from the list to all of its questions, e.g. "expand all". */
export type ListCommand = {readonly action: 'expand' | 'collapse'; readonly seq: number};

/**
 * One question at a time: a chapter quiz, or a card on the review page. The owner (QuestionList's
 * quiz, or the review session) holds the state; the questions render from it.
 */
export type StudyMode = {
  readonly kind: 'quiz' | 'card';
  /** The question on screen; every other question of the list is hidden. Null: none (quiz summary). */
  readonly currentId: string | null;
  readonly revealed: boolean;
  /** Changes when the reader moves to another question, which then takes the focus; 0: leave focus alone. */
  readonly focusToken: number;
  readonly setRevealed: (revealed: boolean) => void;
  /** Saves the grade for the current question and moves on; rejects if it could not be recorded. */
  readonly grade: (id: string, grade: GradeValue) => Promise<void>;
};

export type QuestionListContextValue = {
  readonly command: ListCommand | null;
  readonly study: StudyMode | null;
};

export const QuestionListContext = createContext<QuestionListContextValue | null>(null);

/** The position of a question in its list, 1-based, as in the syllabus. */
export const QuestionNumberContext = createContext<number | null>(null);

/**
 * Set by the review page around a chapter's questions partial: the list renders only the requested
 * question, as a card. The answer shown in review is thus the chapter's own content, never a copy.
 */
export const CardRequestContext = createContext<StudyMode | null>(null);

export function useQuestionListContext(): QuestionListContextValue | null {
  return useContext(QuestionListContext);
}

/**
 * Set by the all-questions page around each chapter's questions partial: the list renders its
 * questions only (no heading, controls or progress row, which the page has once), and a question
 * shows only when `visible` says so (the page's filters).
 */
export type QuestionSheet = {readonly visible: (id: string) => boolean};

export const QuestionSheetContext = createContext<QuestionSheet | null>(null);
