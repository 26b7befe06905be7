import {createRequire} from 'node:module';
import {capture, find, locate, restore} from '@site/src/components/DeferredContent/snapshot';

const require = createRequire(import.meta.url);
const {deferredPage, metadataOnly} = require('../../plugins/deferred-content/transform.cjs') as {
  deferredPage: (code: string, o: {file: string; request: string; key: string; isServer: boolean}) => string;
  metadataOnly: (code: string, file: string) => string;
};

// The shape Docusaurus' MDX loader emits (checked against its output for our chapters).
const COMPILED = `
export const frontMatter = {
	title: '2. Model Serving'
};
export const contentTitle = '2. Model Serving';
export {default as metadata} from '@site/.docusaurus/docusaurus-plugin-content-docs/default/site-docs-02.json'
export const assets = {

};

import {Fragment as _Fragment, jsx as _jsx, jsxs as _jsxs} from "react/jsx-runtime";
import {useMDXComponents as _provideComponents} from "@mdx-js/react";
import Tabs from '@theme/Tabs';
import Questions, {toc as __tocQuestions} from './_questions.mdx';
export const toc = [{
  "value": "2.1 Model Serving",
  "id": "model-serving",
  "level": 2
}, ...__tocQuestions];
function _createMdxContent(props) {
  return _jsx("p", {children: "A trained model is a file."});
}
export default function MDXContent(props = {}) {
  return _jsx(_createMdxContent, {...props});
}
`;

describe('deferred chapter modules (plugins/deferred-content)', () => {
  const options = {
    file: '/site/docs/02-model-serving/index.mdx',
    request: './index.mdx?body',
    key: '02-model-serving',
  };

  it('keeps the metadata and the table of contents, and drops the content and its imports', () => {
    const out = deferredPage(COMPILED, {...options, isServer: false});
    expect(out).toContain("export const contentTitle = '2. Model Serving';");
    expect(out).toContain('export {default as metadata} from');
    expect(out).toContain('"id": "model-serving"');
    expect(out).toContain('import {toc as __tocQuestions} from "./_questions.mdx?toc";');
    expect(out).not.toContain('_createMdxContent');
    expect(out).not.toContain('A trained model is a file.');
    expect(out).not.toMatch(/react\/jsx-runtime|@theme\/Tabs|from '\.\/_questions\.mdx'/);
  });

  it('loads the body on demand in the browser and statically on the server', () => {
    const client = deferredPage(COMPILED, {...options, isServer: false});
    expect(client).toMatch(
      /export default __deferMdx\("02-model-serving", \(\) => import\(.*"\.\/index\.mdx\?body"\)\);/,
    );
    expect(client).not.toMatch(/^import __Body/m);
    const server = deferredPage(COMPILED, {...options, isServer: true});
    expect(server).toContain('import __Body from "./index.mdx?body";');
    expect(server).toContain(
      'export default __deferMdx("02-model-serving", () => Promise.resolve({default: __Body}), __Body);',
    );
  });

  it('gives a partial only its table of contents', () => {
    const out = metadataOnly(COMPILED, 'x.mdx');
    expect(out).toContain('export const toc = [');
    expect(out).not.toContain('export default');
  });

  it('refuses input that is not compiled MDX, naming the file', () => {
    expect(() => metadataOnly('export default 1;', 'docs/x/index.mdx')).toThrow(/docs\/x\/index\.mdx/);
  });
});

describe('carrying the reader’s state from the static copy to the live tree', () => {
  const markup = `
    <p>Intro</p>
    <ol>
      <li><h3 id="a">A?<button type="button">Copy link</button></h3><details><summary>Show answer</summary><p>a</p></details></li>
      <li><h3 id="b">B?<button type="button">Copy link</button></h3><details><summary>Show answer</summary><p>b</p></details></li>
    </ol>
    <button type="button" id="run">Run</button>`;
  const tree = () => {
    const root = document.createElement('div');
    root.innerHTML = markup;
    document.body.append(root);
    return root;
  };
  afterEach(() => document.body.replaceChildren());

  it('finds an element again by tag, text and rank, also when the live tree has more in it', () => {
    const [a, b] = [tree(), tree()];
    const target = a.querySelectorAll('button')[1]!;
    const locator = locate(a, target);
    expect(locator).toEqual({tag: 'BUTTON', text: 'Copy link', nth: 1});
    b.prepend(Object.assign(document.createElement('p'), {textContent: '0/10 known'}));
    expect(find(b, locator)).toBe(b.querySelectorAll('button')[1]);
    expect(locate(a, b.querySelector('p'))).toBeNull();
    expect(locate(a, a)).toBeNull();
    expect(find(b, {tag: 'BUTTON', text: 'Copy link', nth: 5})).toBeNull();
  });

  it('reopens the answers that were open, refocuses the focused control and returns the pressed button', () => {
    const [before, after] = [tree(), tree()];
    before.querySelectorAll('details')[1]!.open = true;
    (before.lastElementChild as HTMLButtonElement).focus();
    const snapshot = capture(before, before.querySelectorAll('button')[0]!);
    expect(snapshot.open).toEqual([1]);

    const replay = restore(after, snapshot);
    expect([...after.querySelectorAll('details')].map((d) => d.open)).toEqual([false, true]);
    expect(document.activeElement).toBe(after.lastElementChild);
    expect(replay).toBe(after.querySelectorAll('button')[0]);
  });

  it('has nothing to replay when nothing was pressed or focused', () => {
    const [before, after] = [tree(), tree()];
    (document.activeElement as HTMLElement | null)?.blur();
    const snapshot = capture(before, null);
    expect(snapshot).toEqual({open: [], focus: null, click: null});
    expect(restore(after, snapshot)).toBeNull();
  });
});
