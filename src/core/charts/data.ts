import type { LoadedSeries } from '../data/series-load.js';
import type { Observation } from '../data/types.js';
import { decimalsOf } from '../format/number.js';

/** What every chart loads: the catalog, the series an indicator means, and its rows in one slice. */
export type ChartData = LoadedSeries;

export { codeList } from '../data/attributes.js';

/**
 * Decimals to print the values of a chart with: the most any of `rows` (the areas shown) was published with, so that
 * 10 and 10.3 line up as 10.0 and 10.3 but a series whose other slices carry five decimals does not pad to 10.00000.
 * Never fewer than a value's own (the formatter keeps those).
 */
export function displayDecimals(rows: readonly Observation[], areas: readonly string[]): number {
  const wanted = new Set(areas);
  let most = 0;
  for (const r of rows)
    if (wanted.has(r.area) && typeof r.value === 'number') most = Math.max(most, decimalsOf(r.value));
  return most;
}

const byArea = new WeakMap<readonly Observation[], Map<string, Observation[]>>();

/** Rows of one area, grouped once per rows array (a page of sparklines of one indicator groups it once). */
export function rowsOfArea(rows: readonly Observation[], area: string): Observation[] {
  let groups = byArea.get(rows);
  if (!groups) {
    groups = new Map();
    for (const r of rows) {
      const list = groups.get(r.area);
      if (list) list.push(r);
      else groups.set(r.area, [r]);
    }
    byArea.set(rows, groups);
  }
  return groups.get(area) ?? [];
}
