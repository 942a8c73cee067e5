import type { Catalog, IndicatorEntry, Observation, SeriesEntry, SeriesFile } from './types.js';
import { own } from '../own.js';

/**
 * Selecting what an element shows from the shipped data: which series an indicator means, which slice of its
 * disaggregations, and which value stands for each area in a year. Pure; no fetching.
 */

export type ResolveResult =
  | { ok: true; series: SeriesEntry; indicator: IndicatorEntry | undefined }
  | { ok: false; code: string };

/**
 * `indicator="3.2.1"` → its headline series; `series="SH_DYN_MORT"` wins when given. An indicator code may also be a
 * series code (`indicator="SH_DYN_MORT"`), which some users will type.
 */
export function resolveSeries(catalog: Catalog, indicator?: string | null, series?: string | null): ResolveResult {
  const ind = indicator ? own(catalog.indicators, indicator.trim()) : undefined;
  const seriesCode = series?.trim() || ind?.headline || (indicator && own(catalog.series, indicator.trim()) ? indicator.trim() : '');
  const entry = seriesCode ? own(catalog.series, seriesCode) : undefined;
  if (!entry) return { ok: false, code: (series || indicator || '').trim() };
  const indEntry = ind ?? own(catalog.indicators, entry.indicators[0]);
  return { ok: true, series: entry, indicator: indEntry };
}

const decoded = new WeakMap<SeriesFile, Observation[]>();

/**
 * Columnar file → rows, decoded once per file object (every element showing the file shares the rows; treat them as
 * read-only). Dimension codes are decoded; an empty code means "not specified".
 */
export function decodeSeries(file: SeriesFile): Observation[] {
  const hit = decoded.get(file);
  if (hit) return hit;
  const n = file.area.length;
  const dimNames = Object.keys(file.dims);
  const rows: Observation[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const dims: Record<string, string> = {};
    for (const d of dimNames) {
      const code = file.dims[d].codes[file.dims[d].index[i]];
      if (code) dims[d] = code;
    }
    rows[i] = {
      area: file.area[i],
      series: file.series,
      year: file.year[i],
      value: file.value[i],
      unit: file.unit,
      nature: file.nature[i] || undefined,
      dims,
    };
  }
  decoded.set(file, rows);
  return rows;
}

/** True when every dimension named in `slice` has that code on the row (a dimension the row lacks matches ''). */
export function matchesSlice(row: Observation, slice: Record<string, string>): boolean {
  for (const [dim, code] of Object.entries(slice)) {
    if ((row.dims?.[dim] ?? '') !== code) return false;
  }
  return true;
}

/** The series' default slice merged with the caller's overrides (e.g. `{sex: 'FEMALE'}`). */
export function sliceFor(entry: SeriesEntry, overrides: Record<string, string> = {}): Record<string, string> {
  return { ...entry.defaultSlice, ...overrides };
}

export interface YearValue {
  row: Observation;
  /** True when the value is from an earlier year than asked for. */
  nearest: boolean;
}

/**
 * For each area, the value of `year`; where there is none, the nearest earlier year within `tolerance` years.
 * Rows must already be restricted to one series and one slice. Later years are never used for an earlier one.
 */
export function valuesForYear(rows: Observation[], year: number, tolerance = 3): Map<string, YearValue> {
  const best = new Map<string, YearValue>();
  for (const row of rows) {
    if (row.year > year || row.year < year - Math.max(0, tolerance)) continue;
    const current = best.get(row.area);
    if (!current || row.year > current.row.year) best.set(row.area, { row, nearest: row.year !== year });
  }
  return best;
}

/** A numeric value, or null for a flag (`>95`, `<5`, `N`) that must not be plotted as a number. */
export function numericValue(value: Observation['value'] | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** True for estimated or modelled values (nature E or M), which elements mark as such. */
export function isEstimate(row: Pick<Observation, 'nature'>): boolean {
  return row.nature === 'E' || row.nature === 'M';
}
