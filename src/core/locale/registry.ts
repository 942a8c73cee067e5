import { EN, type LocaleCode, type LocaleData } from './data.js';

/**
 * The locale tables in use. English is always here; the others are registered when their language is first used
 * (the elements load `./data/<locale>.ts` with that language's strings) or all at once by `./all.ts` (Node, static
 * renderers). A locale not registered yet reads as English, and says so: `areaName` marks such names `lang: 'en'`.
 */
const tables = new Map<string, LocaleData>([['en', EN]]);

/** Registers (or replaces) locale tables. */
export function registerLocaleData(...data: LocaleData[]): void {
  for (const d of data) tables.set(d.code, d);
}

/** The table of a locale, English while it is not registered. */
export function localeData(code: LocaleCode): LocaleData {
  return tables.get(code) ?? EN;
}

/** True when the locale's own table is registered (always for English). */
export function hasLocaleData(code: LocaleCode): boolean {
  return tables.has(code);
}
