import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitProjection } from '../../../src/core/projections/fit.js';
import { projectionPreset } from '../../../src/core/projections/presets.js';
import { countries, shapes } from './shipped.js';

describe('the central-asia preset draws without adaptive resampling', () => {
  // d3's default precision is √½ px: resampling adds a point wherever the projected curve strays further than that
  // from the straight segment. The preset turns it off; for the shipped outlines that must change nothing.
  const fits = [['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'], ['KGZ'], ['TJK'], ['KAZ', 'KGZ'], ['AFG']];
  for (const fit of fits)
    it(`the same path data as with d3's default precision, fitted to ${fit.join(' ')}`, () => {
      const focus = {
        type: 'FeatureCollection' as const,
        features: countries.countries.filter((f) => fit.includes(f.id as string)),
      };
      for (const width of [320, 800, 1600, 2400]) {
        const { projection } = fitProjection(projectionPreset('central-asia').preset(focus), focus, { width });
        expect(projection.precision()).toBe(0);
        const path = geoPath(projection).digits(1);
        const drawn = shapes.map((f) => path(f) ?? '');
        projection.precision(Math.SQRT1_2);
        const resampled = shapes.map((f) => path(f) ?? '');
        for (let i = 0; i < shapes.length; i++)
          expect(drawn[i], `${shapes[i].properties.name} at ${width} px`).toBe(resampled[i]);
      }
    });
});

describe('fitProjection', () => {
  it("derives the same frame height as d3's fitWidth and a measure at that scale, for every set of the six", () => {
    const six = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
    let checked = 0;
    for (let mask = 1; mask < 64; mask += 3) {
      const ids = six.filter((_, i) => mask & (1 << i));
      const focus = {
        type: 'FeatureCollection' as const,
        features: countries.countries.filter((f) => ids.includes(f.id as string)),
      };
      for (const name of ['central-asia', 'mercator'])
        for (let width = 280; width <= 2000; width += 97) {
          const padding = Math.max(6, Math.round(width * 0.02));
          const { preset } = projectionPreset(name);
          const d3Way = preset(focus).fitWidth(width - 2 * padding, focus);
          const [[, y0], [, y1]] = geoPath(d3Way).bounds(focus);
          const expected = Math.round(Math.min(0.8 * width, Math.max(0.45 * width, y1 - y0 + 2 * padding)));
          expect(fitProjection(preset(focus), focus, { width, padding }).height, `${ids} ${name} ${width}`).toBe(
            expected,
          );
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
