// @ts-check
'use strict';
const acorn = require('acorn');

/**
 * Splits the module that Docusaurus' MDX loader emits for a chapter into a route module and a body.
 * The route module keeps what the page needs before its text (front matter, title, metadata, table
 * of contents) and a small component; the compiled text stays in the original module, which the
 * route module requests with "?body". The module is parsed, not matched as text: what is kept is
 * every top-level `export` other than the default one, and, from the imports, the tables of contents
 * of the partials it includes (through their "?toc" variant); everything else belongs to the text.
 * tests/unit/deferredContent.test.ts runs this on the real loader's output for a real chapter.
 */

/**
 * @param {string} code compiled MDX
 * @param {string} file for error messages
 */
function metadataOnly(code, file) {
  /** @type {acorn.Program} */
  let program;
  try {
    program = acorn.parse(code, {ecmaVersion: 'latest', sourceType: 'module'});
  } catch (error) {
    throw new Error(`deferred-content: ${file} is not an ES module: ${/** @type {Error} */ (error).message}`);
  }
  if (!program.body.some((node) => node.type === 'ExportDefaultDeclaration')) {
    throw new Error(`deferred-content: ${file} does not look like compiled MDX (no default export).`);
  }
  const kept = [];
  for (const node of program.body) {
    if (node.type === 'ExportNamedDeclaration') kept.push(code.slice(node.start, node.end));
    if (node.type !== 'ImportDeclaration' || !/\.mdx?$/.test(String(node.source.value))) continue;
    for (const specifier of node.specifiers) {
      if (specifier.type !== 'ImportSpecifier' || specifier.imported.type !== 'Identifier') continue;
      if (specifier.imported.name !== 'toc') continue;
      kept.push(
        `import {toc as ${specifier.local.name}} from ${JSON.stringify(`${node.source.value}?toc`)};`,
      );
    }
  }
  return kept.join('\n');
}

/**
 * The route module of a deferred chapter.
 * @param {string} code compiled MDX
 * @param {{file: string, request: string, key: string, isServer: boolean}} options
 *   request: how the module imports its own body, e.g. "./index.mdx?body"
 */
function deferredPage(code, {file, request, key, isServer}) {
  const head = metadataOnly(code, file);
  const body = JSON.stringify(request);
  const name = JSON.stringify(key);
  const tail = isServer
    ? [
        `import {serverChapter as __serverChapter} from '@theme/DeferredChapter';`,
        `import __Body from ${body};`,
        `export default __serverChapter(${name}, __Body);`,
      ]
    : [
        `import {deferredChapter as __deferredChapter} from '@theme/DeferredChapter';`,
        `export default await __deferredChapter(${name}, () => import(/* webpackChunkName: ${JSON.stringify(`body-${key}`)} */ ${body}));`,
      ];
  return `${head}\n${tail.join('\n')}\n`;
}

module.exports = {metadataOnly, deferredPage};
