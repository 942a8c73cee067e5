import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoClipAntimeridian, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { regionFeatures, rewind, riverFeatures, type PlaceFeature } from '../../../src/core/geometry/features.js';
import { fitProjection } from '../../../src/core/projections/fit.js';
import { skipAntimeridianCut } from '../../../src/core/projections/preclip.js';
import { projectionPreset } from '../../../src/core/projections/presets.js';

const read = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/geo/', file), 'utf8')) as Topology;
const collection = (file: string, object: string) => {
  const t = read(file);
  return (feature(t, t.objects[object] as GeometryCollection) as unknown as { features: PlaceFeature[] }).features
    .filter((f) => f.geometry)
    .map(rewind);
};
const countries = regionFeatures(read('countries.topo.json'));
const shapes = [
  ...countries.countries,
  ...countries.water,
  ...riverFeatures(read('rivers.topo.json')),
  ...collection('admin1.topo.json', 'admin1'),
  ...collection('kaz-2018.topo.json', 'regions'),
  ...collection('gdl.topo.json', 'regions'),
];
const focusOf = (ids: string[]) => ({
  type: 'FeatureCollection' as const,
  features: countries.countries.filter((f) => ids.includes(f.id as string)),
});

describe('skipAntimeridianCut', () => {
  const fits = [['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'], ['KGZ'], ['KAZ', 'KGZ'], ['AFG']];
  for (const name of ['central-asia', 'equal-earth'])
    for (const fit of fits)
      it(`draws every shipped shape as d3's antimeridian cut does (${name}, fitted to ${fit.join(' ')})`, () => {
        const focus = focusOf(fit);
        for (const width of [320, 800, 1600]) {
          const skipped = projectionPreset(name).preset(focus);
          expect(skipAntimeridianCut(skipped, shapes)).toBe(true);
          const cut = projectionPreset(name).preset(focus).preclip(geoClipAntimeridian);
          const a = fitProjection(skipped, focus, { width }).projection;
          const b = fitProjection(cut, focus, { width }).projection;
          expect(a.scale()).toBe(b.scale());
          expect(a.translate()).toEqual(b.translate());
          const pa = geoPath(a).digits(1);
          const pb = geoPath(b).digits(1);
          for (const f of shapes) expect(pa(f) ?? '', `${f.properties.name} at ${width} px`).toBe(pb(f) ?? '');
        }
      });

  it('keeps the cut for shapes that reach 90° from the centre or the poles, or that span the antimeridian', () => {
    const square = (w: number, s: number, e: number, n: number): PlaceFeature => ({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [w, n],
            [e, n],
            [e, s],
            [w, s],
          ],
        ],
      },
    });
    const at = (lon: number) =>
      projectionPreset('mercator')
        .preset(focusOf(['KAZ']))
        .rotate([-lon, 0]);
    expect(skipAntimeridianCut(at(66), [square(30, 20, 100, 60)])).toBe(true);
    // 170° E seen from 66° E: beyond 90°.
    expect(skipAntimeridianCut(at(66), [square(30, 20, 170, 60)])).toBe(false);
    // A ring round the pole.
    expect(skipAntimeridianCut(at(66), [square(30, 80, 100, 89.5)])).toBe(false);
    // Russia's far east as Natural Earth draws it: −180…180.
    expect(skipAntimeridianCut(at(66), [square(-180, 50, 180, 70)])).toBe(false);
    // Centred on the antimeridian itself: 170° E to 170° W is within 10° of it.
    expect(skipAntimeridianCut(at(180), [square(170, 20, 190, 30)])).toBe(true);
    expect(skipAntimeridianCut(at(-180), [square(170, 20, 190, 30)])).toBe(true);
    // One shape out of reach keeps the cut for all.
    const p = at(66);
    expect(skipAntimeridianCut(p, [square(30, 20, 100, 60), square(-120, 20, -100, 30)])).toBe(false);
    expect(p.preclip()).toBe(geoClipAntimeridian);
  });
});
