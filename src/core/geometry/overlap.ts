import type { Ring } from './label-point.js';

/** `[x0, y0, x1, y1]` in pixels. */
export type Box = [number, number, number, number];

function inside(rings: Ring[], x: number, y: number): boolean {
  let c = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const xi = r[i][0];
      const yi = r[i][1];
      const xj = r[j][0];
      const yj = r[j][1];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

/** Liang–Barsky for one edge of the box: narrows `[t0, t1]` (in `range`), false when it empties. */
function clipEdge(p: number, q: number, range: { t0: number; t1: number }): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) range.t0 = Math.max(range.t0, t);
  else range.t1 = Math.min(range.t1, t);
  return range.t0 <= range.t1;
}

function segmentHitsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  const [x0, y0, x1, y1] = box;
  // Wholly to one side of the box: no need to clip.
  if ((ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1)) return false;
  // Liang–Barsky clipping: the segment meets the box when a non-empty parameter range survives all four edges.
  const dx = bx - ax;
  const dy = by - ay;
  const range = { t0: 0, t1: 1 };
  return (
    clipEdge(-dx, ax - x0, range) &&
    clipEdge(dx, x1 - ax, range) &&
    clipEdge(-dy, ay - y0, range) &&
    clipEdge(dy, y1 - ay, range)
  );
}

/** True when the shape drawn by `rings` (even-odd) covers any part of `box`. */
export function ringsHitBox(rings: Ring[], box: Box): boolean {
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++)
      if (segmentHitsBox(r[j][0], r[j][1], r[i][0], r[i][1], box)) return true;
  }
  // No edge crosses the box: either the box lies wholly inside the shape or wholly outside it.
  return inside(rings, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
}
