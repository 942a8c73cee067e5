import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

export interface FitOptions {
  width: number;
  /** Height is derived from the focus' shape unless given. */
  height?: number;
  /** Space around the focus, in pixels. */
  padding?: number;
  /** Height/width bounds so very tall or flat focus areas still give a usable frame. */
  minAspect?: number;
  maxAspect?: number;
}

/**
 * Fits `projection` so `focus` fills `width` (minus padding) and returns the height that keeps its aspect ratio;
 * the projection is clipped to the frame so context drawn around the focus never spills out.
 */
export function fitProjection(
  projection: GeoProjection,
  focus: GeoPermissibleObjects,
  { width, height, padding = 8, minAspect = 0.45, maxAspect = 0.8 }: FitOptions,
): { projection: GeoProjection; width: number; height: number } {
  const w = Math.max(1, width);
  // d3's fitWidth and fitExtent both measure the focus at scale 150 and translate 0 before scaling it: measured once
  // here and both fits applied from it, as d3 would (a stream of every focus shape less per draw).
  projection.clipExtent(null).scale(150).translate([0, 0]);
  const [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(focus);
  let h = height;
  if (h === undefined) {
    // fitWidth(w - 2 * padding), then the focus' height at that scale.
    const fw = Math.max(1, w - 2 * padding);
    const kw = fw / (bx1 - bx0);
    // Without resampling (precision 0) the projected points only scale, so the height at that scale is the measured
    // one scaled; measured again where rounding to whole pixels could tell the two apart.
    let natural = (by1 - by0) * kw + 2 * padding;
    if (projection.precision() !== 0 || Math.abs((natural % 1) - 0.5) < 1e-6) {
      projection.scale(150 * kw).translate([(fw - kw * (bx1 + bx0)) / 2, -kw * by0]);
      const [[, y0], [, y1]] = geoPath(projection).bounds(focus);
      natural = y1 - y0 + 2 * padding;
    }
    h = Math.round(Math.min(maxAspect * w, Math.max(minAspect * w, natural)));
  }
  // fitExtent([[padding, padding], [w - padding, h - padding]]).
  const ew = w - 2 * padding;
  const eh = h - 2 * padding;
  const k = Math.min(ew / (bx1 - bx0), eh / (by1 - by0));
  projection.scale(150 * k).translate([padding + (ew - k * (bx1 + bx0)) / 2, padding + (eh - k * (by1 + by0)) / 2]);
  projection.clipExtent([
    [0, 0],
    [w, h],
  ]);
  return { projection, width: w, height: h };
}
