import type {PrismTheme} from 'prism-react-renderer';

/** WCAG 2 AA for normal text: code is read at body size. */
export const MIN_CONTRAST = 4.5;

type Rgb = readonly [number, number, number];

/** Parses #rgb, #rrggbb and rgb(r, g, b); throws on anything else so a theme change cannot slip by. */
export function parseColor(color: string): Rgb {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`Unsupported colour "${color}" in a Prism theme`);
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseColor(a)), luminance(parseColor(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The colour itself if it reaches `min` against the background, else the nearest colour of the same hue
 * that does: mixed towards black on a light background, towards white on a dark one.
 */
export function ensureContrast(color: string, background: string, min = MIN_CONTRAST): string {
  if (contrast(color, background) >= min) return color;
  const from = parseColor(color);
  const target: Rgb = luminance(parseColor(background)) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.02; t <= 1; t += 0.02) {
    const mixed = toHex(from.map((v, i) => v + (target[i]! - v) * t) as unknown as Rgb);
    // A margin above the minimum: browsers round colours, and axe measures what they render.
    if (contrast(mixed, background) >= min + 0.1) return mixed;
  }
  return toHex(target);
}

/**
 * The Prism theme with every token colour raised to WCAG AA against the code background (the stock
 * github and dracula themes have comments, numbers and strings below it). Hues are kept.
 */
export function accessiblePrismTheme(theme: PrismTheme): PrismTheme {
  const background = theme.plain.backgroundColor;
  if (!background) throw new Error('A Prism theme needs plain.backgroundColor to be checked');
  const fix = (color: string | undefined) => (color ? ensureContrast(color, background) : color);
  return {
    plain: {...theme.plain, color: fix(theme.plain.color)},
    styles: theme.styles.map((s) => {
      // Dimming by opacity defeats the colour check; a token is told apart by its colour alone.
      const style = {...s.style};
      delete style.opacity;
      return {...s, style: {...style, color: fix(style.color)}};
    }),
  };
}
