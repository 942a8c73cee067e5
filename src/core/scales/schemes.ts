import {
  interpolateBlues,
  interpolateBuPu,
  interpolateCividis,
  interpolateGnBu,
  interpolateGreens,
  interpolateGreys,
  interpolateInferno,
  interpolateMagma,
  interpolateOranges,
  interpolateOrRd,
  interpolatePlasma,
  interpolatePuBu,
  interpolatePuBuGn,
  interpolatePurples,
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
 * The sequential d3-scale-chromatic schemes a map may use, by their d3 name without `interpolate` (`Blues`,
 * `YlOrRd`, `viridis`…). Only these are imported, which keeps the bundle small. Every interpolator here is
 * oriented so that t = 1 is the darkest colour: on a map, darker always means a higher value.
 */
const light2dark: Record<string, (t: number) => string> = {
  Blues: interpolateBlues,
  Greens: interpolateGreens,
  Greys: interpolateGreys,
  Oranges: interpolateOranges,
  Purples: interpolatePurples,
  Reds: interpolateReds,
  BuPu: interpolateBuPu,
  GnBu: interpolateGnBu,
  OrRd: interpolateOrRd,
  PuBu: interpolatePuBu,
  PuBuGn: interpolatePuBuGn,
  PuRd: interpolatePuRd,
  RdPu: interpolateRdPu,
  YlGn: interpolateYlGn,
  YlGnBu: interpolateYlGnBu,
  YlOrBr: interpolateYlOrBr,
  YlOrRd: interpolateYlOrRd,
};

/** These run from dark to light in d3; they are flipped. */
const dark2light: Record<string, (t: number) => string> = {
  viridis: interpolateViridis,
  cividis: interpolateCividis,
  magma: interpolateMagma,
  inferno: interpolateInferno,
  plasma: interpolatePlasma,
};

export const schemeNames: string[] = [...Object.keys(light2dark), ...Object.keys(dark2light)];

/**
 * The default scheme by the series' polarity: blue where higher is better, orange-red where lower is better
 * (so that the worst values read as the darkest, most alarming), purple where neither.
 */
export function defaultScheme(better: 'higher' | 'lower' | null | undefined): string {
  return better === 'higher' ? 'Blues' : better === 'lower' ? 'OrRd' : 'Purples';
}

/**
 * The interpolator of `name` (case-insensitive, `interpolate` prefix and `scheme` prefix allowed), light → dark,
 * with its palest end trimmed (`start`) so the lowest class stays distinguishable from the background and
 * from the no-data pattern. Unknown names give `null`.
 */
export function schemeInterpolator(name: string | null | undefined, start = 0.15): ((t: number) => string) | null {
  if (!name) return null;
  const key = name.replace(/^(interpolate|scheme)/i, '').toLowerCase();
  const hit =
    Object.entries(light2dark).find(([k]) => k.toLowerCase() === key)?.[1] ??
    ((f) => f && ((t: number) => f(1 - t)))(Object.entries(dark2light).find(([k]) => k.toLowerCase() === key)?.[1]);
  if (!hit) return null;
  return (t: number) => hit(start + (1 - start) * Math.min(1, Math.max(0, t)));
}
