import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {themes, type PrismTheme} from 'prism-react-renderer';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Code, Root} from 'mdast';
import {
  MIN_CONTRAST,
  accessiblePrismTheme,
  contrast,
  ensureContrast,
  parseColor,
} from '@site/plugins/code-highlighting/contrast';
import codeHighlightingPlugin, {PRISM_CLIENT_MODULE} from '@site/plugins/code-highlighting';
import {highlightLines, loadLanguages} from '@site/plugins/code-highlighting/prism';
import remarkHighlight, {HIGHLIGHTED_PROP} from '@site/plugins/code-highlighting/remark';
import {renderLines, type LineMetadata} from '@site/plugins/code-highlighting/lines';
import {prismThemeCss} from '@site/plugins/code-highlighting/themeCss';
import {styledTokens} from '@site/plugins/code-highlighting/unstyled';

const require = createRequire(import.meta.url);
const LANGUAGES = ['bash', 'docker', 'toml', 'ini', 'protobuf', 'hcl', 'groovy', 'diff'];
loadLanguages(LANGUAGES);

/** The text a line's HTML shows. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('contrast helpers', () => {
  it('parses hex and rgb() colours and rejects others with the colour named', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#1d4e89')).toEqual([29, 78, 137]);
    expect(parseColor('rgb(98, 114, 164)')).toEqual([98, 114, 164]);
    expect(() => parseColor('hsl(0 0% 0%)')).toThrow(/hsl\(0 0% 0%\)/);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#999988', '#f6f8fa')).toBeCloseTo(2.71, 2);
  });

  it('leaves a passing colour alone and darkens or lightens a failing one just enough', () => {
    expect(ensureContrast('#393a34', '#f6f8fa')).toBe('#393a34');
    const darker = ensureContrast('#999988', '#f6f8fa');
    expect(contrast(darker, '#f6f8fa')).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(darker, '#f6f8fa')).toBeLessThan(MIN_CONTRAST + 0.6);
    const lighter = ensureContrast('rgb(98, 114, 164)', '#282a36');
    expect(contrast(lighter, '#282a36')).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(parseColor(lighter)[2]).toBeGreaterThan(164);
  });
});

describe.each([
  ['github (light)', themes.github],
  ['dracula (dark)', themes.dracula],
])('accessiblePrismTheme(%s)', (_name, theme) => {
  const fixed = accessiblePrismTheme(theme);

  it('keeps the token types, font styles and background of the original, without opacity', () => {
    expect(fixed.styles.map((s) => s.types)).toEqual(theme.styles.map((s) => s.types));
    expect(fixed.styles.map((s) => s.style.fontStyle)).toEqual(theme.styles.map((s) => s.style.fontStyle));
    expect(fixed.plain.backgroundColor).toBe(theme.plain.backgroundColor);
    expect(fixed.styles.some((s) => 'opacity' in s.style)).toBe(false);
  });
});

describe('the stylesheet the site ships (code-highlighting plugin)', () => {
  const plugin = codeHighlightingPlugin({
    siteConfig: {themeConfig: {prism: {theme: themes.github, darkTheme: themes.dracula}}},
  } as never);
  const css = plugin.loadContent!() as string;

  it.each(['light', 'dark'] as const)(
    'gives every %s-mode token colour AA contrast on its background',
    (mode) => {
      const rules = css.split('\n').filter((r) => r.startsWith(`[data-theme='${mode}']`));
      const background = /\.prism-code\{[^}]*background-color:([^;}]+)/.exec(rules.join('\n'))?.[1];
      expect(background, 'block background').toBeDefined();
      const colours = rules.flatMap((r) => [...r.matchAll(/(?:^|[{;])color:([^;}]+)/g)].map((m) => m[1]!));
      expect(colours.length).toBeGreaterThan(5);
      for (const c of colours) expect(contrast(c, background!), c).toBeGreaterThanOrEqual(MIN_CONTRAST);
    },
  );

  it('scopes every rule to its colour mode and overrides the block variables written inline', () => {
    const theme: PrismTheme = {
      plain: {color: '#111111', backgroundColor: '#fafafa'},
      styles: [
        {types: ['comment', 'prolog'], style: {color: '#555555', fontStyle: 'italic'}},
        {types: ['keyword'], languages: ['python'], style: {color: '#00009f'}},
        {types: ['ignored'], style: {}},
      ],
    };
    const dark = prismThemeCss(theme, 'dark');
    for (const line of dark.trim().split('\n')) expect(line.startsWith("[data-theme='dark'] ")).toBe(true);
    expect(dark).toContain(
      "[data-theme='dark'] .theme-code-block{--prism-color:#111111 !important;--prism-background-color:#fafafa !important}",
    );
    expect(dark).toContain(
      "[data-theme='dark'] .token.comment,[data-theme='dark'] .token.prolog{color:#555555;font-style:italic}",
    );
    expect(dark).toContain("[data-theme='dark'] .language-python .token.keyword{color:#00009f}");
    expect(dark).not.toContain('ignored');
  });
});

describe("theme-classic's Prism client module, kept out of the bundle by an alias", () => {
  it('is still the file theme-classic registers on every page', async () => {
    const {default: themeClassic} = (await import('@docusaurus/theme-classic')) as unknown as {
      default: (context: unknown, options: unknown) => {getClientModules(): string[]};
    };
    const theme = themeClassic(
      {
        i18n: {currentLocale: 'en', localeConfigs: {en: {direction: 'ltr'}}},
        siteStorage: {type: 'localStorage', namespace: ''},
        siteDir: '/site',
        siteConfig: {themeConfig: {prism: {additionalLanguages: []}, colorMode: {}}},
      },
      {customCss: []},
    );
    const libDir = path.dirname(require.resolve('@docusaurus/theme-classic'));
    const modules = theme.getClientModules().map((m) => path.resolve(libDir, m));
    expect(modules).toContain(PRISM_CLIENT_MODULE);
    // What it would bring: Prism itself.
    expect(readFileSync(`${PRISM_CLIENT_MODULE}.js`, 'utf8')).toMatch(/from 'prism-react-renderer'/);
  });

  it('is aliased to nothing in both bundles', () => {
    const plugin = codeHighlightingPlugin({siteConfig: {themeConfig: {prism: {}}}} as never);
    const config = plugin.configureWebpack!({} as never, false, {} as never, {} as never) as {
      resolve: {alias: Record<string, unknown>};
    };
    expect(config.resolve.alias[PRISM_CLIENT_MODULE]).toBe(false);
  });
});

describe('highlightLines', () => {
  it('gives one line of HTML per line of code, with class-named tokens and the text intact', () => {
    const code = 'def f(x):\n    """a <b> & c\n    d"""\n\n    return x + 1  # done';
    const lines = highlightLines(code, 'python').split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map(text)).toEqual(code.split('\n'));
    expect(lines[0]).toContain('<span class="token keyword">def</span>');
    // A token that spans lines is closed and reopened on each.
    expect(lines[1]).toMatch(
      /^ {4}<span class="token triple-quoted-string string">"""a &lt;b&gt; &amp; c<\/span>$/,
    );
    expect(lines[4]).toContain('<span class="token comment"># done</span>');
  });

  it('highlights the extra languages the site configures, and leaves unknown ones as text', () => {
    expect(highlightLines('FROM python:3.12', 'docker')).toContain(
      '<span class="token instruction keyword">FROM</span>',
    );
    expect(highlightLines('message A { int32 x = 1; }', 'protobuf')).toContain('token keyword');
    expect(highlightLines('a < b', 'no-such-language')).toBe('a &lt; b');
  });
});

describe('styledTokens', () => {
  const styled = styledTokens([themes.github, themes.dracula]);

  it('leaves out tokens coloured like plain text in both modes, and keeps every other', () => {
    // github and dracula give punctuation their plain colour (written differently: #F8F8F2, rgb()).
    expect(styled(['punctuation'], 'python')).toBe(false);
    expect(styled(['string-interpolation', 'interpolation', 'punctuation'], 'python')).toBe(false);
    expect(styled(['operator'], 'python')).toBe(false);
    expect(styled(['no-such-type'], 'python')).toBe(false);
    expect(styled(['keyword'], 'python')).toBe(true);
    // Plain in light mode, purple in dark mode.
    expect(styled(['builtin'], 'python')).toBe(true);
  });

  it('keeps a token a rule styles other than by colour, or only in some languages', () => {
    const plain = {color: '#111111', backgroundColor: '#ffffff'};
    const theme: PrismTheme = {
      plain,
      styles: [
        {types: ['a'], style: {color: '#111111', fontStyle: 'italic'}},
        {types: ['b'], style: {color: '#111'}},
        {types: ['b'], languages: ['yaml'], style: {color: '#990000'}},
      ],
    };
    const filter = styledTokens([theme]);
    expect(filter(['a'], 'python')).toBe(true);
    expect(filter(['b'], 'python')).toBe(false);
    expect(filter(['b'], 'yaml')).toBe(true);
  });

  it('shrinks highlighted code to the spans that change how it looks, text unchanged', () => {
    const code = 'print(f"{x:>4}", [1, 2], a == b)';
    const all = highlightLines(code, 'python');
    const pruned = highlightLines(code, 'python', styled);
    expect(text(pruned)).toBe(code);
    expect(all).toContain('<span class="token punctuation">(</span>');
    expect(pruned).not.toContain('punctuation');
    expect(pruned).toContain('<span class="token number">1</span>');
    expect(pruned.split('<span').length).toBeLessThan(all.split('<span').length / 2);
    // Neighbouring tokens of the same types share a span.
    expect(highlightLines('y = ~-a', 'python')).toBe(
      'y <span class="token operator">=</span> <span class="token operator">~-</span>a',
    );
  });
});

describe('remarkHighlight', () => {
  const run = (markdown: string) => {
    const tree = unified().use(remarkParse).parse(markdown) as Root;
    remarkHighlight({additionalLanguages: LANGUAGES})(tree, {path: 'docs/x/index.mdx'});
    return tree.children.filter((n): n is Code => n.type === 'code');
  };

  it('attaches the highlighted lines to every block with a grammar, not to plain text', () => {
    const [python, plain] = run('```python\nx = 1\n```\n\n```text\nx = 1\n```');
    expect(python!.data?.hProperties?.[HIGHLIGHTED_PROP]).toBe(highlightLines('x = 1', 'python'));
    expect(plain!.data?.hProperties?.[HIGHLIGHTED_PROP]).toBeUndefined();
  });

  it("wraps only the tokens the site's themes style", () => {
    const tree = unified().use(remarkParse).parse('```python\ndef f(x): pass\n```') as Root;
    remarkHighlight({themes: [themes.github, themes.dracula]})(tree, {path: 'docs/x/index.mdx'});
    const [block] = tree.children as Code[];
    expect(block!.data?.hProperties?.[HIGHLIGHTED_PROP]).toBe(
      '<span class="token keyword">def</span> <span class="token function">f</span>(x): <span class="token keyword">pass</span>',
    );
  });

  it('fails with the file and line of a block in a language Prism does not know', () => {
    expect(() => run('# T\n\n```pythn\nx\n```')).toThrow(
      /^docs\/x\/index\.mdx:3: no Prism grammar for "pythn"/,
    );
  });
});

describe("renderLines agrees with Docusaurus' own code-block metadata", async () => {
  // theme-common's exports map hides this module; tests reach it by path to check the contract.
  const utils = (await import(
    path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'utils', 'codeBlockUtils.js')
  )) as {createCodeBlockMetadata: (params: Record<string, unknown>) => LineMetadata};
  const magicComments = [
    {
      className: 'theme-code-block-highlighted-line',
      line: 'highlight-next-line',
      block: {start: 'highlight-start', end: 'highlight-end'},
    },
  ];
  const metadata = (code: string, language: string, metastring = '') =>
    utils.createCodeBlockMetadata({
      code: `${code}\n`,
      className: `language-${language}`,
      metastring,
      magicComments,
      language: undefined,
      defaultLanguage: undefined,
      title: undefined,
      showLineNumbers: undefined,
    });
  const shown = (html: string) =>
    html.includes('<div class="token-line')
      ? [...html.matchAll(/<div class="token-line[^"]*">(.*?)<br><\/div>/g)].map((m) => text(m[1]!))
      : html.split('\n').map(text);

  it('shows plain blocks as text lines joined by newlines, without a node per line', () => {
    const code = 'a = 1\nb = 2';
    const html = renderLines(metadata(code, 'python'), highlightLines(code, 'python'));
    expect(html).not.toContain('token-line');
    expect(shown(html)).toEqual(['a = 1', 'b = 2']);
  });

  it('drops magic-comment lines exactly as Docusaurus does, and marks the lines they highlight', () => {
    const code = [
      'import os',
      '# highlight-next-line',
      'x = 1',
      'y = 2',
      '# highlight-start',
      'z = 3',
      'w = 4',
      '# highlight-end',
      'print(x)',
    ].join('\n');
    const meta = metadata(code, 'python');
    const html = renderLines(meta, highlightLines(code, 'python'));
    expect(shown(html)).toEqual(meta.code.split('\n'));
    const marked = [...html.matchAll(/<div class="([^"]*)">/g)].map((m) => m[1]!.includes('highlighted'));
    expect(marked).toEqual([false, true, false, true, true, false]);
    expect(html).toContain('<span class="token keyword">import</span>');
  });

  it('honours line ranges in the meta string and numbered lines', () => {
    const code = 'const a = 1;\nconst b = 2;\nconst c = 3;';
    const meta = metadata(code, 'js', '{2} showLineNumbers');
    const html = renderLines(meta, highlightLines(code, 'js'));
    expect(shown(html.replace(/<span class="code-line-number"><\/span>/g, ''))).toEqual(code.split('\n'));
    expect(html.match(/theme-code-block-highlighted-line/g)).toHaveLength(1);
    expect(html.match(/class="code-line-number"/g)).toHaveLength(3);
  });

  it('falls back to escaped text when nothing was highlighted at build time', () => {
    expect(renderLines(metadata('<a> & b', 'text'), null)).toBe('&lt;a&gt; &amp; b');
  });
});
