import type { Ring } from './label-point.js';

/** `[x0, y0, x1, y1]` in pixels. */
export type Box = [number, number, number, number];

function inside(rings: Ring[], x: number, y: number): boolean {
  let c = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i];
      const [xj, yj] = r[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

function segmentHitsBox([ax, ay]: [number, number], [bx, by]: [number, number], [x0, y0, x1, y1]: Box): boolean {
  // Liang–Barsky clipping: the segment meets the box when a non-empty parameter range survives all four edges.
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (const [p, q] of [
    [-dx, ax - x0],
    [dx, x1 - ax],
    [-dy, ay - y0],
    [dy, y1 - ay],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** True when the shape drawn by `rings` (even-odd) covers any part of `box`. */
export function ringsHitBox(rings: Ring[], box: Box): boolean {
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) if (segmentHitsBox(r[j], r[i], box)) return true;
  }
  // No edge crosses the box: either the box lies wholly inside the shape or wholly outside it.
  return inside(rings, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
}
