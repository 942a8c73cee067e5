import type { GeoStream } from 'd3-geo';
import type { Ring } from './label-point.js';

/**
 * One pass of a feature through the projection (clip and resample included) yields everything the map needs of it:
 * the SVG path data, formatted exactly as `geoPath().digits(n)` writes it, and the projected rings, grouped by the
 * polygon they came from. Area, centroid and bounds are then plain arithmetic on those rings (`ringStats`), the same
 * sums d3's `path.area`, `path.centroid` and `path.bounds` compute, without streaming the feature through the
 * projection again for each.
 */
export class ShapeSink implements GeoStream {
  /** The visible rings (polygons) or parts (lines), in pixels, unrounded. */
  readonly rings: Ring[] = [];
  /** Per ring: the index of its polygon (one per polygon d3 streams out), or -1 for a line's part. */
  readonly group: number[] = [];
  /** How many polygons came out. */
  groups = 0;
  private d = '';
  private ring: Ring | null = null;
  private inPolygon = false;
  private readonly k: number;

  /** `digits`: decimals of the path data (as `geoPath().digits`). */
  constructor(digits = 1) {
    this.k = 10 ** Math.floor(digits);
  }

  /** The path data, `''` when nothing is visible. */
  path(): string {
    return this.d;
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
    if (this.inPolygon) this.d += 'Z';
    this.ring = null;
  }
  point(x: number, y: number): void {
    const k = this.k;
    const ring = this.ring;
    // A lone point (outside any line) has no place in a map of areas and lines: d3 would draw a circle; skip it.
    if (!ring) return;
    this.d += `${ring.length ? 'L' : 'M'}${Math.round(x * k) / k},${Math.round(y * k) / k}`;
    ring.push([x, y]);
  }
  sphere(): void {}
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

/**
 * Area of all polygons, and centroid and bounds of the largest, from a `ShapeSink`. The ring sums follow d3-geo's
 * `path/area.js` and `path/centroid.js` (each ring closed back to its first point; a polygon's rings summed with their
 * signs, so holes subtract, then taken absolute), so the numbers match `geoPath` on the same projection.
 */
export function ringStats(sink: Pick<ShapeSink, 'rings' | 'group' | 'groups'>): RingStats {
  const { rings, group, groups } = sink;
  const signed = new Float64Array(groups);
  for (let r = 0; r < rings.length; r++) {
    const g = group[r];
    if (g < 0) continue;
    const ring = rings[r];
    const n = ring.length;
    if (!n) continue;
    let s = 0;
    let x0 = ring[0][0];
    let y0 = ring[0][1];
    for (let i = 1; i <= n; i++) {
      const p = ring[i === n ? 0 : i];
      const x = p[0];
      const y = p[1];
      s += y0 * x - x0 * y;
      x0 = x;
      y0 = y;
    }
    signed[g] += s;
  }
  let area = 0;
  let largest = -1;
  let max = -1;
  for (let g = 0; g < groups; g++) {
    const a = Math.abs(signed[g]) / 2;
    area += a;
    if (a > max) {
      max = a;
      largest = g;
    }
  }
  if (largest < 0) return { area, largest, centroid: null, bounds: null };
  // d3's centroid: area-weighted when the polygon has area, else length-weighted, else the mean of its points.
  let X0 = 0,
    Y0 = 0,
    Z0 = 0,
    X1 = 0,
    Y1 = 0,
    Z1 = 0,
    X2 = 0,
    Y2 = 0,
    Z2 = 0;
  let bx0 = Infinity,
    by0 = Infinity,
    bx1 = -Infinity,
    by1 = -Infinity;
  for (let r = 0; r < rings.length; r++) {
    if (group[r] !== largest) continue;
    const ring = rings[r];
    const n = ring.length;
    if (!n) continue;
    let x0 = ring[0][0];
    let y0 = ring[0][1];
    X0 += x0;
    Y0 += y0;
    Z0++;
    for (let i = 0; i < n; i++) {
      const x = ring[i][0];
      const y = ring[i][1];
      if (x < bx0) bx0 = x;
      if (x > bx1) bx1 = x;
      if (y < by0) by0 = y;
      if (y > by1) by1 = y;
    }
    for (let i = 1; i <= n; i++) {
      const p = ring[i === n ? 0 : i];
      const x = p[0];
      const y = p[1];
      const dx = x - x0;
      const dy = y - y0;
      let z = Math.sqrt(dx * dx + dy * dy);
      X1 += (z * (x0 + x)) / 2;
      Y1 += (z * (y0 + y)) / 2;
      Z1 += z;
      z = y0 * x - x0 * y;
      X2 += z * (x0 + x);
      Y2 += z * (y0 + y);
      Z2 += z * 3;
      X0 += x;
      Y0 += y;
      Z0++;
      x0 = x;
      y0 = y;
    }
  }
  const c: [number, number] = Z2 ? [X2 / Z2, Y2 / Z2] : Z1 ? [X1 / Z1, Y1 / Z1] : [X0 / Z0, Y0 / Z0];
  return {
    area,
    largest,
    centroid: Number.isFinite(c[0]) && Number.isFinite(c[1]) ? c : null,
    bounds: [bx0, by0, bx1, by1],
  };
}
