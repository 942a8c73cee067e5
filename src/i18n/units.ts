import type { LocalizedText } from '../core/data/types.js';
import { dataLocale } from '../core/format/number.js';
import type { LocaleCode } from '../core/locale/data.js';
import { own as ownKey } from '../core/own.js';
import en from './units/en.js';

/**
 * Names of the SDG unit codes used by the shipped series, per locale (axis titles, legends, tooltips), one table per
 * language in ./units/<locale>.ts. Numbers inside a unit are written with the locale's digits and group separator.
 * English follows the catalog's wording. The other languages are our translations and want review by native speakers;
 * abbreviations follow each language's usual statistical style (ru МДж, ВВП; kk ЖІӨ; uz YaIM).
 *
 * English is always here; another language's table is registered when its strings load (`loadLocale`), or every table
 * at once by ./units/all.ts.
 */
const tables = new Map<string, Record<string, string>>([['en', en]]);

/** Registers (or replaces) a locale's unit names. */
export function registerUnits(locale: LocaleCode, units: Record<string, string>): void {
  tables.set(locale, units);
}

/**
 * A unit's name in a locale, with its language: the shipped table, else the data's own text for that language
 * (`fromData`, e.g. the catalog's `units[code]`), else English (table or data), else the code (`lang: ''`).
 */
export function unitName(
  code: string,
  locale: string | null | undefined,
  fromData?: LocalizedText | null,
): { text: string; lang: string } {
  const loc = dataLocale(locale);
  const mine = ownKey(tables.get(loc), code);
  if (mine) return { text: mine, lang: loc };
  const data = ownKey(fromData, loc);
  if (data) return { text: data, lang: loc };
  const english = ownKey(en, code) ?? ownKey(fromData, 'en');
  if (english) return { text: english, lang: 'en' };
  return { text: code, lang: '' };
}
