import { ALPHA2, EN } from '../locale/data.js';
import { hasLocaleData, localeData } from '../locale/registry.js';
import { dataLocale } from './number.js';

/** ISO alpha-2 → our alpha-3 area code. */
const ALPHA3 = new Map(Object.entries(ALPHA2).map(([a3, a2]) => [a2, a3]));

/**
 * The name of an area in a locale, with the language it is actually written in.
 * `code`: ISO alpha-3 (`KAZ`), ISO alpha-2 (`KZ`) or an aggregate of the shipped data (`WLD`, `CAS`, `CSA`, `SAS`,
 * `LLDC`). Order: the locale's shipped name → the English shipped name (`lang: 'en'`) → the code itself (`lang: ''`:
 * not words in any language). Names come from the shipped CLDR table, never from the browser's Intl.
 */
export function areaName(code: string, locale: string | null | undefined): { text: string; lang: string } {
  const c = (code ?? '').trim().toUpperCase();
  const key = ALPHA3.get(c) ?? c;
  const loc = dataLocale(locale);
  const own = hasLocaleData(loc) ? localeData(loc).names[key] : undefined;
  if (own) return { text: own, lang: loc };
  const en = EN.names[key];
  if (en) return { text: en, lang: 'en' };
  return { text: code, lang: '' };
}

/** True when the area code has a shipped name. */
export function hasAreaName(code: string): boolean {
  const c = (code ?? '').trim().toUpperCase();
  return (ALPHA3.get(c) ?? c) in EN.names;
}
