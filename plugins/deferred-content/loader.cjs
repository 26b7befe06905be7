// @ts-check
'use strict';
const path = require('node:path');
const {deferredPage, metadataOnly} = require('./transform.cjs');

/**
 * Runs after Docusaurus' MDX loader (enforce: 'post'). Options: {isServer, pages: RegExp source
 * matching the files whose text is deferred}.
 * - `file.mdx?toc`: only the metadata and table of contents (a page's route module imports its
 *   partials' tables of contents);
 * - `file.mdx?body`: the compiled MDX, unchanged;
 * - a deferred page without query: the route module (transform.cjs);
 * - anything else: unchanged.
 * @this {{resourcePath: string, resourceQuery: string, getOptions(): {isServer: boolean, pages: string}}}
 * @param {string} code
 */
module.exports = function deferredContentLoader(code) {
  const {isServer, pages} = this.getOptions();
  const file = this.resourcePath;
  if (this.resourceQuery === '?toc') return metadataOnly(code, file);
  if (this.resourceQuery !== '' || !new RegExp(pages).test(file.split(path.sep).join('/'))) return code;
  return deferredPage(code, {
    file,
    request: `./${path.basename(file)}?body`,
    key: path.basename(path.dirname(file)),
    isServer,
  });
};
