import type {PrismTheme} from 'prism-react-renderer';
import {prismThemeCss} from '@site/src/utils/prismThemeCss';

const THEME: PrismTheme = {
  plain: {color: '#111111', backgroundColor: '#fafafa'},
  styles: [
    {types: ['comment', 'prolog'], style: {color: '#555555', fontStyle: 'italic'}},
    {types: ['keyword'], languages: ['python'], style: {color: '#00009f'}},
    {types: ['ignored'], style: {}},
  ],
};

describe('prismThemeCss', () => {
  const css = prismThemeCss(THEME, 'dark');

  it('scopes every rule to its colour mode', () => {
    for (const line of css.trim().split('\n')) expect(line.startsWith("[data-theme='dark'] ")).toBe(true);
  });

  it('overrides the inline block colours and variables written for the server mode', () => {
    expect(css).toContain(
      "[data-theme='dark'] .theme-code-block{--prism-color:#111111 !important;--prism-background-color:#fafafa !important}",
    );
    expect(css).toContain(
      "[data-theme='dark'] .prism-code{color:#111111 !important;background-color:#fafafa !important}",
    );
  });

  it('turns token styles into rules, per type and per language, and skips empty styles', () => {
    expect(css).toContain(
      "[data-theme='dark'] .token.comment,[data-theme='dark'] .token.prolog{color:#555555;font-style:italic}",
    );
    expect(css).toContain("[data-theme='dark'] .language-python .token.keyword{color:#00009f}");
    expect(css).not.toContain('ignored');
  });
});
