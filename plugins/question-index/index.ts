import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadChapters, type ChapterInfo} from './parseChapter';

/** What pages get through usePluginData('question-index'): small, ids only, no answer text. */
export type QuestionIndexData = {
  readonly chapters: readonly {
    readonly number: number;
    readonly title: string;
    readonly description: string;
    readonly permalink: string;
    readonly questionIds: readonly string[];
  }[];
};

export function toGlobalData(chapters: readonly ChapterInfo[], docsBase: string): QuestionIndexData {
  return {
    chapters: chapters.map((c) => ({
      number: c.number,
      title: c.title,
      description: c.description,
      permalink: `${docsBase}${c.slug}`,
      questionIds: c.questions.map((q) => q.id),
    })),
  };
}

/**
 * Reads the chapters' questions at build time, so that the landing page, the sidebar and
 * the review page know every chapter and question id without importing chapter content.
 */
export default function questionIndexPlugin(context: LoadContext): Plugin<ChapterInfo[]> {
  const docsDir = path.join(context.siteDir, 'docs');
  return {
    name: 'question-index',
    getPathsToWatch: () => [path.join(docsDir, '*/*.mdx')],
    loadContent: () => loadChapters(docsDir),
    contentLoaded({content, actions}) {
      actions.setGlobalData(toGlobalData(content, `${context.baseUrl}docs`));
    },
  };
}
