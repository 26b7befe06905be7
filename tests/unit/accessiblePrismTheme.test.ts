import {themes} from 'prism-react-renderer';
import {
  MIN_CONTRAST,
  accessiblePrismTheme,
  contrast,
  ensureContrast,
  parseColor,
} from '@site/src/utils/accessiblePrismTheme';

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
  const background = fixed.plain.backgroundColor!;

  it('gives every token colour AA contrast against the code background', () => {
    const colours = [fixed.plain.color, ...fixed.styles.map((s) => s.style.color)].filter(
      (c): c is string => typeof c === 'string',
    );
    expect(colours.length).toBeGreaterThan(5);
    for (const c of colours) expect(contrast(c, background), c).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('keeps the token types, font styles and background of the original', () => {
    expect(fixed.styles.map((s) => s.types)).toEqual(theme.styles.map((s) => s.types));
    expect(fixed.styles.map((s) => s.style.fontStyle)).toEqual(theme.styles.map((s) => s.style.fontStyle));
    expect(fixed.plain.backgroundColor).toBe(theme.plain.backgroundColor);
    expect(fixed.styles.some((s) => 'opacity' in s.style)).toBe(false);
  });
});
