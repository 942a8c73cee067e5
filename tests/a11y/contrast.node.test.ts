import { describe, expect, it } from 'vitest';
import { tokens } from '../../src/styles/tokens.js';
import { PALETTE_DARK, PALETTE_LIGHT } from '../../src/core/charts/palette.js';

/**
 * WCAG 2.2 contrast of the shipped default colours, read from the element styles' CSS text (not from a copy):
 * 3:1 for graphics that carry meaning (SC 1.4.11: lines, focus rings, no-data marks) and 4.5:1 for text
 * (SC 1.4.3: muted text, end labels drawn in the line colours) against the light and the dark surface.
 *
 * The contrast formula is written here from the WCAG definition, independently of the library.
 */
function luminance(hex: string): number {
  const n = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(n.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** `--_sdg-color-<name>: var(--sdg-color-<name>, #hex)` of the light block (first) and the dark block. */
function themeColors(): { light: Record<string, string>; dark: Record<string, string> } {
  const text = tokens.cssText;
  const read = (block: string) =>
    Object.fromEntries(
      [...block.matchAll(/--_sdg-color-([\w-]+):\s*var\(--sdg-color-[\w-]+,\s*(#[0-9a-f]{6})\)/gi)].map((m) => [
        m[1],
        m[2].toLowerCase(),
      ]),
    );
  const lightEnd = text.indexOf('@media (prefers-color-scheme: dark)');
  const dark = read(text.slice(lightEnd, text.indexOf('@media (forced-colors')));
  return { light: read(text.slice(0, lightEnd)), dark };
}

describe('default colours against the light and dark surfaces', () => {
  const themes = themeColors();

  it('reads both themes from the shipped CSS', () => {
    expect(themes.light.surface).toBe('#ffffff');
    expect(themes.dark.surface).toMatch(/^#[0-9a-f]{6}$/);
    expect(Object.keys(themes.dark).sort()).toEqual(Object.keys(themes.light).sort());
  });

  it('the formula matches WCAG reference points', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const theme of ['light', 'dark'] as const) {
    const c = () => themes[theme];
    it(`${theme}: focus ring ≥ 3:1 against the surface and the raised surface`, () => {
      expect(contrast(c().focus, c().surface)).toBeGreaterThanOrEqual(3);
      expect(contrast(c().focus, c()['surface-raised'])).toBeGreaterThanOrEqual(3);
    });
    it(`${theme}: no-data marks ≥ 3:1 against the surface`, () => {
      expect(contrast(c()['no-data'], c().surface)).toBeGreaterThanOrEqual(3);
    });
    it(`${theme}: text and muted text ≥ 4.5:1, error colour ≥ 4.5:1`, () => {
      expect(contrast(c().text, c().surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c()['text-muted'], c().surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c().danger, c().surface)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${theme}: every chart line colour ≥ 3:1 (lines) and ≥ 4.5:1 (end labels) against the surface`, () => {
      const palette = theme === 'light' ? PALETTE_LIGHT : PALETTE_DARK;
      const failing = palette
        .map((col, i) => ({ i, col, ratio: Math.round(contrast(col, c().surface) * 100) / 100 }))
        .filter((p) => p.ratio < 4.5);
      expect(failing).toEqual([]);
    });
  }
});
