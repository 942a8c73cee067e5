import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The shipped regional TopoJSON (`data/geo/countries.topo.json`): object `countries` (properties `{id, name}`,
 * ISO alpha-3) and object `water` (properties `{name, kind, note?}`). Missing or empty objects give no features,
 * so a partial file still draws what it has.
 */
export interface PlaceProperties {
  id?: string;
  name?: string;
  kind?: string;
  note?: string;
  /** Natural Earth importance, 0 = most important. */
  scalerank?: number;
  /** Seas, lakes and rivers: the name in the elements' languages, by language tag. */
  names?: Record<string, string>;
}

export type PlaceFeature = Feature<Geometry, PlaceProperties>;

export interface RegionFeatures {
  countries: PlaceFeature[];
  water: PlaceFeature[];
}

function collection(topology: Topology, name: string): PlaceFeature[] {
  const object = topology.objects?.[name] as GeometryCollection | undefined;
  if (!object || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) return [];
  const fc = feature(topology, object) as unknown as FeatureCollection<Geometry, PlaceProperties>;
  return fc.features.filter((f) => f.geometry).map(rewind);
}

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

/** Validates the topology's shape just enough to fail clearly (a parse error) rather than deep inside d3. */
export function isTopology(value: unknown): value is Topology {
  const t = value as Topology | null;
  return !!t && t.type === 'Topology' && typeof t.objects === 'object' && Array.isArray(t.arcs);
}

/** The `rivers` object of `data/geo/rivers.topo.json` (properties `{name, label, kind, scalerank}`). */
const riversOf = new WeakMap<Topology, PlaceFeature[]>();

/** The rivers of the shipped rivers topology, decoded once per topology object (shared like `regionFeatures`). */
export function riverFeatures(topology: Topology): PlaceFeature[] {
  let hit = riversOf.get(topology);
  if (!hit) riversOf.set(topology, (hit = collection(topology, 'rivers')));
  return hit;
}

const featuresOf = new WeakMap<Topology, RegionFeatures>();

/**
 * The features of a shipped topology, decoded once per topology object: the maps of a page share the parsed file
 * (one request, one cache), and so share these features and the projected shapes made from them (layout.ts).
 */
export function regionFeatures(topology: Topology): RegionFeatures {
  let hit = featuresOf.get(topology);
  if (!hit) featuresOf.set(topology, (hit = decodeFeatures(topology)));
  return hit;
}

function decodeFeatures(topology: Topology): RegionFeatures {
  const countries = collection(topology, 'countries').map((f) => {
    const id = String(f.properties?.id ?? f.id ?? '');
    return { ...f, id, properties: { ...f.properties, id } };
  });
  return { countries, water: collection(topology, 'water') };
}
