import { AGGREGATE_CODES, COUNTRY_CODES, REGION_CODES } from '../codes.js';

/**
 * Area codes of the user's own data → the codes the shipped data use: countries to ISO alpha-3, aggregates to the
 * shipped codes (WLD, CAS, CSA, SAS, LLDC), subdivisions to their current ISO 3166-2 code.
 */

export interface AreaMatch {
  code: string;
  kind: 'country' | 'aggregate' | 'region';
  /** Alpha-3 of the country the area is in (itself for a country, '' for an aggregate). */
  country: string;
}

const table = new Map<string, AreaMatch>();
function add(key: string, match: AreaMatch) {
  if (key && !table.has(key)) table.set(key, match);
}
for (const [a3, a2, m49] of COUNTRY_CODES) {
  const m: AreaMatch = { code: a3, kind: 'country', country: a3 };
  add(a3, m);
  add(a2, m);
  add(String(m49), m);
}
for (const [code, m49] of AGGREGATE_CODES) {
  const m: AreaMatch = { code, kind: 'aggregate', country: '' };
  add(code, m);
  add(String(m49), m);
}
for (const [iso, country, legacy, stat] of REGION_CODES) {
  const m: AreaMatch = { code: iso, kind: 'region', country };
  add(iso, m);
  add(legacy, m);
  add(stat, m);
}

/**
 * The area a code names, or undefined. Case and surrounding spaces are ignored; an M49 code may carry leading zeros
 * (`004`, `4`); a subdivision may be written with its current ISO 3166-2 code (`KZ-75`), its pre-2023 code
 * (`KZ-ALA`) or the national statistical code (`KZALA`, `KG11`). Nothing else is guessed (no names).
 */
export function matchArea(raw: string): AreaMatch | undefined {
  let key = raw.trim().toUpperCase();
  if (/^\d{1,4}$/.test(key)) key = String(Number(key));
  return table.get(key);
}
