import { geoIdentity, type GeoPermissibleObjects } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { fitProjection } from '../projections/fit.js';
import { decodeOutlines, type Projector, type RegionFeatures } from './outlines.js';
import { fitOf, frameGeometry, framePadding } from './shapes.js';

/**
 * The default map without spherical geometry. `data/geo/countries.central-asia.topo.json` holds the outlines of
 * `countries.topo.json` already projected with the default preset (conic equal-area for the six countries, at scale 1
 * and no translation: `npm run data`, scripts/data/projected.mjs). Fitting them to a frame is then a scale and a
 * translation, d3's `geoIdentity` fitted and clipped as the projection would be (same fit, same rectangle clip, and
 * the preset resamples nothing), so the default map draws what the spherical projection draws (within the files'
 * quantization; tests/core/geometry/planar.node.test.ts) without loading d3-geo's projections. Another projection,
 * another fit, rivers and capitals need longitudes and latitudes: the map then reads `countries.topo.json`.
 */

/** The name of the preset a planar outlines file was projected with (its `projection` member), or null. */
export function projectedWith(topology: Topology): string | null {
  const p = (topology as Topology & { projection?: unknown }).projection;
  return typeof p === 'string' && p ? p : null;
}

/** Fits the planar shapes to the frame (only their own preset, fitted to the countries they were projected for). */
const projectPlanar: Projector = (features, focusIds, options) => {
  const fitFeatures = fitOf(features, focusIds, options);
  const focus = {
    type: 'FeatureCollection',
    features: fitFeatures.length ? fitFeatures : features.countries,
  } as GeoPermissibleObjects;
  const { projection, width, height } = fitProjection(geoIdentity(), focus, {
    width: options.width,
    padding: framePadding(options),
  });
  // No longitudes and latitudes here: points (capitals) are drawn from the spherical outlines.
  const name = features.projected ?? '';
  return frameGeometry(features, focusIds, options, { projection, width, height, name, point: () => null });
};

const decoded = new WeakMap<Topology, RegionFeatures>();

/** The features of a planar outlines file, decoded once per topology object (the maps of a page share them). */
export function projectedFeatures(topology: Topology): RegionFeatures {
  let hit = decoded.get(topology);
  if (!hit) {
    hit = { ...decodeOutlines(topology), project: projectPlanar, projected: projectedWith(topology) ?? undefined };
    decoded.set(topology, hit);
  }
  return hit;
}
