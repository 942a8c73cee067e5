/**
 * The span of years an element accepts from a page. The data start in 1990 (UN SDG database) and the targets end in
 * 2030; 1900–2100 leaves room for a page's own series while keeping every loop over years short: a year given as
 * `1e20` or `Infinity` would otherwise make an element count to it and freeze the page.
 */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/**
 * A whole year within `YEAR_MIN`–`YEAR_MAX`, or `undefined` for anything else (NaN, '', `Infinity`, `1e20`,
 * `null`). Fractions are rounded to the nearest year.
 */
export function toYear(v: unknown): number | undefined {
  if (v === null || v === undefined || typeof v === 'boolean') return undefined;
  const n = typeof v === 'string' ? (v.trim() === '' ? NaN : Number(v)) : Number(v);
  if (!Number.isFinite(n)) return undefined;
  const y = Math.round(n);
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : undefined;
}
