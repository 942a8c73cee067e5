import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, parseHex, textOn } from '../../../src/core/sdg/colors.js';

// Luminances and ratios worked by hand with the WCAG 2.x formulas.
describe('colors', () => {
  it('parseHex', () => {
    expect(parseHex('#FCC30B')).toEqual([252, 195, 11]);
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('red')).toBeNull();
  });
  it('luminance and contrast: white 1, black 0, 21:1', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 10);
    expect(luminance([0, 0, 0])).toBe(0);
    expect(contrastRatio(1, 0)).toBeCloseTo(21, 10);
  });
  it("goal 7's yellow #FCC30B takes black text (white is only 1.62:1)", () => {
    // L = 0.2126·0.9734 + 0.7152·0.5457 + 0.0722·0.0033 = 0.5976; white (1.05)/(0.6476) = 1.62
    const t = textOn('#FCC30B');
    expect(t.color).toBe('#000000');
    expect(contrastRatio(luminance([252, 195, 11]), 1)).toBeCloseTo(1.62, 2);
  });
  it('white stays where it reaches 4.5:1 (goal 1 #E5243B: 4.52, goal 17 #19486A: 9.65)', () => {
    expect(textOn('#E5243B')).toEqual({ color: '#ffffff', ratio: expect.closeTo(4.52, 2) });
    expect(textOn('#19486A').color).toBe('#ffffff');
  });
  it('goal 6 cyan #26BDE2 takes black (white 2.22:1)', () => {
    expect(textOn('#26BDE2').color).toBe('#000000');
  });
});
