import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';

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
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly questions: readonly QuestionInfo[];
};

type MdxNode = {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: {type: string; name?: string; value?: unknown}[];
  children?: MdxNode[];
};

async function parseMdx(source: string): Promise<MdxNode> {
  const [{unified}, {default: remarkParse}, {default: remarkMdx}, {default: remarkFrontmatter}] =
    await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-mdx'),
      import('remark-frontmatter'),
    ]);
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source) as MdxNode;
}

function walk(node: MdxNode, visit: (n: MdxNode) => void): void {
  visit(node);
  node.children?.forEach((c) => walk(c, visit));
}

function stringAttr(node: MdxNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** The <Question> elements of an MDX source, in document order. */
export async function parseQuestions(source: string, file: string): Promise<QuestionInfo[]> {
  const tree = await parseMdx(source);
  const questions: QuestionInfo[] = [];
  walk(tree, (n) => {
    if ((n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') || n.name !== 'Question') return;
    const id = stringAttr(n, 'id');
    const question = stringAttr(n, 'question');
    if (!id || !question) {
      throw new Error(`${file}: every <Question> needs string "id" and "question" attributes.`);
    }
    questions.push({id, question, answered: (n.children ?? []).length > 0});
  });
  return questions;
}

export async function parseFrontMatter(source: string): Promise<Record<string, unknown>> {
  const tree = await parseMdx(source);
  const yamlNode = tree.children?.find((c) => c.type === 'yaml');
  return yamlNode?.value ? (parseYaml(yamlNode.value) as Record<string, unknown>) : {};
}

const CHAPTER_FOLDER = /^(\d{2})-[a-z0-9-]+$/;

/** Reads every chapter folder (NN-name) under docsDir. */
export async function loadChapters(docsDir: string): Promise<ChapterInfo[]> {
  const folders = (await readdir(docsDir, {withFileTypes: true}))
    .filter((d) => d.isDirectory() && CHAPTER_FOLDER.test(d.name))
    .map((d) => d.name)
    .sort();
  return Promise.all(
    folders.map(async (folder) => {
      const indexFile = path.join(docsDir, folder, 'index.mdx');
      const questionsFile = path.join(docsDir, folder, '_questions.mdx');
      const fm = await parseFrontMatter(await readFile(indexFile, 'utf8'));
      const questions = await parseQuestions(await readFile(questionsFile, 'utf8'), questionsFile);
      const need = (key: string): string => {
        const v = fm[key];
        if (typeof v !== 'string' || !v) throw new Error(`${indexFile}: front matter needs "${key}".`);
        return v;
      };
      return {
        number: Number(folder.slice(0, 2)),
        folder,
        slug: need('slug'),
        title: need('title').replace(/^\d+\.\s*/, ''),
        description: need('description'),
        questions,
      };
    }),
  );
}
