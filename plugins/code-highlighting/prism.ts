import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {Prism, normalizeTokens} from 'prism-react-renderer';
import type {TokenFilter} from './unstyled';

const require = createRequire(__filename);

type PrismLib = typeof Prism;

const loaded = new Set<string>();

/**
 * Prism as the theme used it in the browser: prism-react-renderer's bundled grammars plus the extra
 * languages from prismjs' components. A component is a script that extends a global `Prism`; it runs
 * here against prism-react-renderer's instance, without touching the global object.
 */
export function loadLanguages(languages: readonly string[]): PrismLib {
  for (const lang of languages) {
    if (loaded.has(lang) || Prism.languages[lang]) continue;
    const file = require.resolve(`prismjs/components/prism-${lang}.js`);
    // A grammar file from node_modules, run as the script it is written to be.
    new Function('Prism', readFileSync(file, 'utf8'))(Prism);
    if (!Prism.languages[lang]) throw new Error(`Prism component "${lang}" defined no grammar`);
    loaded.add(lang);
  }
  return Prism;
}

/** Whether Prism has a grammar for a language (case-insensitive, like the theme). */
export function hasGrammar(language: string): boolean {
  return typeof Prism.languages[language.toLowerCase()] === 'object';
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'};
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPES[c]!);

const keepAll: TokenFilter = () => true;

/**
 * The code's lines as highlighted HTML, joined by "\n" (a line's HTML never contains a newline).
 * Tokens are `<span class="token …">` as Prism names them; plain text is left unwrapped, since it
 * takes the block's own colour, and so is a token `styled` says looks like plain text (unstyled.ts).
 * Neighbouring tokens of the same types share one span. Without a grammar the lines are escaped text.
 */
export function highlightLines(code: string, language: string, styled: TokenFilter = keepAll): string {
  const lang = language.toLowerCase();
  const grammar = Prism.languages[lang];
  // As prism-react-renderer tokenizes (hooks included), so the tokens are the ones readers had.
  const env = {code, grammar, language: lang, tokens: [] as ReturnType<PrismLib['tokenize']>};
  if (grammar) {
    Prism.hooks.run('before-tokenize', env);
    env.tokens = Prism.tokenize(code, grammar);
    Prism.hooks.run('after-tokenize', env);
  }
  const lines = normalizeTokens(grammar ? env.tokens : [code]);
  return lines
    .map((line) => {
      const parts: {kinds: string; text: string}[] = [];
      for (const {types, content} of line) {
        const text = escapeHtml(content.replace(/\n$/, ''));
        if (!text) continue;
        const kinds = types.filter((t) => t !== 'plain');
        const wrapped = kinds.length > 0 && styled(kinds, lang) ? kinds.join(' ') : '';
        const last = parts.at(-1);
        if (last && last.kinds === wrapped) last.text += text;
        else parts.push({kinds: wrapped, text});
      }
      return parts
        .map(({kinds, text}) => (kinds ? `<span class="token ${kinds}">${text}</span>` : text))
        .join('');
    })
    .join('\n');
}
