import {
  interpolateBuPu,
  interpolateCividis,
  interpolateGnBu,
  interpolateGreens,
  interpolateGreys,
  interpolateInferno,
  interpolateMagma,
  interpolateOranges,
  interpolatePlasma,
  interpolatePuBu,
  interpolatePuBuGn,
  interpolatePuRd,
  interpolateReds,
  interpolateRdPu,
  interpolateViridis,
  interpolateYlGn,
  interpolateYlGnBu,
  interpolateYlOrBr,
  interpolateYlOrRd,
} from 'd3-scale-chromatic';

/**
 * The sequential schemes beyond the three defaults, loaded by `loadScheme` when a map first names one of them:
 * d3-scale-chromatic's interpolators as they are (with d3-interpolate and d3-color), keyed by the names of
 * `schemeNames`. `dark` lists those that run from dark to light in d3 (they are flipped).
 */
export const light2dark: Record<string, (t: number) => string> = {
  Greens: interpolateGreens,
  Greys: interpolateGreys,
  Oranges: interpolateOranges,
  Reds: interpolateReds,
  BuPu: interpolateBuPu,
  GnBu: interpolateGnBu,
  PuBu: interpolatePuBu,
  PuBuGn: interpolatePuBuGn,
  PuRd: interpolatePuRd,
  RdPu: interpolateRdPu,
  YlGn: interpolateYlGn,
  YlGnBu: interpolateYlGnBu,
  YlOrBr: interpolateYlOrBr,
  YlOrRd: interpolateYlOrRd,
};

export const dark2light: Record<string, (t: number) => string> = {
  viridis: interpolateViridis,
  cividis: interpolateCividis,
  magma: interpolateMagma,
  inferno: interpolateInferno,
  plasma: interpolatePlasma,
};
