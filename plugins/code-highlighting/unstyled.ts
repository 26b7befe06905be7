import type {PrismTheme} from 'prism-react-renderer';
import {accessiblePrismTheme, parseColor} from './contrast';

/** Whether a token with these Prism types, in this language, needs an element of its own. */
export type TokenFilter = (types: readonly string[], language: string) => boolean;

const sameColour = (a: string, b: string) => parseColor(a).join() === parseColor(b).join();

/**
 * Which tokens the site's stylesheet (themeCss.ts, from the same themes raised to AA contrast) styles
 * differently from the block's plain text in at least one colour mode. A token that every rule matching
 * it only gives the plain colour, in every mode, renders exactly as unwrapped text: punctuation in the
 * github and dracula themes is half of a chapter's tokens, and each span is an element to lay out.
 * Conservative: any declaration other than the plain colour keeps the span, whichever rule wins.
 */
export function styledTokens(themes: readonly PrismTheme[]): TokenFilter {
  const raised = themes.map(accessiblePrismTheme);
  return (types, language) =>
    raised.some((theme) => {
      const plain = theme.plain.color;
      return theme.styles.some(
        ({types: ruleTypes, languages, style}) =>
          (!languages || languages.includes(language)) &&
          ruleTypes.some((t) => types.includes(t)) &&
          Object.entries(style).some(
            ([key, value]) =>
              value !== undefined &&
              !(key === 'color' && plain !== undefined && sameColour(String(value), plain)),
          ),
      );
    });
}
