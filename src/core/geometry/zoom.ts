/**
 * Zoom arithmetic for a map frame of `width` × `height` px: a transform `{k, x, y}` maps a point p of the
 * unzoomed drawing to `p·k + (x, y)` (d3-zoom's convention). Transforms are kept "covering": k ≥ 1 and the
 * drawing always fills the frame, so panning never shows past the edge of the geometry.
 */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export type Box = [[number, number], [number, number]];

export const IDENTITY: ZoomTransform = Object.freeze({ k: 1, x: 0, y: 0 });
export const MAX_ZOOM = 12;

/** The transform moved and scaled as little as possible to cover the frame, with k in [1, maxK]. */
export function constrain(t: ZoomTransform, width: number, height: number, maxK = MAX_ZOOM): ZoomTransform {
  const k = Math.min(maxK, Math.max(1, Number.isFinite(t.k) ? t.k : 1));
  const clamp = (v: number, size: number) => Math.min(0, Math.max(size - size * k, Number.isFinite(v) ? v : 0));
  return { k, x: clamp(t.x, width), y: clamp(t.y, height) };
}

/** Scales by `factor` about the frame point `at` (default: the frame's centre), then constrains. */
export function zoomBy(
  t: ZoomTransform,
  factor: number,
  width: number,
  height: number,
  at: [number, number] = [width / 2, height / 2],
  maxK = MAX_ZOOM,
): ZoomTransform {
  const k = Math.min(maxK, Math.max(1, t.k * factor));
  // Keep the drawing point under `at` where it is: p = (at - t)/t.k stays at `at`.
  const px = (at[0] - t.x) / t.k;
  const py = (at[1] - t.y) / t.k;
  return constrain({ k, x: at[0] - px * k, y: at[1] - py * k }, width, height, maxK);
}

/** Moves by (dx, dy) frame px, then constrains. */
export function panBy(t: ZoomTransform, dx: number, dy: number, width: number, height: number): ZoomTransform {
  return constrain({ k: t.k, x: t.x + dx, y: t.y + dy }, width, height);
}

/**
 * The transform showing `box` (drawing px) centred with `padding` px around it, as close as it fits (at most
 * `maxK`), constrained to the frame.
 */
export function fitBox(box: Box, width: number, height: number, { padding = 24, maxK = 8 } = {}): ZoomTransform {
  const [[x0, y0], [x1, y1]] = box;
  const w = Math.max(1e-6, x1 - x0);
  const h = Math.max(1e-6, y1 - y0);
  const k = Math.min(maxK, Math.max(1, Math.min((width - 2 * padding) / w, (height - 2 * padding) / h)));
  return constrain({ k, x: width / 2 - k * ((x0 + x1) / 2), y: height / 2 - k * ((y0 + y1) / 2) }, width, height);
}

/** Bounding box of pixel rings, or null when there are no points. */
export function ringsBox(rings: Array<Array<[number, number]>>): Box | null {
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
  return x0 <= x1
    ? [
        [x0, y0],
        [x1, y1],
      ]
    : null;
}

/** A drawing point in frame px. */
export function apply(t: ZoomTransform, [x, y]: [number, number]): [number, number] {
  return [x * t.k + t.x, y * t.k + t.y];
}

/** The same view after the frame was resized from `from` to `to` px wide (the drawing scales with the width). */
export function rescale(t: ZoomTransform, from: number, to: number): ZoomTransform {
  const r = from > 0 ? to / from : 1;
  return { k: t.k, x: t.x * r, y: t.y * r };
}

export function sameTransform(a: ZoomTransform, b: ZoomTransform, eps = 1e-6): boolean {
  return Math.abs(a.k - b.k) < eps && Math.abs(a.x - b.x) < eps && Math.abs(a.y - b.y) < eps;
}
