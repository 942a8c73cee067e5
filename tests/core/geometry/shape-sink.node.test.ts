import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoConicEqualArea, geoPath, geoStream, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { regionFeatures, rewind, riverFeatures, type PlaceFeature } from '../../../src/core/geometry/features.js';
import { ringStats, ShapeSink } from '../../../src/core/geometry/shape-sink.js';
import { fitProjection } from '../../../src/core/projections/fit.js';
import { projectionPreset } from '../../../src/core/projections/presets.js';

const read = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/geo/', file), 'utf8')) as Topology;
const countries = regionFeatures(read('countries.topo.json'));
const rivers = riverFeatures(read('rivers.topo.json'));
const admin1 = read('admin1.topo.json');
const regions = (
  feature(admin1, admin1.objects.admin1 as GeometryCollection) as unknown as { features: PlaceFeature[] }
).features.map(rewind);
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

function fitted(width: number, ids = SIX): GeoProjection {
  const focus = {
    type: 'FeatureCollection' as const,
    features: countries.countries.filter((f) => ids.includes(f.id as string)),
  };
  return fitProjection(projectionPreset('central-asia').preset(focus), focus, { width, padding: 8 }).projection;
}

function sink(f: PlaceFeature, projection: GeoProjection, digits = 1): ShapeSink {
  const s = new ShapeSink(digits);
  geoStream(f, projection.stream(s));
  return s;
}

/** The largest part of a multipolygon by d3's own projected area (the whole feature otherwise). */
function largestPart(f: PlaceFeature, path: ReturnType<typeof geoPath>): PlaceFeature {
  if (f.geometry.type !== 'MultiPolygon') return f;
  let best = f;
  let max = -1;
  for (const coordinates of f.geometry.coordinates) {
    const part = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates } as Polygon,
    } as PlaceFeature;
    const a = path.area(part);
    if (a > max) {
      max = a;
      best = part;
    }
  }
  return best;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('ShapeSink and ringStats against geoPath on the shipped outlines', () => {
  // Small, wide and zoomed in on two countries (most neighbours then cut by the frame).
  for (const [width, ids] of [
    [320, SIX],
    [1200, SIX],
    [800, ['KGZ', 'TJK']],
  ] as const) {
    it(`path data, area, centroid and width of the largest polygon (${width} px, fitted to ${ids.join(' ')})`, () => {
      const projection = fitted(width, [...ids]);
      const path = geoPath(projection).digits(1);
      let checked = 0;
      for (const f of [...countries.countries, ...countries.water, ...regions]) {
        const s = sink(f, projection);
        expect(s.path(), f.properties.name).toBe(path(f) ?? '');
        const stats = ringStats(s);
        expect(close(stats.area, path.area(f)), `${f.properties.name} area`).toBe(true);
        if (!s.path()) {
          expect(stats.centroid).toBeNull();
          continue;
        }
        const main = largestPart(f, path);
        const c = path.centroid(main);
        const [[x0, y0], [x1, y1]] = path.bounds(main);
        expect(stats.centroid, f.properties.name).not.toBeNull();
        expect(
          close(stats.centroid![0], c[0]) && close(stats.centroid![1], c[1]),
          `${f.properties.name} centroid`,
        ).toBe(true);
        expect(stats.bounds).toEqual([x0, y0, x1, y1]);
        checked++;
      }
      expect(checked).toBeGreaterThan(30);
    });
  }

  it('rivers: the same path data as geoPath, parts as lines (no polygon)', () => {
    const projection = fitted(640);
    const path = geoPath(projection).digits(1);
    for (const f of rivers) {
      const s = sink(f, projection);
      expect(s.path()).toBe(path(f) ?? '');
      expect(s.groups).toBe(0);
      expect(s.group.every((g) => g === -1)).toBe(true);
    }
  });

  it('keeps the requested digits of the path data', () => {
    const projection = fitted(640);
    const kaz = countries.countries.find((f) => f.id === 'KAZ')!;
    expect(sink(kaz, projection, 3).path()).toBe(geoPath(projection).digits(3)(kaz));
    expect(sink(kaz, projection, 0).path()).toBe(geoPath(projection).digits(0)(kaz));
  });
});

describe('ringStats', () => {
  // A square lake cut out of a square island, in degrees near 40°N, projected without clipping.
  const projection = geoConicEqualArea().parallels([35, 45]).rotate([-70, 0]).scale(2000).translate([300, 300]);
  const square = (x0: number, y0: number, x1: number, y1: number) => [
    [x0, y0],
    [x0, y1],
    [x1, y1],
    [x1, y0],
    [x0, y0],
  ];
  const holed: PlaceFeature = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [square(68, 38, 72, 42), square(69, 39, 71, 41).reverse()] },
  };
  const island: PlaceFeature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPolygon',
      coordinates: [[square(60, 38, 61, 39)], (holed.geometry as Polygon).coordinates],
    },
  };

  it('a hole subtracts from the area and moves the centroid as in d3', () => {
    const path = geoPath(projection);
    const s = sink(holed, projection);
    const stats = ringStats(s);
    const outer = path.area({ type: 'Polygon', coordinates: [square(68, 38, 72, 42)] });
    expect(stats.area).toBeLessThan(outer);
    expect(close(stats.area, path.area(holed))).toBe(true);
    const c = path.centroid(holed);
    expect(close(stats.centroid![0], c[0]) && close(stats.centroid![1], c[1])).toBe(true);
  });

  it('of a multipolygon: the area of all parts, the centroid of the largest', () => {
    const path = geoPath(projection);
    const stats = ringStats(sink(island, projection));
    expect(stats.largest).toBe(1);
    expect(close(stats.area, path.area(island))).toBe(true);
    const c = path.centroid(holed);
    expect(close(stats.centroid![0], c[0]) && close(stats.centroid![1], c[1])).toBe(true);
  });

  it('nothing visible: zero area, no centroid', () => {
    const off = geoConicEqualArea().parallels([35, 45]).rotate([-70, 0]).scale(2000).translate([5000, 5000]);
    off.clipExtent([
      [0, 0],
      [100, 100],
    ]);
    const s = sink(holed, off);
    expect(s.path()).toBe('');
    expect(ringStats(s)).toMatchObject({ area: 0, largest: -1, centroid: null });
  });
});
