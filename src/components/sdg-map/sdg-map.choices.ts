import { listWords, type ChoiceRule } from '../../core/choices.js';
import { LEVELS } from '../../internal/choice-check.js';
import { BASINS } from '../../core/geometry/places.js';
import { PROJECTIONS } from '../../core/projections/names.js';
import { isSchemeName, schemeNames } from '../../core/scales/schemes.js';

/** The layers `layers` accepts (see the property's documentation). */
export const MAP_LAYERS = ['rivers', 'lakes', 'capitals'] as const;

/** The map's enumerated attributes and what each accepts, for `ChoiceCheck`. */
export function mapChoices(map: {
  projection: unknown;
  scheme: unknown;
  level: unknown;
  layers: unknown;
  highlightBasin: unknown;
}): Record<string, ChoiceRule> {
  return {
    projection: { value: map.projection, accepted: PROJECTIONS },
    // Case-insensitive, with d3's `interpolate` / `scheme` prefixes, as the map reads it.
    scheme: { value: map.scheme, accepted: schemeNames, known: isSchemeName },
    level: { value: map.level, accepted: LEVELS },
    layers: { value: map.layers, accepted: MAP_LAYERS, split: listWords },
    'highlight-basin': {
      value: map.highlightBasin,
      accepted: Object.keys(BASINS),
      split: listWords,
      known: (v) => Object.hasOwn(BASINS, v.toLowerCase().replace(/_/g, '-')),
    },
  };
}
