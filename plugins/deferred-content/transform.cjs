// @ts-check
'use strict';

/**
 * Rewrites the module that Docusaurus' MDX loader emits for a chapter page, so the route's first
 * load carries only the page's metadata (front matter, title, table of contents) and a small
 * component; the compiled chapter text moves to a second module ("?body") that the browser fetches
 * when the reader first interacts with the page. The server bundle renders the body in full, so the
 * static HTML, the search index and the link checker see every word.
 *
 * Plain string surgery on the loader's output, whose shape is fixed: an export header, the imports,
 * `export const toc = [...]`, then `function _createMdxContent(props) {...}` and the default export.
 */

const CONTENT_START = '\nfunction _createMdxContent(';
// `import Questions, {toc as __tocQuestions} from './_questions.mdx';`
const PARTIAL_TOC_IMPORT =
  /^import\s+[\w$]+\s*,\s*\{\s*toc as ([\w$]+)\s*\}\s*from\s*(['"])(.+?\.mdx)\2;?\s*$/;

/**
 * The metadata exports of a compiled MDX module, without its content: imports of partials keep
 * only the partial's table of contents (through its "?toc" variant); all other imports go.
 * @param {string} code
 * @param {string} file for error messages
 */
function metadataOnly(code, file) {
  const end = code.indexOf(CONTENT_START);
  if (end === -1) {
    throw new Error(`deferred-content: ${file} does not look like compiled MDX (no _createMdxContent).`);
  }
  return code
    .slice(0, end)
    .split('\n')
    .map((line) => {
      if (!/^import\s/.test(line)) return line;
      const partial = PARTIAL_TOC_IMPORT.exec(line);
      return partial ? `import {toc as ${partial[1]}} from ${JSON.stringify(`${partial[3]}?toc`)};` : '';
    })
    .join('\n');
}

/**
 * The route module of a deferred page.
 * @param {string} code compiled MDX
 * @param {{file: string, request: string, key: string, isServer: boolean}} options
 *   request: how the module imports its own body, e.g. "./index.mdx?body"
 */
function deferredPage(code, {file, request, key, isServer}) {
  const head = metadataOnly(code, file);
  const body = JSON.stringify(request);
  const factory = `import {deferMdx as __deferMdx} from '@site/src/components/DeferredContent';`;
  const tail = isServer
    ? `import __Body from ${body};\nexport default __deferMdx(${JSON.stringify(key)}, () => Promise.resolve({default: __Body}), __Body);`
    : `export default __deferMdx(${JSON.stringify(key)}, () => import(/* webpackChunkName: ${JSON.stringify(`body-${key}`)} */ ${body}));`;
  return `${head}\n${factory}\n${tail}\n`;
}

module.exports = {metadataOnly, deferredPage, CONTENT_START};
