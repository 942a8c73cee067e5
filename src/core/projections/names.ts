/**
 * The names of the map's projection presets (`projection` attribute), without the projections themselves: what a page
 * needs to read the attribute before it knows whether a spherical projection is needed at all (the default map's
 * outlines ship already projected, `data/geo/countries.central-asia.topo.json`). The presets: ./presets.ts.
 */
export const PROJECTIONS = ['central-asia', 'mercator', 'equal-earth', 'equirectangular'] as const;

export type ProjectionName = (typeof PROJECTIONS)[number];

/** Conic equal-area fitted to the six countries. */
export const defaultPreset: ProjectionName = 'central-asia';

/** The preset `name` names (case-insensitive, trimmed), or the default when it is unknown or empty. */
export function projectionName(name: string | null | undefined): ProjectionName {
  const key = (name ?? '').trim().toLowerCase();
  return (PROJECTIONS as readonly string[]).includes(key) ? (key as ProjectionName) : defaultPreset;
}
