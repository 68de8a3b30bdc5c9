import type { ClaimKind } from '../engine/types';

// How highlights look. `::highlight()` takes only colours, text decorations
// and text shadows, so the two classes differ by underline style (solid for
// casualty claims, wavy for denials), not by colour alone. The page's own text
// colour is kept; a light tint marks the span and the underline carries the
// contrast (≥ 3:1 against the page, WCAG 1.4.11).

export const HIGHLIGHT_NAMES: Record<ClaimKind | 'active', string> = {
  casualty: 'crosscount-casualty',
  denial: 'crosscount-denial',
  /** The claim whose card is open. */
  active: 'crosscount-active',
};

/** Light pages get dark underlines, dark pages light ones. */
export type Palette = 'light' | 'dark';

interface Colours {
  casualty: string;
  casualtyTint: string;
  denial: string;
  denialTint: string;
  active: string;
}

// Underline contrast: on white, #b3261e 6.6:1 and #1b5fbf 6.0:1; on #121212,
// #ffb4a9 11:1 and #a8c7fa 10:1. Tints keep body text above 4.5:1.
export const PALETTES: Record<Palette, Colours> = {
  light: {
    casualty: '#b3261e',
    casualtyTint: 'rgb(255 193 7 / 0.22)',
    denial: '#1b5fbf',
    denialTint: 'rgb(66 133 244 / 0.14)',
    active: 'rgb(255 193 7 / 0.5)',
  },
  dark: {
    casualty: '#ffb4a9',
    casualtyTint: 'rgb(255 193 7 / 0.16)',
    denial: '#a8c7fa',
    denialTint: 'rgb(138 180 248 / 0.16)',
    active: 'rgb(255 193 7 / 0.32)',
  },
};

/** A digit or a point: what the numbers of `rgb(…)` are written with. */
const isNumberChar = (c: string) => (c >= '0' && c <= '9') || c === '.';
/** A white-space character, as `\s` reads one. */
const isBlank = (c: string) => c !== '' && c.trim() === '';

/**
 * Parses `rgb(…)`/`rgba(…)` as getComputedStyle writes colours (`rgb(` or `rgba(`, blanks,
 * then three numbers apart by blanks or commas); null otherwise. Read by hand: it is the one
 * pattern a matching page's painting would compile, cold (0.1 ms).
 */
function channels(color: string): [number, number, number] | null {
  let at = color.startsWith('rgba(') ? 5 : color.startsWith('rgb(') ? 4 : -1;
  if (at < 0) return null;
  while (isBlank(color.charAt(at))) at++;
  const numbers: number[] = [];
  for (;;) {
    const from = at;
    while (isNumberChar(color.charAt(at))) at++;
    if (at === from) return null;
    numbers.push(Number(color.slice(from, at)));
    if (numbers.length === 3) return [numbers[0]!, numbers[1]!, numbers[2]!];
    const gap = at;
    while (isBlank(color.charAt(at)) || color.charAt(at) === ',') at++;
    if (at === gap) return null;
  }
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (channel: number) => {
    const scaled = channel / 255;
    return scaled <= 0.04045 ? scaled / 12.92 : ((scaled + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The palette for text of this computed colour: light text means a dark page.
 * Text colour is a surer sign than background, which is often an image or
 * transparent all the way up.
 */
export function paletteFor(textColor: string): Palette {
  const rgb = channels(textColor);
  return rgb && luminance(rgb) > 0.4 ? 'dark' : 'light';
}

export function highlightCss(palette: Palette): string {
  const colors = PALETTES[palette];
  const names = HIGHLIGHT_NAMES;
  const rule = (name: string, body: string) => `::highlight(${name}) { ${body} }`;
  const underline = (style: string, color: string) =>
    `text-decoration-line: underline; text-decoration-style: ${style}; text-decoration-color: ${color}; text-decoration-thickness: 2px;`;
  return [
    rule(
      names.casualty,
      `background-color: ${colors.casualtyTint}; ${underline('solid', colors.casualty)}`,
    ),
    rule(
      names.denial,
      `background-color: ${colors.denialTint}; ${underline('wavy', colors.denial)}`,
    ),
    rule(names.active, `background-color: ${colors.active};`),
    // Forced colours (Windows high contrast): system colours only.
    '@media (forced-colors: active) {',
    rule(
      names.casualty,
      `background-color: Mark; color: MarkText; ${underline('solid', 'MarkText')}`,
    ),
    rule(
      names.denial,
      `background-color: Canvas; color: CanvasText; ${underline('wavy', 'CanvasText')}`,
    ),
    rule(names.active, 'background-color: Highlight; color: HighlightText;'),
    '}',
  ].join('\n');
}
