import type {PrismTheme} from 'prism-react-renderer';

const PROPERTIES: Readonly<Record<string, string>> = {
  color: 'color',
  backgroundColor: 'background-color',
  fontStyle: 'font-style',
  fontWeight: 'font-weight',
  textDecorationLine: 'text-decoration-line',
  opacity: 'opacity',
};

function declarations(style: object): string {
  return Object.entries(style)
    .filter(([key, value]) => key in PROPERTIES && (typeof value === 'string' || typeof value === 'number'))
    .map(([key, value]) => `${PROPERTIES[key]}:${String(value)}`)
    .join(';');
}

/**
 * A Prism theme as a stylesheet for one colour mode, scoped by `data-theme`. Code arrives highlighted
 * in the HTML with class-named tokens (remark.ts), so its colours follow the reader's mode from the
 * first paint. The block's variables are `!important` because the theme's CodeBlock/Container writes
 * them inline for the mode the server rendered in.
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
    `${scope} .prism-code{${declarations(theme.plain)}}`,
  ];
  for (const {types, languages, style} of theme.styles) {
    const body = declarations(style);
    if (!body) continue;
    const selectors = types.flatMap((type) =>
      (languages ?? [null]).map((lang) => `${scope} ${lang ? `.language-${lang} ` : ''}.token.${type}`),
    );
    rules.push(`${selectors.join(',')}{${body}}`);
  }
  return `${rules.join('\n')}\n`;
}
