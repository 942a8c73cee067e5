import type { GeoPermissibleObjects } from 'd3-geo';
import { fitProjection } from '../projections/fit.js';
import { skipAntimeridianCut } from '../projections/preclip.js';
import { projectionPreset } from '../projections/presets.js';
import type { Projector } from './outlines.js';
import { fitOf, frameGeometry, framePadding } from './shapes.js';

export type { GeoLine, GeoPoint, GeoShape, LayoutOptions, MapGeometry } from './shapes.js';
export { mapGeometry } from './shapes.js';

/**
 * Projects the longitude/latitude outlines (./features.ts) on the sphere: the preset named by `options.projection`,
 * fitted to the focus countries, clipped to the frame. Loaded with those outlines; the default map, drawn from the
 * outlines projected beforehand, never loads it (./planar.ts).
 */
export const projectMap: Projector = (features, focusIds, options) => {
  const fitFeatures = fitOf(features, focusIds, options);
  const focus: GeoPermissibleObjects = {
    type: 'FeatureCollection',
    features: fitFeatures.length ? fitFeatures : features.countries,
  } as GeoPermissibleObjects;
  const { name, preset } = projectionPreset(options.projection);
  const unfitted = preset(focus);
  skipAntimeridianCut(unfitted, [
    ...features.countries,
    ...features.water,
    ...(options.rivers ?? []),
    ...(options.regions ?? []),
  ]);
  const { projection, width, height } = fitProjection(unfitted, focus, {
    width: options.width,
    padding: framePadding(options),
  });
  return frameGeometry(features, focusIds, options, { projection, width, height, name, point: (p) => projection(p) });
};
