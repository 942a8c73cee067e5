import { interpolateBlues, interpolateOrRd, interpolatePurples } from 'd3-scale-chromatic';

/**
 * The sequential d3-scale-chromatic schemes a map may use, by their d3 name without `interpolate` (`Blues`,
 * `YlOrRd`, `viridis`…). Every interpolator is oriented so that t = 1 is the darkest colour: on a map, darker always
 * means a higher value.
 *
 * The three defaults (`defaultScheme`) are imported by name, so a page carries those three of d3-scale-chromatic
 * (the package is side-effect free and tree-shaken); every other scheme loads when a map first names it
 * (`loadScheme`; ./schemes-more.ts).
 */

/** Names light → dark in d3, then the perceptual ones d3 runs dark → light (flipped here); the Storybook control's list. */
export const schemeNames: string[] = [
  ...['Blues', 'Greens', 'Greys', 'Oranges', 'Purples', 'Reds', 'BuPu', 'GnBu', 'OrRd', 'PuBu', 'PuBuGn', 'PuRd'],
  ...['RdPu', 'YlGn', 'YlGnBu', 'YlOrBr', 'YlOrRd', 'viridis', 'cividis', 'magma', 'inferno', 'plasma'],
];

/** The schemes a map can draw with now, by lower-case name: the defaults, then those `loadScheme` brought. */
const loaded = new Map<string, (t: number) => string>([
  ['blues', interpolateBlues],
  ['orrd', interpolateOrRd],
  ['purples', interpolatePurples],
]);

/**
 * The default scheme by the series' polarity: blue where higher is better, orange-red where lower is better
 * (so that the worst values read as the darkest, most alarming), purple where neither.
 */
export function defaultScheme(better: 'higher' | 'lower' | null | undefined): string {
  return better === 'higher' ? 'Blues' : better === 'lower' ? 'OrRd' : 'Purples';
}

/** `name` as a key of the schemes (case-insensitive, `interpolate` and `scheme` prefixes allowed), or null. */
function schemeKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = name.replace(/^(interpolate|scheme)/i, '').toLowerCase();
  return schemeNames.some((n) => n.toLowerCase() === key) ? key : null;
}

/** Whether `name` is one of `schemeNames` (in any of the spellings `schemeInterpolator` reads). */
export function isSchemeName(name: string | null | undefined): boolean {
  return schemeKey(name) !== null;
}

/**
 * Whether a map can draw with `name` now: a default, an already loaded scheme, or a name that is not a scheme (drawn
 * with the default); false while a known scheme still has to load.
 */
export function schemeReady(name: string | null | undefined): boolean {
  const key = schemeKey(name);
  return key === null || loaded.has(key) || failed;
}

let more: Promise<void> | null = null;
let failed = false;

/**
 * Loads the schemes beyond the defaults (once, for every name). Resolves when `schemeReady(name)`; if the code cannot
 * load, the error is logged and maps draw with their default scheme rather than wait for ever.
 */
export function loadScheme(name: string | null | undefined): Promise<void> {
  if (schemeReady(name)) return Promise.resolve();
  more ??= import('./schemes-more.js').then(
    (m) => {
      for (const [k, f] of Object.entries(m.light2dark)) loaded.set(k.toLowerCase(), f);
      for (const [k, f] of Object.entries(m.dark2light)) loaded.set(k.toLowerCase(), (t: number) => f(1 - t));
    },
    (error: unknown) => {
      failed = true;
      console.error('sdg: could not load the colour schemes; drawing with the default', error);
    },
  );
  return more;
}

/** The trimmed interpolators handed out, by scheme and start. */
const trimmed = new Map<string, (t: number) => string>();

/**
 * The interpolator of `name` (case-insensitive, `interpolate` prefix and `scheme` prefix allowed), light → dark,
 * with its palest end trimmed (`start`) so the lowest class stays distinguishable from the background and
 * from the no-data pattern. Unknown names, and names whose scheme has not loaded yet (`loadScheme`), give `null`.
 */
export function schemeInterpolator(name: string | null | undefined, start = 0.15): ((t: number) => string) | null {
  const key = schemeKey(name);
  const hit = key === null ? undefined : loaded.get(key);
  if (!hit) return null;
  // The same function for the same scheme and start, so what is derived from it can be kept (a ramp's stops).
  const id = `${key} ${start}`;
  let f = trimmed.get(id);
  if (!f) trimmed.set(id, (f = (t: number) => hit(start + (1 - start) * Math.min(1, Math.max(0, t)))));
  return f;
}
