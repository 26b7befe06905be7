import path from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {Joi} from '@docusaurus/utils-validation';

export type Options = {
  /** Switches the deferral off (every page hydrates its whole text), e.g. to measure it or to upgrade. */
  readonly enabled: boolean;
  /** RegExp source matched against an MDX file's path (with "/"): the pages whose text is deferred. */
  readonly pages: string;
};

const SCHEMA = Joi.object<Options>({
  enabled: Joi.boolean().default(true),
  pages: Joi.string()
    .custom((value: string) => {
      new RegExp(value); // throws on an invalid pattern, which Joi reports with the option's name
      return value;
    })
    .required(),
});

export function validateOptions({options, validate}: OptionValidationContext<Options, Options>): Options {
  return validate(SCHEMA, options);
}

/**
 * Keeps a chapter's text out of its first-load JavaScript. The static HTML holds the whole chapter;
 * the browser hydrates the page around it and fetches the chapter's React tree when the reader first
 * acts on it, or before hydrating when the site's liveTrigger says so (theme/DeferredChapter). The
 * loader splits each deferred page's compiled MDX into a route module and a "?body" module
 * (transform.cjs). The route module imports @theme/DeferredChapter, which the site can wrap.
 */
export default function deferredContentPlugin(_context: LoadContext, options: Options): Plugin {
  if (!options.enabled) return {name: 'deferred-content'};
  return {
    name: 'deferred-content',
    getThemePath: () => path.join(__dirname, 'theme'),
    getClientModules: () => [path.join(__dirname, 'client', 'activity.ts')],
    configureWebpack(_config, isServer) {
      return {
        module: {
          rules: [
            {
              // A function, not a RegExp: plugin RegExps come from another realm and rspack rejects them.
              test: (file: string) => file.endsWith('.mdx'),
              enforce: 'post',
              use: [{loader: path.join(__dirname, 'loader.cjs'), options: {isServer, pages: options.pages}}],
            },
          ],
        },
      };
    },
  };
}
