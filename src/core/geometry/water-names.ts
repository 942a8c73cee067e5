import { bestMatch } from '../locale/match.js';

/**
 * Names of seas, lakes and rivers in the page's language. The shipped geometry carries them per feature as
 * `names: {en, ru, kk, …}` (built from `data-raw/names/water.csv`); a language without a name there gets the
 * map's English (Natural Earth) name.
 */
export type WaterNames = Readonly<Record<string, string>>;

/**
 * Where the table has no cited name in the reader's language, the name in a language that reader is expected to read
 * before English, shown marked with its own `lang`. Each is a language with official standing beside the reader's in
 * the same country:
 * - Russian for Kazakh (Constitution of Kazakhstan, art. 7: Russian is used officially on a par with Kazakh), Kyrgyz
 *   (Constitution of the Kyrgyz Republic, art. 13: Russian is used as an official language) and Tajik (Constitution
 *   of Tajikistan, art. 2: Russian is the language of interethnic communication);
 * - Uzbek in the other script for Uzbek (Latin ⇄ Cyrillic: both scripts are in use in Uzbekistan), then Russian for
 *   Uzbek Cyrillic (same script);
 * - Dari for Pashto (Constitution of Afghanistan 2004, art. 16: Pashto and Dari are the official languages; both are
 *   written in the Perso-Arabic script).
 * Turkmen has none (Turkmen is the sole state language), so it goes straight to English.
 */
export const SECOND_LANGUAGES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  kk: ['ru'],
  ky: ['ru'],
  tg: ['ru'],
  uz: ['uz-Cyrl'],
  'uz-Cyrl': ['uz', 'ru'],
  ps: ['fa-AF'],
});

/**
 * The name in `lang`, matched by the library's one language rule (`bestMatch`: `uz-Cyrl` exact, `ru-RU` → `ru`,
 * `fa` → `fa-AF`), else in the reader's second language (`SECOND_LANGUAGES`), else the English name (the table's,
 * or `fallback`, the map's Natural Earth name).
 */
export function waterName(
  names: WaterNames | undefined,
  fallback: string,
  lang: string,
): { text: string; lang: string } {
  if (names) {
    const keys = Object.keys(names).filter((k) => names[k]);
    const key = bestMatch(lang, keys);
    if (key) return { text: names[key], lang: key };
    const own = bestMatch(lang, Object.keys(SECOND_LANGUAGES));
    for (const second of own ? SECOND_LANGUAGES[own] : []) {
      if (Object.hasOwn(names, second) && names[second]) return { text: names[second], lang: second };
    }
  }
  // The table's English name where it has one (one river that Natural Earth splits as Ertis and Irtysh: Irtysh).
  return { text: names?.en || fallback, lang: 'en' };
}
