/**
 * Where a name fits inside a shape: the grid point deepest inside the visible polygon (a coarse pole of
 * inaccessibility) whose horizontal run inside the shape is wide enough for the text. Works on projected,
 * clipped rings in pixels, so a neighbour cut by the frame gets its label in the part that is actually visible
 * (Russia above Kazakhstan, not in it), and an oddly shaped country (Uzbekistan) off its centroid's bad spot.
 */
export type Ring = Array<[number, number]>;

/** Collects the rings of a projected geometry: pass as `geoPath(projection).context(collector)`. */
export class RingCollector {
  rings: Ring[] = [];
  private ring: Ring | null = null;
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    this.ring = [[x, y]];
    this.rings.push(this.ring);
  }
  lineTo(x: number, y: number): void {
    this.ring?.push([x, y]);
  }
  closePath(): void {
    this.ring = null;
  }
  arc(): void {}
}

/** Distance from (x, y) to the nearest edge; stops (returning a smaller value) once it is below √`stopBelowSq`. */
function edgeDistance(edges: Float64Array, x: number, y: number, stopBelowSq: number): number {
  let min = Infinity;
  for (let e = 0; e < edges.length; e += 4) {
    const ax = edges[e];
    const ay = edges[e + 1];
    const dx = edges[e + 2] - ax;
    const dy = edges[e + 3] - ay;
    const len = dx * dx + dy * dy;
    const t = len ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
    const px = ax + t * dx - x;
    const py = ay + t * dy - y;
    const d = px * px + py * py;
    if (d < min) {
      min = d;
      if (min < stopBelowSq) break;
    }
  }
  return Math.sqrt(min);
}

/**
 * The best label anchor for text `width`×`height` px inside `rings`, or null when it fits nowhere.
 * `steps` is the grid resolution per axis.
 *
 * The edge crossings of each grid row are computed once for the row (inside-ness and the horizontal run of every
 * point of the row follow from them), and the distance to the edges stops early once a point can no longer win:
 * the same point as testing each one in full, at a fraction of the cost (this runs for every name on a first draw).
 */
export function labelPoint(rings: Ring[], width: number, height: number, steps = 24): [number, number] | null {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const r of rings)
    for (const [x, y] of r) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  if (!(x1 - x0 > width && y1 - y0 > height)) return null;
  // Every edge once, flat: ax, ay, bx, by.
  let n = 0;
  for (const r of rings) n += r.length;
  const edges = new Float64Array(n * 4);
  let e = 0;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      edges[e++] = r[j][0];
      edges[e++] = r[j][1];
      edges[e++] = r[i][0];
      edges[e++] = r[i][1];
    }
  }
  // Per grid row: the x of each edge crossing, as inside() and horizontalRun() compute it.
  const rows: number[][] = [];
  for (let k = 1; k < steps; k++) {
    const y = y0 + ((y1 - y0) * k) / steps;
    const xs: number[] = [];
    for (const r of rings) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const [xi, yi] = r[i];
        const [xj, yj] = r[j];
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    rows[k] = xs;
  }
  const minDepth = height / 2 + 1;
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (let i = 1; i < steps; i++) {
    for (let k = 1; k < steps; k++) {
      const x = x0 + ((x1 - x0) * i) / steps;
      const y = y0 + ((y1 - y0) * k) / steps;
      const xs = rows[k]!;
      let right = 0;
      let a = -Infinity;
      let b = Infinity;
      for (const v of xs) {
        if (x < v) right++;
        if (v <= x && v > a) a = v;
        if (v >= x && v < b) b = v;
      }
      if (right % 2 === 0) continue; // outside
      if (b - a < width + 4) continue;
      const off = 0.02 * Math.hypot(x - cx, y - cy);
      // Below this depth the point is either too shallow or no better than the best so far.
      const floor = Math.max(minDepth, bestScore + off) * (1 - 1e-9);
      const d = edgeDistance(edges, x, y, floor * floor);
      if (d < minDepth) continue;
      // Centre the text within its run; prefer deep points, then points near the shape's middle.
      const lx = Math.min(Math.max(x, a + width / 2 + 2), b - width / 2 - 2);
      const score = d - off;
      if (score > bestScore) {
        bestScore = score;
        best = [lx, y];
      }
    }
  }
  return best;
}
