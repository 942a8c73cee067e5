import type { GeoStreamWrapper } from 'd3-geo';
import { geoStream } from 'd3-geo';
import type { PlaceFeature, RegionFeatures } from './outlines.js';
import type { Ring } from './label-point.js';
import { ringStats, ShapeSink } from './shape-sink.js';
import type { WaterNames } from './water-names.js';

/*
 * What a projection makes of the outlines, in a frame's pixels: shapes, lines and points, and the cache the maps of
 * a page share. The projections: ./layout.ts (d3-geo on the sphere) and ./planar.ts (outlines projected beforehand).
 */

/**
 * Projected geometry of a map, independent of the values shown: computed once per size and projection and reused
 * across years. Layers are kept apart so later ones (regions, rivers, capitals) slot in beside them.
 */
export interface GeoShape {
  id: string;
  name: string;
  /** SVG path data in the frame's pixels (empty when clipped away entirely). */
  d: string;
  /** Label anchor: centroid of the largest visible polygon, or null when nothing is visible. */
  centroid: [number, number] | null;
  /** Width of that polygon's bounding box, to decide whether a label fits. */
  labelWidth: number;
  /** Projected area in px² of the visible part. */
  area: number;
  /** The visible rings in pixels, for label placement. */
  rings: Ring[];
  kind?: string;
  note?: string;
  rank?: number;
  /** A sea's or lake's name in other languages (`{ru: …, kk: …}`), where the shipped file has them. */
  names?: WaterNames;
}

/** A river in the frame's pixels. */
export interface GeoLine {
  id: string;
  /** Display name (`label` in the shipped file), '' when unnamed. */
  name: string;
  d: string;
  /** The visible parts as polylines, for placing the name. */
  parts: Ring[];
  /** Natural Earth scale rank, 0 = most important. */
  rank: number;
  /** `river` or `lake_centerline` (the course through a lake, drawn but not named). */
  kind: string;
  /** The river's name in other languages, where the shipped file has them. */
  names?: WaterNames;
}

/** A point (a capital) in the frame's pixels; null when outside the frame. */
export interface GeoPoint {
  id: string;
  at: [number, number] | null;
}

export interface MapGeometry {
  width: number;
  height: number;
  projection: string;
  rivers: GeoLine[];
  points: GeoPoint[];
  /** Sub-national units (region level), projected with the same projection; empty at country level. */
  regions: GeoShape[];
  /** The focus countries (the six) in the given order. */
  focus: GeoShape[];
  /** Other countries, drawn as context. */
  context: GeoShape[];
  water: GeoShape[];
}

export interface LayoutOptions {
  width: number;
  projection?: string | null;
  padding?: number;
  /** Digits of the path coordinates (geoPath().digits). */
  digits?: number;
  /** Countries to fit the projection to, when not all of the focus ones (`countries="KAZ"`). */
  fit?: readonly string[];
  /** Rivers to draw (only when the layer is on). */
  rivers?: PlaceFeature[];
  /** Region polygons (properties `{id, name}`), drawn instead of the countries' fills at region level. */
  regions?: PlaceFeature[];
  /** Points to place, lon/lat. */
  points?: ReadonlyArray<{ id: string; lon: number; lat: number }>;
}

/** The feature streamed once through the projection: its path data and rings, and their measures. */
function project(f: PlaceFeature, projection: GeoStreamWrapper, digits: number): ShapeSink {
  const sink = new ShapeSink(digits);
  geoStream(f, projection.stream(sink));
  return sink;
}

/** A polygon feature through the projection: its path data, measures and visible rings. */
export function shape(f: PlaceFeature, projection: GeoStreamWrapper, digits: number): GeoShape {
  const sink = project(f, projection, digits);
  const d = sink.path();
  // Centroid and width of the largest polygon (a country's mainland, not an exclave or island), area of all.
  const { area, centroid, bounds } = ringStats(sink);
  return {
    id: String(f.properties?.id ?? f.id ?? f.properties?.name ?? ''),
    name: f.properties?.name ?? '',
    d,
    centroid: d ? centroid : null,
    labelWidth: d && bounds && Number.isFinite(bounds[2] - bounds[0]) ? bounds[2] - bounds[0] : 0,
    area: Number.isFinite(area) ? area : 0,
    rings: sink.rings,
    ...(f.properties?.kind ? { kind: f.properties.kind } : {}),
    ...(f.properties?.note ? { note: f.properties.note } : {}),
    ...(typeof f.properties?.scalerank === 'number' ? { rank: f.properties.scalerank } : {}),
    ...(f.properties?.names ? { names: f.properties.names } : {}),
  };
}

/** A river through the projection: its path data and visible parts. */
export function line(f: PlaceFeature, i: number, projection: GeoStreamWrapper, digits: number): GeoLine {
  const sink = project(f, projection, digits);
  const p = f.properties as PlaceFeature['properties'] & { label?: string | null };
  return {
    id: `river-${i}`,
    name: p?.label ?? p?.name ?? '',
    d: sink.path(),
    parts: sink.rings,
    rank: typeof p?.scalerank === 'number' ? p.scalerank : 9,
    kind: p?.kind ?? 'river',
    ...(p?.names ? { names: p.names } : {}),
  };
}

const layouts = new WeakMap<RegionFeatures, Array<{ focus: string; options: LayoutOptions; value: MapGeometry }>>();
const LAYOUTS_KEPT = 8;
const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b || (!a?.length && !b?.length);
const sameOptions = (a: LayoutOptions, b: LayoutOptions) =>
  a.width === b.width &&
  (a.projection ?? null) === (b.projection ?? null) &&
  a.padding === b.padding &&
  a.digits === b.digits &&
  (a.fit ?? []).join() === (b.fit ?? []).join() &&
  sameList(a.rivers, b.rivers) &&
  sameList(a.regions, b.regions) &&
  sameList(a.points, b.points);

/**
 * The projected map, shared by the maps of a page that show the same features with the same projection, size and
 * layers (small multiples: a map per indicator or per year): projecting and measuring every shape is the costliest
 * part of a first draw. The result is read-only.
 */
export function mapGeometry(features: RegionFeatures, focusIds: string[], options: LayoutOptions): MapGeometry {
  let list = layouts.get(features);
  if (!list) layouts.set(features, (list = []));
  const focus = focusIds.join();
  const hit = list.find((l) => l.focus === focus && sameOptions(l.options, options));
  if (hit) return hit.value;
  const value = features.project(features, focusIds, options);
  list.unshift({ focus, options: { ...options }, value });
  list.length = Math.min(list.length, LAYOUTS_KEPT);
  return value;
}

/** The features the frame is fitted to: `options.fit` when given, else the focus countries (in their order). */
export function fitOf(features: RegionFeatures, focusIds: string[], options: LayoutOptions): PlaceFeature[] {
  return options.fit?.length
    ? features.countries.filter((f) => options.fit!.includes(f.properties.id ?? ''))
    : focusOf(features, focusIds);
}

function focusOf(features: RegionFeatures, focusIds: string[]): PlaceFeature[] {
  return focusIds
    .map((id) => features.countries.find((f) => f.properties.id === id))
    .filter((f): f is PlaceFeature => !!f);
}

/** A fitted projection (or planar transform) and its frame. */
export interface Frame {
  projection: GeoStreamWrapper;
  width: number;
  height: number;
  name: string;
  /** A longitude/latitude point in the frame's pixels, or null where the projection has none. */
  point: (lonLat: [number, number]) => [number, number] | null;
}

/** Every layer of `features` and `options` through the frame's projection, in the frame's pixels. */
export function frameGeometry(
  features: RegionFeatures,
  focusIds: string[],
  options: LayoutOptions,
  { projection, width, height, name, point }: Frame,
): MapGeometry {
  const focusSet = new Set(focusIds);
  const digits = options.digits ?? 1;
  return {
    width,
    height,
    projection: name,
    focus: focusOf(features, focusIds).map((f) => shape(f, projection, digits)),
    context: features.countries
      .filter((f) => !focusSet.has(f.properties.id ?? ''))
      .map((f) => shape(f, projection, digits))
      .filter((s) => s.d),
    water: features.water.map((f) => shape(f, projection, digits)).filter((s) => s.d),
    rivers: (options.rivers ?? []).map((f, i) => line(f, i, projection, digits)).filter((l) => l.d),
    regions: (options.regions ?? []).map((f) => shape(f, projection, digits)).filter((s) => s.d),
    points: (options.points ?? []).map((p) => {
      const xy = point([p.lon, p.lat]);
      const inside = xy && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height;
      return { id: p.id, at: inside ? [xy[0], xy[1]] : null };
    }),
  };
}

/** The space around the fitted countries: 2% of the width, at least 6 px. */
export const framePadding = (options: LayoutOptions): number =>
  options.padding ?? Math.max(6, Math.round(options.width * 0.02));
