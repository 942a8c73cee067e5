import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { rewind, type PlaceFeature } from '../../../src/core/geometry/features.js';

const read = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/geo/', file), 'utf8')) as Topology;
const raw = (file: string) => {
  const t = read(file);
  return Object.values(t.objects).flatMap(
    (o) =>
      (feature(t, o as GeometryCollection) as unknown as { features: PlaceFeature[] }).features.filter(
        (f) => f.geometry,
      ) as PlaceFeature[],
  );
};
const shipped = ['countries', 'admin1', 'kaz-2018', 'gdl'].flatMap((f) => raw(`${f}.topo.json`));

/** What rewind must do, decided by d3's spherical area alone. */
const expected = (f: PlaceFeature) => geoArea(f) > 2 * Math.PI;
const flipped = (f: PlaceFeature): PlaceFeature => {
  const flip = (rings: Position[][]) => rings.map((r) => [...r].reverse());
  const g = f.geometry;
  if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: flip(g.coordinates) } };
  if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(flip) } };
  return f;
};

describe('rewind', () => {
  it('leaves every shipped outline as d3 reads it, and rewinds each one wound the other way', () => {
    expect(shipped.length).toBeGreaterThan(150);
    for (const f of shipped) {
      const name = String(f.properties?.name ?? f.id);
      expect(rewind(f) === f, name).toBe(!expected(f));
      const other = flipped(f);
      const out = rewind(other);
      expect(out === other, `${name} reversed`).toBe(!expected(other));
      if (out !== other) expect(geoArea(out)).toBeCloseTo(geoArea(f), 9);
    }
  });

  it('measures what it cannot tell at a glance: near a pole, across half the globe', () => {
    const ring = (x0: number, y0: number, x1: number, y1: number) => [
      [x0, y0],
      [x0, y1],
      [x1, y1],
      [x1, y0],
      [x0, y0],
    ];
    const cases: Polygon[] = [
      { type: 'Polygon', coordinates: [ring(10, 80, 40, 89)] },
      { type: 'Polygon', coordinates: [ring(-100, 10, 100, 20)] },
      { type: 'Polygon', coordinates: [ring(-100, 10, 100, 20).reverse()] },
      { type: 'Polygon', coordinates: [ring(60, 40, 61, 41).reverse()] },
    ];
    for (const geometry of cases) {
      const f: PlaceFeature = { type: 'Feature', properties: {}, geometry };
      expect(rewind(f) === f).toBe(!expected(f));
    }
  });
});
