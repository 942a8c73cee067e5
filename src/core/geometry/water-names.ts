import { bestMatch } from '../locale/match.js';

/**
 * Names of seas, lakes and rivers in the page's language. The shipped geometry carries them per feature as
 * `names: {en, ru, kk, …}` (built from `data-raw/names/water.csv`); a language without a name there gets the
 * map's English (Natural Earth) name.
 */
export type WaterNames = Readonly<Record<string, string>>;

/**
 * The name in `lang`, matched by the library's one language rule (`bestMatch`: `uz-Cyrl` exact, `ru-RU` → `ru`,
 * `fa` → `fa-AF`), else the English name (the table's, or `fallback`, the map's Natural Earth name).
 */
export function waterName(
  names: WaterNames | undefined,
  fallback: string,
  lang: string,
): { text: string; lang: string } {
  if (names) {
    const key = bestMatch(lang, Object.keys(names));
    if (key && names[key]) return { text: names[key], lang: key };
  }
  // The table's English name where it has one (one river that Natural Earth splits as Ertis and Irtysh: Irtysh).
  return { text: names?.en || fallback, lang: 'en' };
}
