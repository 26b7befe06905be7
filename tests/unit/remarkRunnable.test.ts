import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Root} from 'mdast';
import remarkRunnable from '@site/plugins/remark-runnable';

function check(markdown: string) {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  return () => remarkRunnable()(tree, {path: 'docs/02-model-serving/index.mdx'});
}

describe('remark-runnable (build-time meta check)', () => {
  it('accepts valid runnable and plain blocks', () => {
    expect(
      check('```python runnable title="a.py" timeout=5\nprint(1)\n```\n\n```bash\nls\n```'),
    ).not.toThrow();
  });

  it('fails with the file and line of a malformed meta', () => {
    expect(check('# T\n\n```python runnable timeout=ten\nprint(1)\n```')).toThrow(
      /^docs\/02-model-serving\/index\.mdx:3: Invalid code block meta "runnable timeout=ten"/,
    );
  });

  it('fails when a language that cannot run is marked runnable', () => {
    expect(check('```yaml runnable\na: 1\n```')).toThrow(
      /index\.mdx:1: "runnable" needs a Python or JavaScript block, not "yaml"/,
    );
  });
});
