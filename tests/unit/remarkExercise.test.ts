import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import remarkExercise from '@site/plugins/remark-exercise';
import {parseMdx} from '@site/plugins/chapters/mdx';
import {MetaError, parseCodeMeta} from '@site/shared/codeMeta';

const FILE = {path: 'docs/04-monitoring/index.mdx'};
const block = (part: string, code = 'x = 1') => `\`\`\`python ${part}\n${code}\n\`\`\``;
const exercise = (attrs: string, ...blocks: string[]) =>
  `<Exercise ${attrs}>\n\nThe task.\n\n${blocks.join('\n\n')}\n\n</Exercise>\n`;

function run(mdx: string): Root {
  const tree = parseMdx(mdx);
  remarkExercise()(tree, FILE);
  return tree;
}

describe('remark-exercise (build-time exercise check)', () => {
  it('hands the stub, tests and solution to the <Exercise> as props and keeps the blocks', () => {
    const tree = run(
      exercise(
        'id="psi" title="PSI"',
        block('stub', 'def f(): ...'),
        block('tests', 'assert f() == 1'),
        block('solution', 'def f(): return 1'),
      ),
    );
    const node = tree.children[0] as MdxJsxFlowElement;
    const attrs = Object.fromEntries(node.attributes.map((a) => [(a as {name: string}).name, a.value]));
    expect(attrs).toEqual({
      id: 'psi',
      title: 'PSI',
      stub: 'def f(): ...',
      tests: 'assert f() == 1',
      solution: 'def f(): return 1',
    });
    expect(node.children.filter((c) => c.type === 'code')).toHaveLength(3);
  });

  it('names the file, line and problem of a malformed exercise', () => {
    expect(() => run(`# T\n\n${exercise('id="psi" title="PSI"', block('stub'), block('tests'))}`)).toThrow(
      /^docs\/04-monitoring\/index\.mdx:3: <Exercise id="psi"> needs a ```python solution block/,
    );
    expect(() => run(exercise('title="PSI"', block('stub'), block('tests'), block('solution')))).toThrow(
      /needs id=/,
    );
    expect(() => run(exercise('id="psi"', block('stub'), block('tests'), block('solution')))).toThrow(
      /needs a title/,
    );
    expect(() =>
      run(exercise('id="psi" title="PSI"', block('stub'), block('stub'), block('tests'), block('solution'))),
    ).toThrow(/has two stub blocks/);
    expect(() =>
      run(exercise('id="psi" title="PSI"', '```js stub\nx\n```', block('tests'), block('solution'))),
    ).toThrow(/must be ```python, not js/);
  });

  it('refuses an exercise block outside an <Exercise>', () => {
    expect(() => run(`Text.\n\n${block('solution')}\n`)).toThrow(
      /index\.mdx:3: a "solution" block belongs inside an <Exercise>/,
    );
  });
});

describe('code meta: exercise parts and ids', () => {
  it('reads a part as a flag and an id as a slug', () => {
    expect(parseCodeMeta('stub').exercise).toBe('stub');
    expect(parseCodeMeta('runnable id="psi-snippet"').id).toBe('psi-snippet');
    expect(parseCodeMeta('title="stub.py"').exercise).toBeUndefined();
  });

  it('rejects two parts, a part with a value, a runnable part and a bad id', () => {
    expect(() => parseCodeMeta('stub tests')).toThrow(MetaError);
    expect(() => parseCodeMeta('tests=1')).toThrow(/flag/);
    expect(() => parseCodeMeta('runnable solution')).toThrow(/checked by the exercise/);
    expect(() => parseCodeMeta('runnable id="Not A Slug"')).toThrow(/slug/);
  });
});
