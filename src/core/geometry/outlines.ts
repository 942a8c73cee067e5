import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LayoutOptions, MapGeometry } from './shapes.js';

/**
 * The shipped regional TopoJSON (`data/geo/countries.topo.json`): object `countries` (properties `{id, name}`,
 * ISO alpha-3) and object `water` (properties `{name, kind, note?}`). Missing or empty objects give no features,
 * so a partial file still draws what it has. Its twin `countries.central-asia.topo.json` holds the same shapes already
 * projected with the default preset (planar, in that projection's units): the default map draws from it without any
 * spherical projection (./planar.ts); everything else reads the longitude/latitude file (./features.ts).
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

/** Projects features into a map frame (./layout.ts on the sphere, ./planar.ts for shapes projected beforehand). */
export type Projector = (features: RegionFeatures, focusIds: string[], options: LayoutOptions) => MapGeometry;

export interface RegionFeatures {
  countries: PlaceFeature[];
  water: PlaceFeature[];
  /** How these features are projected: they come with the code that can. */
  project: Projector;
  /** The preset the shapes are already projected with, when they are planar (./planar.ts). */
  projected?: string;
}

/** The features of object `name`, each passed through `fix` (the spherical files rewind their rings for d3-geo). */
export function collection(
  topology: Topology,
  name: string,
  fix: (f: PlaceFeature) => PlaceFeature = (f) => f,
): PlaceFeature[] {
  const object = topology.objects?.[name] as GeometryCollection | undefined;
  if (!object || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) return [];
  const fc = feature(topology, object) as unknown as FeatureCollection<Geometry, PlaceProperties>;
  return fc.features.filter((f) => f.geometry).map(fix);
}

/** The countries (ids set from the properties) and water of a shipped outlines file. */
export function decodeOutlines(
  topology: Topology,
  fix?: (f: PlaceFeature) => PlaceFeature,
): Pick<RegionFeatures, 'countries' | 'water'> {
  const countries = collection(topology, 'countries', fix).map((f) => {
    const id = String(f.properties?.id ?? f.id ?? '');
    return { ...f, id, properties: { ...f.properties, id } };
  });
  return { countries, water: collection(topology, 'water', fix) };
}

/** Validates the topology's shape just enough to fail clearly (a parse error) rather than deep inside d3. */
export function isTopology(value: unknown): value is Topology {
  const t = value as Topology | null;
  return !!t && t.type === 'Topology' && typeof t.objects === 'object' && Array.isArray(t.arcs);
}
