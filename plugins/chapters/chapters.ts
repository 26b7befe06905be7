import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {frontMatter, jsxAttr, jsxElements, parseMdx, proseWords} from './mdx';
import {LAST_CHECKED_FIELD, parseLastChecked} from '../../shared/lastChecked';

/**
 * What a chapter is, in one place (the plugin, the content tests and the benchmark use it): a
 * folder `NN-slug` under docs/, numbered in study order, holding its teaching text and its study
 * questions as a partial the text imports.
 */
export const CHAPTER_FOLDER = /^(\d{2})-[a-z0-9-]+$/;
export const TEXT_FILE = 'index.mdx';
export const QUESTIONS_FILE = '_questions.mdx';

/** A RegExp source matching a chapter's text file by its path (with "/"): the deferred pages. */
export const CHAPTER_TEXT_PATH = String.raw`/docs/\d{2}-[a-z0-9-]+/index\.mdx$`;

export type QuestionInfo = {
  readonly id: string;
  readonly question: string;
  /** Whether the question has an answer written under it. */
  readonly answered: boolean;
};

export type ChapterInfo = {
  readonly number: number;
  /** Folder name under docs/, e.g. "02-model-serving". */
  readonly folder: string;
  /** The page's slug from its front matter, e.g. "/model-serving". */
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** When the chapter's facts were last checked (front matter `last_checked`), an ISO day, or null. */
  readonly lastChecked: string | null;
  readonly questions: readonly QuestionInfo[];
  /** Words of prose (fenced code not counted) in the teaching text and in the answers. */
  readonly words: {readonly text: number; readonly answers: number};
};

/** The chapter folders under docsDir, in study order. */
export function chapterFolders(docsDir: string): string[] {
  return readdirSync(docsDir, {withFileTypes: true})
    .filter((d) => d.isDirectory() && CHAPTER_FOLDER.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** The <Question> elements of a questions partial, in order; both attributes are required. */
export function parseQuestions(source: string, file: string): QuestionInfo[] {
  return jsxElements(parseMdx(source), 'Question').map((node) => {
    const id = jsxAttr(node, 'id');
    const question = jsxAttr(node, 'question');
    if (!id || !question)
      throw new Error(`${file}: every <Question> needs string "id" and "question" attributes.`);
    return {id, question, answered: node.children.length > 0};
  });
}

export function loadChapter(docsDir: string, folder: string): ChapterInfo {
  const textFile = path.join(docsDir, folder, TEXT_FILE);
  const questionsFile = path.join(docsDir, folder, QUESTIONS_FILE);
  const text = parseMdx(readFileSync(textFile, 'utf8'));
  const questionsSource = readFileSync(questionsFile, 'utf8');
  const fm = frontMatter(text);
  const need = (key: string): string => {
    const value = fm[key];
    if (typeof value !== 'string' || !value) throw new Error(`${textFile}: front matter needs "${key}".`);
    return value;
  };
  return {
    number: Number(CHAPTER_FOLDER.exec(folder)![1]),
    folder,
    slug: need('slug'),
    title: need('title').replace(/^\d+\.\s*/, ''),
    description: need('description'),
    lastChecked: parseLastChecked(fm[LAST_CHECKED_FIELD])?.toISOString().slice(0, 10) ?? null,
    questions: parseQuestions(questionsSource, questionsFile),
    words: {text: proseWords(text), answers: proseWords(parseMdx(questionsSource))},
  };
}

/** Every chapter under docsDir, in study order. */
export function loadChapters(docsDir: string): ChapterInfo[] {
  return chapterFolders(docsDir).map((folder) => loadChapter(docsDir, folder));
}
