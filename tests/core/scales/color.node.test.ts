import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
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

describe('colorScale against a d3 linear scale', () => {
  // The domain, ticks and colours are computed without making a linear scale for each; d3-scale's own `.nice(n)`,
  // `.ticks(5)` and interpolation must give the same numbers for any set of values.
  it('gives the nice domain, the ticks and the stops a d3 linear scale gives', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 400; i++) {
      const magnitude = 10 ** Math.floor(random() * 8 - 3);
      const values = Array.from({ length: 1 + Math.floor(random() * 6) }, () => (random() - 0.3) * magnitude);
      const bins = [0, 0, 3, 5, 7][i % 5];
      const [lo, hi] = [Math.min(...values), Math.max(...values)];
      if (lo === hi) continue;
      const d3Domain = scaleLinear()
        .domain([lo, hi])
        .nice(bins >= 2 ? bins : 5)
        .domain();
      expect(colorDomain(values, bins), values.join()).toEqual(d3Domain);
      const s = colorScale(values, { bins, scheme: 'Blues' });
      if (s.legend.kind === 'ramp') {
        expect(s.legend.ticks.map((t) => t.value)).toEqual(scaleLinear().domain(d3Domain).ticks(5));
        const interpolate = schemeInterpolator('Blues')!;
        expect(s.legend.stops.map((x) => x.color)).toEqual(Array.from({ length: 11 }, (_, k) => interpolate(k / 10)));
      }
    }
  });
});
