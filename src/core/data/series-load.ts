import { SdgDataError } from './errors.js';
import { loadCatalog, loadSeries, type Resolve } from './load.js';
import { decodeSeries, matchesSlice, resolveSeries, sliceFor } from './select.js';
import type { Catalog, IndicatorEntry, Observation, SeriesEntry } from './types.js';

/** A shipped series as every data element reads it: the catalog, the series an indicator means, and its rows. */
export interface LoadedSeries {
  catalog: Catalog;
  entry: SeriesEntry;
  indicator: IndicatorEntry | undefined;
  /** The rows asked for (all of them, or one slice), read-only and shared between elements. */
  rows: Observation[];
}

/** What to load of the shipped data. */
export interface ShippedQuery {
  indicator?: string | null;
  series?: string | null;
  /** Language of the catalog's text (titles, units); English when unset. */
  lang?: string | null;
  /**
   * `'all'`: every row of the file (the element slices it itself); else the series' default slice with these
   * overrides (`{}`: the default slice).
   */
  slice?: Record<string, string> | 'all';
}

const sliced = new WeakMap<Observation[], Map<string, Observation[]>>();

/**
 * Catalog → the series an indicator (or series code) means → its file, checked, → decoded rows, all through the
 * shared fetch cache. Slicing is cached per decoded file and slice, so a hundred sparklines of one indicator decode
 * and filter the file once. Throws `SdgDataError` `unknown-indicator` for a code the catalog does not know and
 * `parse` for a file that is not a series file; an abort rejects with the signal's reason.
 */
export async function loadShippedSeries(resolve: Resolve, q: ShippedQuery, signal?: AbortSignal): Promise<LoadedSeries> {
  const { indicator, series } = q;
  const catalog = await loadCatalog(resolve, signal, { lang: q.lang ?? undefined, indicator, series });
  const found = resolveSeries(catalog, indicator, series);
  if (!found.ok) throw new SdgDataError('unknown-indicator', { code: found.code || String(series || indicator || '') });
  const file = await loadSeries(resolve, found.series, signal);
  if (!file || !Array.isArray(file.area)) throw new SdgDataError('parse', { url: resolve(found.series.file) });
  const all = decodeSeries(file);
  return { catalog, entry: found.series, indicator: found.indicator, rows: sliceRows(found.series, all, q.slice) };
}

/** `all` cut to one slice of `entry` (see `ShippedQuery.slice`), cached per rows array and slice. */
export function sliceRows(
  entry: SeriesEntry,
  all: Observation[],
  slice: Record<string, string> | 'all' = {},
): Observation[] {
  if (slice === 'all') return all;
  const s = sliceFor(entry, slice);
  const key = JSON.stringify(Object.entries(s).sort());
  let bySlice = sliced.get(all);
  if (!bySlice) sliced.set(all, (bySlice = new Map()));
  let rows = bySlice.get(key);
  if (!rows) bySlice.set(key, (rows = all.filter((r) => matchesSlice(r, s))));
  return rows;
}

/**
 * Whether loaded rows are the series an element asks for: `series` when it is set, else the headline series of
 * `indicator` (the loaded value's indicator code). An element keeps such rows drawn while only its words reload.
 */
export function isSeriesAsked(
  v: { entry: { series: string }; indicator?: { code: string } | null } | null | undefined,
  indicator: string,
  series: string | null | undefined,
): boolean {
  const code = indicator.trim();
  const s = (series ?? '').trim();
  return !!v && (s ? v.entry.series === s : !!code && v.indicator?.code === code);
}
