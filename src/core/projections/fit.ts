import { geoPath, type GeoIdentityTransform, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

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
 * the projection is clipped to the frame so context drawn around the focus never spills out. A planar transform
 * (`geoIdentity`, for shapes projected beforehand) is fitted the same way, with the same arithmetic.
 */
export function fitProjection<P extends GeoProjection | GeoIdentityTransform>(
  projection: P,
  focus: GeoPermissibleObjects,
  { width, height, padding = 8, minAspect = 0.45, maxAspect = 0.8 }: FitOptions,
): { projection: P; width: number; height: number } {
  const w = Math.max(1, width);
  let h = height;
  if (h === undefined) {
    // d3's geoIdentity has fitWidth too (d3-geo ≥ 1.10), which @types/d3-geo does not declare.
    (projection as GeoProjection).fitWidth(Math.max(1, w - 2 * padding), focus);
    const [[, y0], [, y1]] = geoPath(projection).bounds(focus);
    const natural = y1 - y0 + 2 * padding;
    h = Math.round(Math.min(maxAspect * w, Math.max(minAspect * w, natural)));
  }
  projection.clipExtent(null).fitExtent(
    [
      [padding, padding],
      [w - padding, h - padding],
    ],
    focus,
  );
  projection.clipExtent([
    [0, 0],
    [w, h],
  ]);
  return { projection, width: w, height: h };
}
