/**
 * Names of seas, lakes and rivers in the page's language. The shipped geometry carries them per feature as
 * `names: {en, ru, kk, …}` (built from `data-raw/names/water.csv`); a language without a name there gets the
 * map's English (Natural Earth) name.
 */
export type WaterNames = Readonly<Record<string, string>>;

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The name in `lang`: its exact tag first (`uz-Cyrl`), then the first name in the same language (`fa` → `fa-AF`,
 * `ru-RU` → `ru`), else the English name (the table's, or `fallback`, the map's Natural Earth name).
 */
export function waterName(names: WaterNames | undefined, fallback: string, lang: string): { text: string; lang: string } {
  if (names) {
    const want = lang.toLowerCase();
    const keys = Object.keys(names);
    const key = keys.find((k) => k.toLowerCase() === want) ?? keys.find((k) => primary(k) === primary(want));
    if (key && names[key]) return { text: names[key], lang: key };
  }
  // The table's English name where it has one (one river that Natural Earth splits as Ertis and Irtysh: Irtysh).
  return { text: names?.en || fallback, lang: 'en' };
}
