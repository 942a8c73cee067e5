import { bestMatch } from '../locale/match.js';
import type { LocalizedText } from './types.js';

/** Text with the language it is in (`lang` = the key used in the data). */
export interface RegionText {
  text: string;
  lang: string;
}

/**
 * The best text for `lang` (`kk-Cyrl-KZ` → `kk-cyrl` → `kk`), else English. Its own module so that elements reading
 * localised text do not load the region-level code with it.
 */
export function localText(t: LocalizedText | null | undefined, lang = 'en'): RegionText {
  if (!t) return { text: '', lang: 'en' };
  const hit = bestMatch(lang, Object.keys(t).filter((k) => t[k]));
  return hit === undefined ? { text: t.en, lang: 'en' } : { text: t[hit]!, lang: hit };
}
