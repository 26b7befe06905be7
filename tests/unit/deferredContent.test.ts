import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {Pace, SWAP_FRAMES} from '@site/plugins/deferred-content/theme/DeferredChapter/reveal';
import {validateOptions, type Options} from '@site/plugins/deferred-content';

const require = createRequire(import.meta.url);
const {deferredPage, metadataOnly} = require('../../plugins/deferred-content/transform.cjs') as {
  deferredPage: (code: string, o: {file: string; request: string; key: string; isServer: boolean}) => string;
  metadataOnly: (code: string, file: string) => string;
};
const SITE = path.resolve(__dirname, '../..');

/**
 * A chapter compiled by the real @docusaurus/mdx-loader with the site's configuration, as the docs
 * plugin runs it (the contract the loader's transform depends on).
 */
async function compileWithMdxLoader(file: string): Promise<string> {
  const {loadSiteConfig} = require('@docusaurus/core/lib/server/config.js') as {
    loadSiteConfig: (o: {siteDir: string}) => Promise<{siteConfig: Record<string, unknown>}>;
  };
  const {default: mdxLoader} = require('@docusaurus/mdx-loader') as {default: (source: string) => void};
  const {siteConfig} = await loadSiteConfig({siteDir: SITE});
  const docs = (siteConfig.presets as [string, {docs: {remarkPlugins: unknown[]}}][])[0]![1].docs;
  const options = {
    admonitions: true,
    remarkPlugins: docs.remarkPlugins,
    siteDir: SITE,
    staticDirs: [],
    markdownConfig: siteConfig.markdown,
    isMDXPartial: (f: string) => path.basename(f).startsWith('_'),
    metadataPath: () => path.join(SITE, '.docusaurus/metadata.json'),
    createAssets: () => ({}),
    // Links between chapters: any page path will do here.
    resolveMarkdownLink: ({linkPathname}: {linkPathname: string}) =>
      `/docs/${path.basename(path.dirname(linkPathname))}`,
  };
  return new Promise((resolve, reject) =>
    mdxLoader.call(
      {
        resourcePath: file,
        resource: file,
        resourceQuery: '',
        getOptions: () => options,
        addDependency: () => undefined,
        _compiler: {name: 'client'},
        async: () => (error: Error | null, code: string) => (error ? reject(error) : resolve(code)),
      },
      readFileSync(file, 'utf8'),
    ),
  );
}

describe('deferred chapter modules, on the real MDX loader output of a chapter', async () => {
  const file = path.join(SITE, 'docs/02-model-serving/index.mdx');
  const compiled = await compileWithMdxLoader(file);
  const options = {file, request: './index.mdx?body', key: '02-model-serving'};
  const client = deferredPage(compiled, {...options, isServer: false});
  const server = deferredPage(compiled, {...options, isServer: true});

  it('is what the loader emits today (a guard for the checks below)', () => {
    expect(compiled).toMatch(/^export const frontMatter = /m);
    expect(compiled).toMatch(/^import Questions, \{toc as (\w+)\} from '\.\/_questions\.mdx';$/m);
    expect(compiled).toContain('Dynamic batching');
  });

  it('keeps the metadata and the table of contents, and drops the text and its imports', () => {
    expect(client).toContain("export const contentTitle = '2. Model Serving';");
    expect(client).toMatch(/export \{default as metadata\} from /);
    expect(client).toContain('"id": "dynamic-batching"');
    expect(client).toMatch(/^import \{toc as __tocQuestions\} from "\.\/_questions\.mdx\?toc";$/m);
    expect(client).not.toContain('_createMdxContent');
    expect(client).not.toContain('A trained model is a file.');
    expect(client).not.toMatch(/react\/jsx-runtime|@mdx-js\/react|from '\.\/_questions\.mdx'/);
    expect(compiled.length / client.length).toBeGreaterThan(20);
  });

  it('awaits the text in the browser when the theme asks for it, and renders it on the server', () => {
    expect(client).toContain(
      'export default await __deferredChapter("02-model-serving", () => import(/* webpackChunkName: "body-02-model-serving" */ "./index.mdx?body"));',
    );
    expect(client).toContain("from '@theme/DeferredChapter';");
    expect(client).not.toMatch(/^import __Body/m);
    expect(server).toContain('import __Body from "./index.mdx?body";');
    expect(server).toContain('export default __serverChapter("02-model-serving", __Body);');
    expect(`${client}${server}`).not.toMatch(/@site\/src\/|from ['"]\.\.?\/.*src\//);
  });

  it('gives a partial only its metadata and table of contents', async () => {
    const partial = await compileWithMdxLoader(path.join(SITE, 'docs/02-model-serving/_questions.mdx'));
    const toc = metadataOnly(partial, 'docs/02-model-serving/_questions.mdx');
    expect(toc).toMatch(/^export const toc = \[/m);
    expect(toc).not.toContain('export default');
    expect(toc).not.toContain('react/jsx-runtime');
  });

  it('refuses input that is not compiled MDX, naming the file', () => {
    expect(() => metadataOnly('export const a = 1;', 'docs/x/index.mdx')).toThrow(
      /docs\/x\/index\.mdx.*no default export/,
    );
    expect(() => metadataOnly('export default <p/>', 'docs/y/index.mdx')).toThrow(
      /docs\/y\/index\.mdx is not an ES module/,
    );
  });
});

describe('deferred-content options', () => {
  const validate = (options: Partial<Options>) =>
    validateOptions({
      options: options as Options,
      validate: (schema, value) => {
        const {error, value: normalized} = schema.validate(value);
        if (error) throw error;
        return normalized as Options;
      },
    });

  it('is enabled by default and needs a valid page pattern', () => {
    expect(validate({pages: '/docs/'})).toEqual({pages: '/docs/', enabled: true});
    expect(validate({pages: 'x', enabled: false}).enabled).toBe(false);
    expect(() => validate({})).toThrow(/"pages" is required/);
    expect(() => validate({pages: '(unclosed'})).toThrow(/pages/);
  });
});

describe('Pace (how many parts per frame)', () => {
  it('spreads a swap over SWAP_FRAMES frames at most, however slow the frames', () => {
    const pace = new Pace(200);
    const batches = Array.from({length: SWAP_FRAMES}, (_, i) => pace.batch(i * 120));
    expect(new Set(batches)).toEqual(new Set([Math.ceil(200 / SWAP_FRAMES)]));
    expect(batches.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(200);
  });
  it('doubles after short frames, up to the whole', () => {
    const pace = new Pace(200);
    expect([0, 16, 32, 48, 64, 80].map((t) => pace.batch(t))).toEqual([13, 26, 52, 104, 200, 200]);
  });
  it('takes two parts a frame at least', () => {
    expect(new Pace(3).batch(0)).toBe(2);
  });
});
