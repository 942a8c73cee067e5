import { describe, expect, it } from 'vitest';
import { interpolateBlues, interpolateOrRd, interpolatePurples, interpolateYlGnBu } from 'd3-scale-chromatic';
import { interpolateRgbBasis } from 'd3-interpolate';
import { hexColors, rgbBasis } from '../../../src/core/scales/ramp.js';
import { schemeInterpolator } from '../../../src/core/scales/schemes.js';

/** t from below 0 to above 1 in small steps, with the knots (i / 8) and the ends exactly. */
const steps = [
  -0.5,
  -1e-9,
  ...Array.from({ length: 1001 }, (_, i) => i / 1000),
  ...[1, 2, 3, 4, 5, 6, 7].map((i) => i / 8),
];
const all = [...steps, 1 + 1e-9, 1.5, NaN];

describe('rgbBasis', () => {
  it("gives d3-interpolate's interpolateRgbBasis text at every t", () => {
    const colors = hexColors('f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe0868ac084081');
    const ours = rgbBasis(colors);
    const d3 = interpolateRgbBasis(colors);
    for (const t of all) expect(ours(t), `t = ${t}`).toBe(d3(t));
  });
  it('goes through two colours as a straight line and ends at them', () => {
    const f = rgbBasis(['#000000', '#ff8000']);
    expect(f(0)).toBe('rgb(0, 0, 0)');
    expect(f(1)).toBe('rgb(255, 128, 0)');
    expect(f(0.5)).toBe('rgb(128, 64, 0)');
  });
});

describe('hexColors', () => {
  it('splits six hex digits per colour', () => {
    expect(hexColors('ff000000ff00')).toEqual(['#ff0000', '#00ff00']);
  });
});

describe('the default schemes, part of the map', () => {
  it("are d3-scale-chromatic's Blues, OrRd and Purples to the last digit", () => {
    const d3: Record<string, (t: number) => string> = {
      Blues: interpolateBlues,
      OrRd: interpolateOrRd,
      Purples: interpolatePurples,
    };
    for (const [name, f] of Object.entries(d3)) {
      // start 0: no trimming, so the scheme itself is compared.
      const ours = schemeInterpolator(name, 0)!;
      for (const t of steps) expect(ours(t), `${name} at ${t}`).toBe(f(Math.min(1, Math.max(0, t))));
    }
  });
  it('are drawn without loading anything, while the others wait for loadScheme', () => {
    expect(schemeInterpolator('blues')).toBeTypeOf('function');
    // A name of a module-level table: the other schemes are not loaded in this file before this line.
    expect(schemeInterpolator('YlGnBu')).toBeNull();
    expect(interpolateYlGnBu(0.5)).toMatch(/^rgb/);
  });
});
