import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  HIGHLIGHT_NAMES,
  highlightCss,
  luminance,
  PALETTES,
  paletteFor,
} from '../../../src/highlight/styles';

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('highlight styles', () => {
  it('picks the dark palette for light text and the light palette otherwise', () => {
    expect(paletteFor('rgb(29, 29, 29)')).toBe('light');
    expect(paletteFor('rgb(236, 236, 236)')).toBe('dark');
    expect(paletteFor('rgba(255, 255, 255, 0.87)')).toBe('dark');
    expect(paletteFor('rgb(0 0 0)')).toBe('light');
    expect(paletteFor('canvastext')).toBe('light');
  });

  it('reads the text colour as the pattern it replaced did, for any colour text', () => {
    const byPattern = (color: string) => {
      const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
      return m && luminance([Number(m[1]), Number(m[2]), Number(m[3])]) > 0.4 ? 'dark' : 'light';
    };
    const number = fc.oneof(
      fc.integer({ min: 0, max: 255 }).map(String),
      fc.string({ unit: fc.constantFrom(...'0123456789.'.split('')), maxLength: 5 }),
    );
    const gap = fc.string({
      unit: fc.constantFrom(' ', ',', '\t', '\u00a0', '/', 'x'),
      maxLength: 3,
    });
    const color = fc
      .tuple(
        fc.constantFrom('rgb(', 'rgba(', 'RGB(', 'rgb (', 'hsl(', ''),
        gap,
        number,
        gap,
        number,
        gap,
        number,
        fc.string({ maxLength: 6 }),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(color, fc.string()), (text) => {
        expect(paletteFor(text)).toBe(byPattern(text));
      }),
    );
  });

  it('reads the text colour without running a pattern (painting compiles none, cold)', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      expect(paletteFor('rgb(236, 236, 236)')).toBe('dark');
      expect(exec).not.toHaveBeenCalled();
    } finally {
      exec.mockRestore();
    }
  });

  it('keeps each underline at 3:1 or more against the pages it is meant for (WCAG 1.4.11)', () => {
    for (const page of ['#ffffff', '#f4f1ea']) {
      expect(contrast(PALETTES.light.casualty, page)).toBeGreaterThanOrEqual(3);
      expect(contrast(PALETTES.light.denial, page)).toBeGreaterThanOrEqual(3);
    }
    for (const page of ['#000000', '#121212', '#2b2b2b']) {
      expect(contrast(PALETTES.dark.casualty, page)).toBeGreaterThanOrEqual(3);
      expect(contrast(PALETTES.dark.denial, page)).toBeGreaterThanOrEqual(3);
    }
  });

  it('tells the two kinds apart without colour: solid underline for claims, wavy for denials', () => {
    const css = highlightCss('light');
    const rule = (name: string) =>
      css.match(new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`))![1]!;
    expect(rule(HIGHLIGHT_NAMES.casualty)).toContain('text-decoration-style: solid');
    expect(rule(HIGHLIGHT_NAMES.denial)).toContain('text-decoration-style: wavy');
    // Only properties ::highlight() accepts.
    const props = [...css.matchAll(/([a-z-]+):/g)].map((m) => m[1]);
    for (const p of props) {
      expect(
        ['background-color', 'color', 'forced-colors'].includes(p!) ||
          p!.startsWith('text-decoration'),
      ).toBe(true);
    }
  });

  it('uses system colours only under forced colours', () => {
    const forced = highlightCss('dark').split('@media (forced-colors: active) {')[1]!;
    expect(forced).toMatch(/Mark/);
    expect(forced).not.toMatch(/#|rgb/);
    expect(forced).toContain(HIGHLIGHT_NAMES.casualty);
    expect(forced).toContain(HIGHLIGHT_NAMES.denial);
  });
});
