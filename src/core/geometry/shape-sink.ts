import { geoPath, type GeoPath, type GeoStream } from 'd3-geo';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Ring } from './label-point.js';

/**
 * One pass of a feature through the projection (clip and resample included) keeps the projected rings, grouped by the
 * polygon they came from. The SVG path data, area, centroid and bounds are then read from those rings with d3's planar
 * path (`geoPath()` without a projection: no clipping, no resampling, no trigonometry), which gives the same text and
 * numbers as `geoPath(projection)` on the feature, without streaming it through the projection again for each.
 */
export class ShapeSink implements GeoStream {
  /** The visible rings (polygons) or parts (lines), in pixels, unrounded. */
  readonly rings: Ring[] = [];
  /** Per ring: the index of its polygon (one per polygon d3 streams out), or -1 for a line's part. */
  readonly group: number[] = [];
  /** How many polygons came out. */
  groups = 0;
  private ring: Ring | null = null;
  private inPolygon = false;
  private readonly digits: number;

  /** `digits`: decimals of the path data (as `geoPath().digits`). */
  constructor(digits = 1) {
    this.digits = digits;
  }

  /** The path data, `''` when nothing is visible. */
  path(): string {
    return planarPath(this.digits)(planarShape(this)) ?? '';
  }

  polygonStart(): void {
    this.inPolygon = true;
  }
  polygonEnd(): void {
    this.inPolygon = false;
    this.groups++;
  }
  lineStart(): void {
    this.ring = [];
    this.rings.push(this.ring);
    this.group.push(this.inPolygon ? this.groups : -1);
  }
  lineEnd(): void {
    this.ring = null;
  }
  point(x: number, y: number): void {
    // A lone point (outside any line) has no place in a map of areas and lines: d3 would draw a circle; skip it.
    this.ring?.push([x, y]);
  }
  sphere(): void {}
}

/** d3's planar path (no projection), one per number of digits. */
const planarPaths = new Map<number, GeoPath>();
function planarPath(digits: number): GeoPath {
  let path = planarPaths.get(digits);
  if (!path) planarPaths.set(digits, (path = geoPath().digits(digits)));
  return path;
}

type Sink = Pick<ShapeSink, 'rings' | 'group' | 'groups'>;

/**
 * The polygons of a sink, each ring closed again (a GeoJSON ring repeats its first point, which d3 does not stream), so
 * that the planar path streams exactly the points the projection gave.
 */
function polygons(sink: Sink): Position[][][] {
  const out: Position[][][] = Array.from({ length: sink.groups }, () => []);
  sink.rings.forEach((ring, r) => {
    const g = sink.group[r]!;
    if (g >= 0 && ring.length) out[g]!.push([...ring, ring[0]!]);
  });
  return out;
}

/** The sink's rings as planar GeoJSON: its polygons, or the parts of a line. */
function planarShape(sink: Sink): MultiPolygon | MultiLineString {
  return sink.groups
    ? { type: 'MultiPolygon', coordinates: polygons(sink) }
    : { type: 'MultiLineString', coordinates: sink.rings.filter((_, r) => sink.group[r]! < 0) };
}

export interface RingStats {
  /** Area in px² of every polygon (each counted positive, its holes subtracting), as `path.area`. */
  area: number;
  /** The polygon with the largest area (the first of equals), -1 when there is none. */
  largest: number;
  /** Centroid of that polygon (`path.centroid` of it), null when it has no extent. */
  centroid: [number, number] | null;
  /** Its bounding box `[x0, y0, x1, y1]` (`path.bounds`). */
  bounds: [number, number, number, number] | null;
}

/** Area of all polygons, and centroid and bounds of the largest, by d3's planar path on a sink's rings. */
export function ringStats(sink: Sink): RingStats {
  const path = planarPath(1);
  let area = 0;
  let largest = -1;
  let max = -1;
  let main: Polygon | null = null;
  polygons(sink).forEach((coordinates, g) => {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const a = path.area(polygon);
    area += a;
    if (a > max) {
      max = a;
      largest = g;
      main = polygon;
    }
  });
  if (!main) return { area, largest, centroid: null, bounds: null };
  const c = path.centroid(main);
  const [[x0, y0], [x1, y1]] = path.bounds(main);
  return {
    area,
    largest,
    centroid: Number.isFinite(c[0]) && Number.isFinite(c[1]) ? c : null,
    bounds: [x0, y0, x1, y1],
  };
}
