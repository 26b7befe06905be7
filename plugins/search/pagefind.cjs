// Pagefind's Node API is an ES module only, and Docusaurus loads plugins through jiti, which turns
// `import()` into `require()`. Loaded with Node's own require (index.ts), this file imports it natively.
module.exports = () => import('pagefind');
