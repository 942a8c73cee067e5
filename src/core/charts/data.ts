import { loadCatalog, loadSeries, type Resolve } from '../data/load.js';
import { decodeSeries, matchesSlice, resolveSeries, sliceFor } from '../data/select.js';
import type { Catalog, IndicatorEntry, Observation, SeriesEntry } from '../data/types.js';
import { decimalsOf } from '../format/number.js';

/** What every chart loads: the catalog, the series an indicator means, and its rows in one slice. */
export interface ChartData {
  catalog: Catalog;
  entry: SeriesEntry;
  indicator: IndicatorEntry | undefined;
  /** Rows of the default slice (with the caller's overrides), read-only and shared between elements. */
  rows: Observation[];
}

export type ChartDataResult = { ok: true; data: ChartData } | { ok: false; code: string };

const sliced = new WeakMap<Observation[], Map<string, Observation[]>>();

/**
 * Loads catalog and series through the shared fetch cache. Slicing is cached per decoded file and slice, so a
 * hundred sparklines of one indicator decode and filter the file once.
 */
export async function loadChartData(
  resolve: Resolve,
  indicator: string | null | undefined,
  series: string | null | undefined,
  signal?: AbortSignal,
  slice: Record<string, string> = {},
  lang?: string,
): Promise<ChartDataResult> {
  const catalog = await loadCatalog(resolve, signal, { lang, indicator, series });
  const found = resolveSeries(catalog, indicator, series);
  if (!found.ok) return { ok: false, code: found.code };
  const file = await loadSeries(resolve, found.series, signal);
  const all = decodeSeries(file);
  const s = sliceFor(found.series, slice);
  const key = JSON.stringify(Object.entries(s).sort());
  let bySlice = sliced.get(all);
  if (!bySlice) sliced.set(all, (bySlice = new Map()));
  let rows = bySlice.get(key);
  if (!rows) bySlice.set(key, (rows = all.filter((r) => matchesSlice(r, s))));
  return { ok: true, data: { catalog, entry: found.series, indicator: found.indicator, rows } };
}

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
