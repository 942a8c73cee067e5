import { decimalsOf } from '../../core/format/number.js';
import type { Observation, PublishedValue } from '../../core/data/types.js';

/**
 * What `<sdg-value>` prints, chosen from one series' rows (already restricted to one slice). Pure: no DOM, no
 * formatting; the element formats the result in the reader's language.
 */

/** `year="latest"` (or no year), or a year number. */
export type YearQuery = 'latest' | number;

/** `2020`, ` 2020 `, `latest`, '' → a query; anything else → null (a visible error, not a guess). */
export function parseYear(value: string | number | null | undefined): YearQuery | null {
  if (value === null || value === undefined) return 'latest';
  const text = String(value).trim().toLowerCase();
  if (text === '' || text === 'latest') return 'latest';
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

export { parseSlice } from '../../core/data/attributes.js';

/** True for a value that is published (a number or a flag such as `<5`), false for missing ones. */
function published(v: PublishedValue | null | undefined): boolean {
  return typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && v.trim() !== '';
}

/**
 * The row of `area` for `year`: `latest` → the latest year with a published value; a year → that year's row, else
 * the nearest earlier one within `tolerance` years. Later years never stand in for an earlier one. Null when none.
 */
export function pickRow(rows: Observation[], area: string, year: YearQuery, tolerance = 0): Observation | null {
  let best: Observation | null = null;
  const code = area.trim().toUpperCase();
  for (const row of rows) {
    if (row.area !== code || !published(row.value)) continue;
    if (year !== 'latest' && (row.year > year || row.year < year - Math.max(0, tolerance))) continue;
    if (!best || row.year > best.year) best = row;
  }
  return best;
}

export interface Change {
  /** `to − from`, rounded to the more precise of the two published values' decimals (floating-point noise only). */
  difference: number;
  decimals: number;
  from: Observation;
  to: Observation;
}

/**
 * The change between two rows, or null when either value is a flag (`<5`: no number to subtract) or the rows are
 * the same year. Rounding to the published decimals removes only binary floating-point noise (27.36 − 24.3).
 */
export function changeBetween(from: Observation | null, to: Observation | null, seriesDecimals = 0): Change | null {
  if (!from || !to || from.year === to.year) return null;
  if (typeof from.value !== 'number' || typeof to.value !== 'number') return null;
  if (!Number.isFinite(from.value) || !Number.isFinite(to.value)) return null;
  const decimals = Math.max(decimalsOf(from.value), decimalsOf(to.value), Math.max(0, seriesDecimals | 0));
  const difference = Number((to.value - from.value).toFixed(decimals));
  return { difference: Object.is(difference, -0) ? 0 : difference, decimals, from, to };
}
