import type {ComponentType} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {ChapterSummary, ChaptersData} from '@site/plugins/chapters';
import {formatReadingTime, READING_BASIS} from '@site/shared/readingTime';

export type {ChapterSummary};

/** Loads a chapter's questions partial (the review page shows its cards). */
export type QuestionsLoader = () => Promise<{readonly default: ComponentType}>;

/** Every chapter of the guide in study order, with its question ids (plugins/chapters). */
export function useChapters(): readonly ChapterSummary[] {
  return (usePluginData('chapters') as ChaptersData | undefined)?.chapters ?? [];
}

/** A chapter's reading time for its card and its header (shared/readingTime.ts). */
export function readingTime(c: Pick<ChapterSummary, 'minutes'>): string {
  return formatReadingTime(c.minutes);
}

export {READING_BASIS};
