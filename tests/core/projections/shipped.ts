/** Shared by the projection tests: every shipped outline, decoded as the elements decode them, and a lon/lat box. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { regionFeatures, rewind, riverFeatures, type PlaceFeature } from '../../../src/core/geometry/features.js';

const read = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/geo/', file), 'utf8')) as Topology;
const collection = (file: string, object: string) => {
  const t = read(file);
  return (feature(t, t.objects[object] as GeometryCollection) as unknown as { features: PlaceFeature[] }).features
    .filter((f) => f.geometry)
    .map(rewind);
};

export const countries = regionFeatures(read('countries.topo.json'));

/** Countries, water, rivers, and the regions of every region file. */
export const shapes: PlaceFeature[] = [
  ...countries.countries,
  ...countries.water,
  ...riverFeatures(read('rivers.topo.json')),
  ...collection('admin1.topo.json', 'admin1'),
  ...collection('kaz-2018.topo.json', 'regions'),
  ...collection('gdl.topo.json', 'regions'),
];

/** The countries `ids` as a feature collection (a map's `fit`). */
export const focusOf = (ids: string[]) => ({
  type: 'FeatureCollection' as const,
  features: countries.countries.filter((f) => ids.includes(f.id as string)),
});

/** A lon/lat box as a clockwise polygon (d3 winding). */
export function box(w: number, s: number, e: number, n: number): GeoPermissibleObjects {
  return {
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
  } as GeoPermissibleObjects;
}
