import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {QUESTIONS_FILE, TEXT_FILE, loadChapters, type ChapterInfo} from './chapters';
import {READING_WPM, readingMinutes} from '../../shared/readingTime';

/** What pages get through the typed hook useChapters() (src/chapters.ts): small, ids only. */
export type ChapterSummary = {
  readonly number: number;
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
  /** When its facts were last checked, an ISO day (front matter `last_checked`), or null. */
  readonly lastChecked: string | null;
  readonly questionIds: readonly string[];
  /** Estimated reading time in minutes, at READING_WPM: the teaching text and the answers. */
  readonly minutes: {readonly text: number; readonly answers: number};
};

export {READING_WPM};

export type ChaptersData = {readonly chapters: readonly ChapterSummary[]};

export function toGlobalData(chapters: readonly ChapterInfo[], docsBase: string): ChaptersData {
  return {
    chapters: chapters.map((c) => ({
      number: c.number,
      title: c.title,
      description: c.description,
      permalink: `${docsBase}${c.slug}`,
      lastChecked: c.lastChecked,
      questionIds: c.questions.map((q) => q.id),
      minutes: {text: readingMinutes(c.words.text), answers: readingMinutes(c.words.answers)},
    })),
  };
}

/**
 * The module the review page imports (@generated/chapters/default/questionLoaders): each chapter's
 * questions partial by chapter number, loaded only when a card from that chapter is shown.
 */
export function questionLoadersModule(chapters: readonly ChapterInfo[]): string {
  const entries = chapters.map(
    (c) => `  ${c.number}: () => import(${JSON.stringify(`@site/docs/${c.folder}/${QUESTIONS_FILE}`)}),`,
  );
  return `export default {\n${entries.join('\n')}\n};\n`;
}

/**
 * Reads the chapters at build time (chapters.ts), so that the landing page, the sidebar and the
 * review page know every chapter and question id without importing chapter content.
 */
export default function chaptersPlugin(context: LoadContext): Plugin<ChapterInfo[]> {
  const docsDir = path.join(context.siteDir, 'docs');
  return {
    name: 'chapters',
    getPathsToWatch: () => [path.join(docsDir, '*', TEXT_FILE), path.join(docsDir, '*', QUESTIONS_FILE)],
    loadContent: () => loadChapters(docsDir),
    async contentLoaded({content, actions}) {
      actions.setGlobalData(toGlobalData(content, `${context.baseUrl}docs`));
      await actions.createData('questionLoaders.js', questionLoadersModule(content));
    },
  };
}
