import type {Code, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {EXERCISE_PARTS, parseCodeMeta, type ExercisePart} from '../../shared/codeMeta';

/** An exercise as written in MDX: <Exercise id title hint> with a stub, tests and a solution. */
export type ExerciseSource = {
  readonly id: string;
  readonly title: string;
  readonly line: number;
} & Readonly<Record<ExercisePart, string>>;

export const EXERCISE_ELEMENT = 'Exercise';
const ID = /^[a-z][a-z0-9-]*$/;

const stringAttr = (node: MdxJsxFlowElement, name: string): string | undefined => {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
};

/** The exercise part of a fenced block, or undefined for any other block. */
export function exercisePart(code: Code): ExercisePart | undefined {
  return parseCodeMeta(code.meta).exercise;
}

/** Reads one <Exercise> element; throws a message naming what is missing or wrong. */
export function readExercise(node: MdxJsxFlowElement): ExerciseSource {
  const line = node.position?.start.line ?? 0;
  const id = stringAttr(node, 'id');
  const title = stringAttr(node, 'title');
  if (!id || !ID.test(id))
    throw new Error(`<Exercise> needs id="a-lowercase-slug" (it keys the reader's progress)`);
  if (!title) throw new Error(`<Exercise id="${id}"> needs a title`);
  const parts: Partial<Record<ExercisePart, string>> = {};
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'code') continue;
    const part = exercisePart(child);
    if (!part) continue;
    if (child.lang !== 'python')
      throw new Error(
        `<Exercise id="${id}">: the ${part} block must be \`\`\`python, not ${child.lang ?? 'no language'}`,
      );
    if (parts[part] !== undefined) throw new Error(`<Exercise id="${id}"> has two ${part} blocks`);
    parts[part] = child.value;
  }
  for (const part of EXERCISE_PARTS) {
    if (parts[part] === undefined)
      throw new Error(`<Exercise id="${id}"> needs a \`\`\`python ${part} block (directly inside it)`);
  }
  return {id, title, line, stub: parts.stub!, tests: parts.tests!, solution: parts.solution!};
}

/** Every exercise of a chapter, in document order. */
export function collectExercises(tree: Root): ExerciseSource[] {
  const found: ExerciseSource[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name === EXERCISE_ELEMENT) found.push(readExercise(node));
  });
  return found;
}
