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

function edgeDistance(rings: Ring[], x: number, y: number): number {
  let min = Infinity;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [ax, ay] = r[j];
      const [bx, by] = r[i];
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
      const px = ax + t * dx - x;
      const py = ay + t * dy - y;
      min = Math.min(min, px * px + py * py);
    }
  }
  return Math.sqrt(min);
}

/** The run [left, right] of the horizontal line at y inside the shape that contains x. */
function horizontalRun(rings: Ring[], x: number, y: number): [number, number] {
  const xs: number[] = [];
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i];
      const [xj, yj] = r[j];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  let left = -Infinity;
  let right = Infinity;
  for (const v of xs) {
    if (v <= x && v > left) left = v;
    if (v >= x && v < right) right = v;
  }
  return [left, right];
}

/**
 * The best label anchor for text `width`×`height` px inside `rings`, or null when it fits nowhere.
 * `steps` is the grid resolution per axis.
 */
export function labelPoint(rings: Ring[], width: number, height: number, steps = 24): [number, number] | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rings) for (const [x, y] of r) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (!(x1 - x0 > width && y1 - y0 > height)) return null;
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (let i = 1; i < steps; i++) {
    for (let k = 1; k < steps; k++) {
      const x = x0 + ((x1 - x0) * i) / steps;
      const y = y0 + ((y1 - y0) * k) / steps;
      if (!inside(rings, x, y)) continue;
      const d = edgeDistance(rings, x, y);
      if (d < height / 2 + 1) continue;
      const [a, b] = horizontalRun(rings, x, y);
      if (b - a < width + 4) continue;
      // Centre the text within its run; prefer deep points, then points near the shape's middle.
      const lx = Math.min(Math.max(x, a + width / 2 + 2), b - width / 2 - 2);
      const score = d - 0.02 * Math.hypot(x - cx, y - cy);
      if (score > bestScore) {
        bestScore = score;
        best = [lx, y];
      }
    }
  }
  return best;
}
