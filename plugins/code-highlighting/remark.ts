import type {Code, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import type {PrismTheme} from 'prism-react-renderer';
import {hasGrammar, highlightLines, loadLanguages} from './prism';
import {styledTokens} from './unstyled';

export type RemarkHighlightOptions = {
  /** prismjs components to load besides prism-react-renderer's bundled grammars (themeConfig.prism). */
  readonly additionalLanguages?: readonly string[];
  /**
   * The site's Prism themes (themeConfig.prism.theme and darkTheme): a token they colour like plain
   * text in every mode is left unwrapped. Without them every token keeps its span.
   */
  readonly themes?: readonly PrismTheme[];
};

/** The prop that carries a block's highlighted lines to the theme's CodeBlock. */
export const HIGHLIGHTED_PROP = 'highlightedLines';

/** Languages that are plain text on purpose: no grammar, no highlighting. */
const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext']);

type VFileLike = {path?: string};

/**
 * Highlights every fenced code block at build time: the block's element gets its lines as
 * highlighted HTML (prism.ts), which the CodeBlock theme component renders as is, so the browser
 * needs no Prism. A block in a language Prism does not know fails the build, naming file and line.
 */
export default function remarkHighlight(options: RemarkHighlightOptions = {}) {
  loadLanguages(options.additionalLanguages ?? []);
  const styled = options.themes ? styledTokens(options.themes) : undefined;
  return (tree: Root, file: VFileLike): void => {
    visit(tree, 'code', (node: Code) => {
      const language = node.lang?.toLowerCase();
      if (!language || PLAIN.has(language)) return;
      if (!hasGrammar(language)) {
        const where = `${file.path ?? 'unknown file'}:${node.position?.start.line ?? '?'}`;
        throw new Error(
          `${where}: no Prism grammar for "${node.lang}"; add it to themeConfig.prism.additionalLanguages or use "text"`,
        );
      }
      node.data = {
        ...node.data,
        hProperties: {
          ...node.data?.hProperties,
          [HIGHLIGHTED_PROP]: highlightLines(node.value, language, styled),
        },
      };
    });
  };
}
