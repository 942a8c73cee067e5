/**
 * Where a name fits inside a shape: the grid point deepest inside the visible polygon (a coarse pole of
 * inaccessibility) whose horizontal run inside the shape is wide enough for the text. Works on projected,
 * clipped rings in pixels, so a neighbour cut by the frame gets its label in the part that is actually visible
 * (Russia above Kazakhstan, not in it), and an oddly shaped country (Uzbekistan) off its centroid's bad spot.
 */
export type Ring = Array<[number, number]>;

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

/** What a grid search over a shape reuses for every text size and zoom: its box, edges and grid-line crossings. */
interface Prepared {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Every edge once, flat: ax, ay, bx, by. */
  edges: Float64Array;
  /** Per grid row `k` (1…steps-1): the x of each edge crossing, sorted. */
  rows: Float64Array[];
  /** Per grid column `i`: the y of each edge crossing, sorted. */
  cols: Float64Array[];
}

const prepared = new WeakMap<Ring[], Map<number, Prepared>>();

function crossings(edges: Float64Array, at: number, horizontal: boolean): Float64Array {
  // The same arithmetic as a point-in-polygon test along the line (x of the crossing of y = at, or y of x = at).
  const u = horizontal ? 1 : 0;
  const v = 1 - u;
  const out: number[] = [];
  for (let e = 0; e < edges.length; e += 4) {
    // Edge from j = (e+0, e+1) to i = (e+2, e+3), as the ring loop `i, j = i - 1` walks it.
    const ui = edges[e + 2 + u];
    const uj = edges[e + u];
    if (ui > at !== uj > at) {
      const vi = edges[e + 2 + v];
      const vj = edges[e + v];
      out.push(((vj - vi) * (at - ui)) / (uj - ui) + vi);
    }
  }
  return Float64Array.from(out).sort();
}

function prepare(rings: Ring[], steps: number): Prepared {
  let byRings = prepared.get(rings);
  if (!byRings) prepared.set(rings, (byRings = new Map()));
  const hit = byRings.get(steps);
  if (hit) return hit;
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  let n = 0;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r];
    n += ring.length;
    for (let i = 0; i < ring.length; i++) {
      const x = ring[i][0];
      const y = ring[i][1];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  const edges = new Float64Array(n * 4);
  let e = 0;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r];
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      edges[e++] = ring[j][0];
      edges[e++] = ring[j][1];
      edges[e++] = ring[i][0];
      edges[e++] = ring[i][1];
    }
  }
  const rows: Float64Array[] = [];
  const cols: Float64Array[] = [];
  for (let k = 1; k < steps; k++) {
    rows[k] = crossings(edges, y0 + ((y1 - y0) * k) / steps, true);
    cols[k] = crossings(edges, x0 + ((x1 - x0) * k) / steps, false);
  }
  const p = { x0, y0, x1, y1, edges, rows, cols };
  byRings.set(steps, p);
  return p;
}

/** In sorted `xs`, the last value ≤ `x` and the first ≥ `x`, and how many are > `x`. */
function around(xs: Float64Array, x: number): { a: number; b: number; right: number } {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  // lo = how many are ≤ x.
  const a = lo > 0 ? xs[lo - 1] : -Infinity;
  const b = lo > 0 && xs[lo - 1] === x ? x : lo < xs.length ? xs[lo] : Infinity;
  return { a, b, right: xs.length - lo };
}

/**
 * The best label anchor for text `width`×`height` px inside `rings`, or null when it fits nowhere.
 * `steps` is the grid resolution per axis.
 *
 * Each grid row's and column's edge crossings are computed once per shape (kept for every other text size and
 * zoom), and give for each grid point whether it is inside, its horizontal run, and an upper bound of its distance
 * to the edges (the nearest crossing on its row or column lies on an edge): a point whose bound cannot beat the best
 * so far is passed over without measuring, and the measuring stops as soon as the point can no longer win. The
 * same point as testing each one in full, at a fraction of the cost (this runs for every name on a first draw).
 */
export function labelPoint(rings: Ring[], width: number, height: number, steps = 24): [number, number] | null {
  const { x0, y0, x1, y1, edges, rows, cols } = prepare(rings, steps);
  if (!(x1 - x0 > width && y1 - y0 > height)) return null;
  const minDepth = height / 2 + 1;
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (let i = 1; i < steps; i++) {
    const x = x0 + ((x1 - x0) * i) / steps;
    const col = cols[i];
    for (let k = 1; k < steps; k++) {
      const y = y0 + ((y1 - y0) * k) / steps;
      const { a, b, right } = around(rows[k], x);
      if (right % 2 === 0) continue; // outside
      if (b - a < width + 4) continue;
      const off = 0.02 * Math.hypot(x - cx, y - cy);
      // Below this depth the point is either too shallow or no better than the best so far.
      const floor = Math.max(minDepth, bestScore + off) * (1 - 1e-9);
      if (x - a < floor || b - x < floor) continue;
      const v = around(col, y);
      if (y - v.a < floor || v.b - y < floor) continue;
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
