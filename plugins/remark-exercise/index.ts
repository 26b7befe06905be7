import type {Code, Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {EXERCISE_PARTS} from '../../shared/codeMeta';
import {EXERCISE_ELEMENT, exercisePart, readExercise} from './exercises';

type VFileLike = {path?: string};

/**
 * Lab exercises (src/labs/Exercise): checks each <Exercise> at build time (an id, a title, exactly
 * one ```python stub```, ```python tests``` and ```python solution``` block) and hands the three
 * blocks' code to the component as props, so its Check button has the stub and the tests without
 * reading them back out of rendered children. An exercise block outside an <Exercise> fails the
 * build, naming file and line.
 */
export default function remarkExercise() {
  return (tree: Root, file: VFileLike): void => {
    const where = (line?: number) => `${file.path ?? 'unknown file'}:${line ?? '?'}`;
    const inside = new Set<Code>();
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== EXERCISE_ELEMENT) return;
      let exercise;
      try {
        exercise = readExercise(node);
      } catch (error) {
        throw new Error(`${where(node.position?.start.line)}: ${(error as Error).message}`);
      }
      for (const child of node.children) if (child.type === 'code') inside.add(child);
      for (const part of EXERCISE_PARTS)
        node.attributes.push({type: 'mdxJsxAttribute', name: part, value: exercise[part]});
    });
    visit(tree, 'code', (code: Code) => {
      if (!inside.has(code) && exercisePart(code))
        throw new Error(
          `${where(code.position?.start.line)}: a "${exercisePart(code)}" block belongs inside an <Exercise>`,
        );
    });
  };
}
