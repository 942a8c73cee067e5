import { geoArea } from 'd3-geo';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { projectMap } from './layout.js';
import { collection, decodeOutlines, type PlaceFeature, type RegionFeatures } from './outlines.js';

export { isTopology } from './outlines.js';
export type { PlaceFeature, PlaceProperties, Projector, RegionFeatures } from './outlines.js';

/**
 * The longitude/latitude outlines (`data/geo/countries.topo.json`, the rivers, the region files), decoded for d3-geo's
 * spherical projections (./layout.ts). The default map reads the planar twin instead (./planar.ts), so a page with
 * one default map never loads this module.
 */

/**
 * d3-geo reads rings clockwise (spherical winding); GeoJSON written by other tools is often counter-clockwise,
 * which d3 takes for "the whole globe minus this lake". A feature covering more than a hemisphere is rewound.
 */
export function rewind(f: PlaceFeature): PlaceFeature {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const g = f.geometry;
  const flip = (rings: Position[][]) => rings.map((r) => [...r].reverse());
  if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: flip(g.coordinates) } };
  if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(flip) } };
  return f;
}

/** The `rivers` object of `data/geo/rivers.topo.json` (properties `{name, label, kind, scalerank}`). */
const riversOf = new WeakMap<Topology, PlaceFeature[]>();

/** The rivers of the shipped rivers topology, decoded once per topology object (shared like `regionFeatures`). */
export function riverFeatures(topology: Topology): PlaceFeature[] {
  let hit = riversOf.get(topology);
  if (!hit) riversOf.set(topology, (hit = collection(topology, 'rivers', rewind)));
  return hit;
}

const featuresOf = new WeakMap<Topology, RegionFeatures>();

/**
 * The features of a shipped topology, decoded once per topology object: the maps of a page share the parsed file
 * (one request, one cache), and so share these features and the projected shapes made from them (layout.ts).
 */
export function regionFeatures(topology: Topology): RegionFeatures {
  let hit = featuresOf.get(topology);
  if (!hit) featuresOf.set(topology, (hit = { ...decodeOutlines(topology, rewind), project: projectMap }));
  return hit;
}
