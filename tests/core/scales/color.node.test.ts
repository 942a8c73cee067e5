import { describe, expect, it } from 'vitest';
import { interpolateViridis, interpolateYlOrRd } from 'd3-scale-chromatic';
import { colorDomain, colorScale } from '../../../src/core/scales/color.js';
import {
  defaultScheme,
  isSchemeName,
  loadScheme,
  schemeInterpolator,
  schemeNames,
  schemeReady,
} from '../../../src/core/scales/schemes.js';
import { luminance } from '../../../src/core/geometry/map-model.js';

describe('colorDomain', () => {
  it('makes the extent nice', () => {
    // 10.2..57.8 with ~5 ticks (step 10) → 10..60
    expect(colorDomain([10.2, 57.8, 32.5])).toEqual([10, 60]);
  });
  it('gives a usable interval for one value and for none', () => {
    expect(colorDomain([42])).toEqual([0, 50]);
    expect(colorDomain([-3])).toEqual([-3, 0]);
    expect(colorDomain([0])).toEqual([0, 1]);
    expect(colorDomain([])).toEqual([0, 1]);
  });
});

describe('colorScale', () => {
  it('is continuous by default, darker for higher values', () => {
    const s = colorScale([10.2, 57.8], { better: 'lower' });
    expect(s.legend.kind).toBe('ramp');
    expect(luminance(s.color(57.8))).toBeLessThan(luminance(s.color(30)));
    expect(luminance(s.color(30))).toBeLessThan(luminance(s.color(10.2)));
  });
  it('puts ticks at their place on the ramp', () => {
    const s = colorScale([10.2, 57.8]);
    if (s.legend.kind !== 'ramp') throw new Error('ramp expected');
    expect(s.legend.ticks.map((t) => t.value)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(s.legend.ticks[1].position).toBeCloseTo(0.2, 10); // (20-10)/(60-10)
  });
  it('quantizes into equal-width classes with bins', () => {
    const s = colorScale([0, 100], { bins: 4 });
    if (s.legend.kind !== 'bins') throw new Error('bins expected');
    expect(s.legend.classes.map((c) => [c.from, c.to])).toEqual([
      [0, 25],
      [25, 50],
      [50, 75],
      [75, 100],
    ]);
    expect(s.color(10)).toBe(s.legend.classes[0].color);
    expect(s.color(25)).toBe(s.legend.classes[1].color);
    expect(s.color(99)).toBe(s.legend.classes[3].color);
    expect(new Set(s.legend.classes.map((c) => c.color)).size).toBe(4);
  });
  it('keeps a fixed domain when given', () => {
    const s = colorScale([40], { domain: [0, 80] });
    expect(s.legend.domain).toEqual([0, 80]);
  });
});

describe('schemes', () => {
  it('picks the default hue by polarity', () => {
    expect(defaultScheme('higher')).toBe('Blues');
    expect(defaultScheme('lower')).toBe('OrRd');
    expect(defaultScheme(null)).toBe('Purples');
  });
  it('accepts d3 names in any case and with prefixes; unknown names give null', async () => {
    expect(schemeInterpolator('interpolateBlues')).toBeTypeOf('function');
    expect(isSchemeName('ylorrd')).toBe(true);
    expect(isSchemeName('rainbow-ish')).toBe(false);
    // Beyond the defaults, a scheme is there once loaded (one load for all of them).
    expect(schemeReady('ylorrd')).toBe(false);
    expect(schemeReady('rainbow-ish'), 'an unknown name draws with the default at once').toBe(true);
    await loadScheme('ylorrd');
    expect(schemeReady('schemeGreens')).toBe(true);
    expect(schemeInterpolator('ylorrd')).toBeTypeOf('function');
    expect(schemeInterpolator('schemeGreens')).toBeTypeOf('function');
    expect(schemeInterpolator('rainbow-ish')).toBeNull();
  });
  it("loads d3-scale-chromatic's own interpolators, dark-to-light ones flipped", async () => {
    await loadScheme('viridis');
    for (const t of [0, 0.1, 0.5, 0.99, 1]) {
      expect(schemeInterpolator('YlOrRd', 0)!(t)).toBe(interpolateYlOrRd(t));
      expect(schemeInterpolator('viridis', 0)!(t)).toBe(interpolateViridis(1 - t));
    }
    for (const name of schemeNames) expect(schemeInterpolator(name), name).toBeTypeOf('function');
  });
  it('orients every scheme light to dark, viridis included', async () => {
    await loadScheme('viridis');
    for (const name of ['Blues', 'YlOrRd', 'viridis', 'magma', 'cividis']) {
      const f = schemeInterpolator(name)!;
      expect(luminance(f(1)), name).toBeLessThan(luminance(f(0)));
    }
  });
});
