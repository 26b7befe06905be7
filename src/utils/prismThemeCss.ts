import type {PrismTheme} from 'prism-react-renderer';

const PROPERTIES: Readonly<Record<string, string>> = {
  color: 'color',
  backgroundColor: 'background-color',
  fontStyle: 'font-style',
  fontWeight: 'font-weight',
  textDecorationLine: 'text-decoration-line',
  opacity: 'opacity',
};

function declarations(style: object, important: boolean): string {
  return Object.entries(style)
    .filter(([key, value]) => key in PROPERTIES && (typeof value === 'string' || typeof value === 'number'))
    .map(([key, value]) => `${PROPERTIES[key]}:${String(value)}${important ? ' !important' : ''}`)
    .join(';');
}

/**
 * A Prism theme as a stylesheet for one colour mode. Code blocks are highlighted on the server,
 * where the reader's colour mode is unknown, and a chapter's static copy is never re-rendered on
 * load (src/components/DeferredContent); so token colours come from CSS scoped by data-theme, not
 * from inline styles (src/theme/CodeBlock/Line/Token drops those). `!important` overrides the
 * inline block colours and variables that the theme still writes for the server's mode.
 */
export function prismThemeCss(theme: PrismTheme, mode: 'light' | 'dark'): string {
  const scope = `[data-theme='${mode}']`;
  const {color, backgroundColor} = theme.plain;
  const rules = [
    `${scope} .theme-code-block{${[
      color && `--prism-color:${color} !important`,
      backgroundColor && `--prism-background-color:${backgroundColor} !important`,
    ]
      .filter(Boolean)
      .join(';')}}`,
    `${scope} .prism-code{${declarations(theme.plain, true)}}`,
  ];
  for (const {types, languages, style} of theme.styles) {
    const body = declarations(style, false);
    if (!body) continue;
    const selectors = types.flatMap((type) =>
      (languages ?? [null]).map((lang) => `${scope} ${lang ? `.language-${lang} ` : ''}.token.${type}`),
    );
    rules.push(`${selectors.join(',')}{${body}}`);
  }
  return `${rules.join('\n')}\n`;
}
