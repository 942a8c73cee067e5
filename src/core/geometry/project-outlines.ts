import type { GeometryCollection, Topology } from 'topojson-specification';
import { quantize } from 'topojson-client';
import { presets } from '../projections/presets.js';
import type { ProjectionName } from '../projections/names.js';
import { regionFeatures } from './features.js';
import { fitOf } from './shapes.js';

/**
 * Makes the planar twin of an outlines file (`npm run data` → `data/geo/countries.central-asia.topo.json`, read by
 * ./planar.ts): every arc's points projected with `preset`, set up for `focus` exactly as the map sets it up (same
 * features, same parameters), at scale 1 with no translation, then quantized again. The objects, their properties and
 * the arcs they use are unchanged, so the twin holds the same shapes with the same topology. Not part of the elements.
 */
export function projectOutlines(
  topology: Topology,
  focus: string[],
  { preset = 'central-asia', q = 1e4 }: { preset?: ProjectionName; q?: number } = {},
): Topology & { projection: ProjectionName } {
  const features = regionFeatures(topology);
  const fitFeatures = fitOf(features, focus, { width: 1, fit: focus });
  const projection = presets[preset]({ type: 'FeatureCollection', features: fitFeatures }).scale(1).translate([0, 0]);
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      // Quantized files store each point as the step from the previous one.
      x = topology.transform ? x + dx! : dx!;
      y = topology.transform ? y + dy! : dy!;
      const p = projection([x * scale[0] + translate[0], y * scale[1] + translate[1]]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error(`a point projects to nothing`);
      return p;
    });
  });
  const objects = Object.fromEntries(
    Object.entries(topology.objects).map(([k, o]) => [k, { ...(o as GeometryCollection) }]),
  );
  const planar = quantize({ type: 'Topology', objects, arcs } as unknown as Parameters<typeof quantize>[0], q);
  return {
    type: 'Topology',
    projection: preset,
    bbox: planar.bbox,
    transform: planar.transform,
    objects,
    arcs: planar.arcs,
  } as Topology & { projection: ProjectionName };
}
