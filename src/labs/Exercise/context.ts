import {createContext, type ReactNode} from 'react';
import type {ExercisePart} from '@site/shared/codeMeta';

/**
 * How an <Exercise> shows its code blocks: the CodeBlock wrapper (src/theme/CodeBlock) hands each
 * ```python stub/tests/solution``` block, already highlighted, to the exercise around it. This module
 * is all the wrapper imports, so the exercise itself stays out of the pages' first-load JavaScript.
 */
export type RenderExerciseBlock = (part: ExercisePart, staticBlock: ReactNode) => ReactNode;

export const ExerciseBlockContext = createContext<RenderExerciseBlock | null>(null);
