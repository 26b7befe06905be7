import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** The pages whose content is deferred: every chapter (docs/NN-slug/index.mdx), not the start page. */
export const DEFERRED_PAGES = String.raw`/docs/\d\d-[^/]+/index\.mdx$`;

/**
 * Keeps a chapter's text out of its first-load JavaScript. The static HTML holds the whole chapter;
 * the browser hydrates the page around it and fetches the chapter's React tree only when the reader
 * first interacts with it (src/components/DeferredContent). See loader.cjs for the module split.
 */
export default function deferredContentPlugin(_context: LoadContext): Plugin {
  return {
    name: 'deferred-content',
    getClientModules: () => [path.resolve(__dirname, '../../src/components/DeferredContent/hydration.ts')],
    configureWebpack(_config, isServer, {currentBundler}) {
      return {
        // Lets src/theme/CodeBlock/load.ts give the server bundle its highlighter synchronously.
        plugins: [
          new currentBundler.instance.DefinePlugin({
            'process.env.SSR_BUNDLE': JSON.stringify(String(isServer)),
          }),
        ],
        module: {
          rules: [
            {
              // A function, not a RegExp: plugin RegExps come from another realm and rspack rejects them.
              test: (file: string) => file.endsWith('.mdx'),
              enforce: 'post',
              use: [
                {loader: path.resolve(__dirname, 'loader.cjs'), options: {isServer, pages: DEFERRED_PAGES}},
              ],
            },
          ],
        },
      };
    },
  };
}
