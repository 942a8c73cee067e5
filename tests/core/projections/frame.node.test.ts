import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionFeatures } from '../../../src/core/geometry/features.js';
import { fitProjection } from '../../../src/core/projections/fit.js';
import { projectionPreset } from '../../../src/core/projections/presets.js';

// The shipped countries are clipped to a lon/lat box; if a corner of the map's frame lay outside that box the
// cut edge would show there. The box is read from the geometry itself (its extreme coordinates).
const topo = JSON.parse(readFileSync(new URL('../../../data/geo/countries.topo.json', import.meta.url), 'utf8'));
const features = regionFeatures(topo);
let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
for (const f of features.countries) {
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      west = Math.min(west, x);
      east = Math.max(east, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    } else (c as unknown[]).forEach(walk);
  };
  walk((f.geometry as { coordinates: unknown }).coordinates);
}
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

describe('the shipped geometry covers every map frame', () => {
  it('reaches at least lon 32–102, lat 22–62', () => {
    expect(west).toBeLessThanOrEqual(32.01);
    expect(east).toBeGreaterThanOrEqual(101.99);
    expect(south).toBeLessThanOrEqual(22.01);
    expect(north).toBeGreaterThanOrEqual(61.99);
  });
  for (const name of ['central-asia', 'mercator', 'equal-earth', 'equirectangular'])
    for (const focusIds of [SIX, ['KAZ'], ['KGZ'], ['AFG'], ['KAZ', 'KGZ']])
      it(`${name} fitted to ${focusIds.join(' ')}: the frame's edges lie inside the clip box at 280–1600 px`, () => {
        const focus = {
          type: 'FeatureCollection',
          features: features.countries.filter((c) => focusIds.includes(c.properties.id!)),
        } as never;
        for (const width of [280, 375, 800, 1200, 1600]) {
          const {
            projection,
            width: w,
            height: h,
          } = fitProjection(projectionPreset(name).preset(focus), focus, {
            width,
            padding: Math.max(6, Math.round(width * 0.02)),
          });
          for (let i = 0; i <= 20; i++)
            for (const p of [
              [(w * i) / 20, 0],
              [(w * i) / 20, h],
              [0, (h * i) / 20],
              [w, (h * i) / 20],
            ] as [number, number][]) {
              const [lon, lat] = projection.invert!(p)!;
              expect(lon).toBeGreaterThan(west + 1);
              expect(lon).toBeLessThan(east - 1);
              expect(lat).toBeGreaterThan(south + 1);
              expect(lat).toBeLessThan(north - 1);
            }
        }
      });
});
