import {
  geoBounds,
  geoConicEqualArea,
  geoEqualEarth,
  geoEquirectangular,
  geoMercator,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import { projectionName, type ProjectionName } from './names.js';

export { defaultPreset } from './names.js';

/**
 * Named projections (after OWID's MapProjections.ts). Each preset builds an unfitted projection for a focus area
 * (the features the map is about); `fitProjection` then scales it to the element's size.
 */
export type ProjectionPreset = (focus: GeoPermissibleObjects) => GeoProjection;

/**
 * Standard parallels at 1/6 and 5/6 of the focus' latitude range and the central meridian through its middle —
 * the classic rule for a conic equal-area map of a mid-latitude region, which keeps areas true and shapes
 * undistorted across the region (Kazakhstan is not inflated as in Mercator).
 */
export function conicParameters(focus: GeoPermissibleObjects): {
  parallels: [number, number];
  rotate: [number, number];
} {
  const [[west, south], [east, north]] = geoBounds(focus);
  // geoBounds gives west > east when the bounds cross the antimeridian; not the case here, but stay correct.
  const span = east >= west ? east - west : east + 360 - west;
  const centre = west + span / 2;
  const range = north - south;
  return { parallels: [south + range / 6, north - range / 6], rotate: [-centre, 0] };
}

export const presets: Record<ProjectionName, ProjectionPreset> = {
  /** Conic equal-area fitted to the focus (the six countries): the default. */
  'central-asia': (focus) => {
    const { parallels, rotate } = conicParameters(focus);
    // No adaptive resampling: the shipped outlines are dense enough that at no size d3's resampling adds a point in
    // this projection (tests/core/projections/precision.node.test.ts compares the paths), and testing every segment
    // for it is a good part of projecting them.
    return geoConicEqualArea().parallels(parallels).rotate(rotate).precision(0);
  },
  /** Web Mercator, for comparison with tiled web maps (inflates the north). */
  mercator: () => geoMercator(),
  'equal-earth': (focus) => {
    const { rotate } = conicParameters(focus);
    return geoEqualEarth().rotate(rotate);
  },
  equirectangular: () => geoEquirectangular(),
};

/** The preset called `name`, or the default when the name is unknown or empty. */
export function projectionPreset(name: string | null | undefined): { name: ProjectionName; preset: ProjectionPreset } {
  const key = projectionName(name);
  return { name: key, preset: presets[key] };
}
