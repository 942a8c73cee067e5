import { fetchShared } from './fetch-cache.js';
import type { Resolve } from './load.js';
import { valuesForYear } from './select.js';
import type {
  LocalizedText,
  Observation,
  PublishedValue,
  RegionCatalog,
  RegionDatasetId,
  RegionEntry,
  RegionIndicatorEntry,
  RegionSeriesFile,
  RegionShape,
} from './types.js';
import { own } from '../own.js';

/**
 * Region level: which shipped files answer "indicator X for countries C in year Y", which slice of each file stands
 * for the total, which value each region has (nearest earlier year within a tolerance, as at country level), and
 * which polygon draws it. Pure apart from the two loaders at the end; no DOM.
 *
 * Honesty rules (data/SOURCES.md, "Regions with values but no shape of their own"):
 * - A region with a value but no polygon of its own (Abai, Jetisu, Ulytau, Osh city, GDL Bishkek and Ashgabat) is
 *   returned in `unshaped`, never dropped, with the polygon it lies inside (`partOf`) when there is one.
 * - A polygon that is the region's earlier, larger extent (`superset`: Almaty, Karaganda and East Kazakhstan regions
 *   before the 2022 splits; Osh region with Osh city inside) is flagged `larger` for the years after the split, so a
 *   map can mark it.
 * - A value is never carried past the region's last year (South Kazakhstan's 2017 value is not shown for 2018, when
 *   Turkistan and Shymkent replaced it), and regions that did not exist in the year are left out unless the source
 *   publishes a value for that very year (kazstat back-calculates some series for Abai, Jetisu and Ulytau).
 */

export { localText, type RegionText } from './local-text.js';
import type { RegionText } from './local-text.js';
import { localText } from './local-text.js';

/* ------------------------------------------------------------------------------------------------------------
 * Which files
 * ---------------------------------------------------------------------------------------------------------- */

/**
 * The regional files for an indicator and a country filter. `indicator` is an SDG code (`3.2.1`: the Kazakh and the
 * Kyrgyz file), a GDL index (`shdi`, `gdl/shdi`: one file for all six countries) or a file id (`kaz/3-2-1`).
 * Files are kept when they cover at least one of `countries` (all when the filter is empty).
 */
export function resolveRegionIndicators(
  catalog: RegionCatalog,
  indicator: string,
  countries: readonly string[] = [],
): RegionIndicatorEntry[] {
  const code = indicator.trim();
  if (!code) return [];
  const all = Object.values(catalog.indicators);
  const direct = own(catalog.indicators, code) ?? own(catalog.indicators, `gdl/${code}`);
  const found = direct ? [direct] : all.filter((e) => e.indicator === code);
  const wanted = new Set(countries.map((c) => c.toUpperCase()));
  return found.filter((e) => !wanted.size || e.countries.some((c) => wanted.has(c)));
}

/* ------------------------------------------------------------------------------------------------------------
 * Rows and slices
 * ---------------------------------------------------------------------------------------------------------- */

/** One row of a regional file, decoded. */
export interface RegionRow extends Observation {
  series: string;
  unit: string;
  /** Dimension codes by SDMX name; `''` (not specified) is kept, since it is the total of a split dimension. */
  dims: Record<string, string>;
  status?: string;
  /** Power of ten the value is expressed in (Kyrgyz files only; 0 = units). */
  unitMult?: number;
}

const decoded = new WeakMap<RegionSeriesFile, RegionRow[]>();

/** Columnar file → rows, once per file object (shared, read-only). */
export function decodeRegionRows(file: RegionSeriesFile): RegionRow[] {
  const hit = decoded.get(file);
  if (hit) return hit;
  const dimNames = Object.keys(file.dims ?? {});
  const rows: RegionRow[] = file.area.map((area, i) => {
    const dims: Record<string, string> = {};
    for (const d of dimNames) dims[d] = file.dims[d].codes[file.dims[d].index[i]] ?? '';
    const row: RegionRow = {
      area,
      year: file.year[i],
      value: file.value[i],
      series: file.series.codes[file.series.index[i]] ?? '',
      unit: file.unit.codes[file.unit.index[i]] ?? '',
      dims,
    };
    if (file.nature?.[i]) row.nature = file.nature[i];
    if (file.status?.[i]) row.status = file.status[i];
    if (file.unitMult && file.unitMult[i] !== undefined && file.unitMult[i] !== null) row.unitMult = file.unitMult[i];
    return row;
  });
  decoded.set(file, rows);
  return rows;
}

/** The slice of a file a map shows: one series, one unit, one code per dimension. */
export interface RegionSlice {
  series: string;
  unit: string;
  dims: Record<string, string>;
}

/** Total codes in the order they are preferred; `''` is "not specified", the total where a dimension is split. */
const TOTALS = ['_T', '', '_Z', 'T', 'TOTAL', 'ALL'];

/** The code with most rows (ties: the first in `order`). */
function mostRows(rows: RegionRow[], get: (r: RegionRow) => string, order: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(get(r), (counts.get(get(r)) ?? 0) + 1);
  let best: string | undefined;
  for (const code of order) {
    const n = counts.get(code) ?? 0;
    if (n && (best === undefined || n > counts.get(best)!)) best = code;
  }
  return best;
}

/**
 * The default slice of a file for the regions of `countries`, chosen like the country catalog's `defaultSlice`:
 * the first listed series that has regional rows (the file's title is its first series'), then its unit with most
 * rows, then dimension by dimension (in the catalog's order) among the rows matching what is already chosen, a total
 * code (`_T`, then `''`, …) where present, else the code with most rows. So the slice always selects regional data
 * when the file has any. `overrides` (`{series, unit, SEX: 'F'}`) win; later dimensions are chosen around them.
 */
export function regionDefaultSlice(
  entry: RegionIndicatorEntry,
  file: RegionSeriesFile,
  countries: readonly string[] = [],
  overrides: Partial<RegionSlice> & { dims?: Record<string, string> } = {},
  catalog?: RegionCatalog,
): RegionSlice {
  const wanted = new Set(countries.map((c) => c.toUpperCase()));
  const regional = decodeRegionRows(file).filter((r) => {
    const reg = catalog?.regions[r.area];
    if (reg) return reg.level === 'region' && (!wanted.size || wanted.has(reg.country));
    return entry.regions.includes(r.area);
  });
  let rows = regional.length ? regional : decodeRegionRows(file);
  const series = overrides.series ?? entry.series.find((s) => rows.some((r) => r.series === s)) ?? entry.series[0] ?? '';
  rows = rows.filter((r) => r.series === series);
  const unit = overrides.unit ?? mostRows(rows, (r) => r.unit, entry.units) ?? entry.units[0] ?? '';
  rows = rows.filter((r) => r.unit === unit);
  const dims: Record<string, string> = {};
  for (const [dim, codes] of Object.entries(entry.dimensions)) {
    const forced = overrides.dims?.[dim];
    const present = new Set(rows.map((r) => r.dims[dim] ?? ''));
    const code =
      forced ?? TOTALS.find((t) => present.has(t)) ?? mostRows(rows, (r) => r.dims[dim] ?? '', codes) ?? codes[0] ?? '';
    dims[dim] = code;
    rows = rows.filter((r) => (r.dims[dim] ?? '') === code);
  }
  return { series, unit, dims };
}

/** True when the row is in the slice. */
export function inRegionSlice(row: RegionRow, slice: RegionSlice): boolean {
  if (row.series !== slice.series || row.unit !== slice.unit) return false;
  for (const [dim, code] of Object.entries(slice.dims)) if ((row.dims[dim] ?? '') !== code) return false;
  return true;
}

/* ------------------------------------------------------------------------------------------------------------
 * Values per region
 * ---------------------------------------------------------------------------------------------------------- */

/** A region (or a national total) with its value for the year, if any. */
export interface RegionValue {
  /** `RegionEntry.code`: `KZAKM`, `KG02`, `KAZr101`; national totals `KAZ`, `KGZ`, `KAZt`. */
  regionCode: string;
  country: string;
  dataset: RegionDatasetId;
  /** Id of the file the value comes from (`kaz/3-2-1`). */
  file: string;
  /** Name in the requested language, else English. */
  name: RegionText;
  /** The name without a leading "<Country> - " (GDL writes "Kazakhstan - Almaty city"). */
  shortName: RegionText;
  iso: string | null;
  /** The published value (a number or a flag like `<5`), `null` when the region has none within the tolerance. */
  value: PublishedValue | null;
  /** Year of the value (`null` without one). */
  year: number | null;
  /** True when the value is from an earlier year than asked for. */
  nearest: boolean;
  unit: string;
  series: string;
  nature?: string;
  status?: string;
  unitMult?: number;
}

/** A region with a polygon: the file, object and feature id to draw it with. */
export interface ShapedRegion extends RegionValue {
  shapeFile: string;
  object: string;
  shapeId: string;
  match: 'exact' | 'superset';
  /**
   * True when the polygon is larger than the region was in the value's year (or the asked year without a value):
   * a `superset` shape after a part split off (Almaty region from 2022, Jetisu split off), or always where the
   * split has no date (Osh region, which surrounds Osh city).
   */
  larger: boolean;
}

/** A region without a polygon of its own, listed beside the map. */
export interface UnshapedRegion extends RegionValue {
  /** The polygon the region lies inside, in the dataset's preferred geometry, when there is one. */
  partOf: { shapeFile: string; object: string; shapeId: string } | null;
  /** The catalog's reason, e.g. "Abai region, created 2022 from East Kazakhstan". */
  note?: string;
}

/** Everything a region-level map needs for one indicator and year. */
export interface RegionMapData {
  indicator: string;
  year: number;
  /** The files used, each with the slice chosen for it. */
  sources: Array<{ entry: RegionIndicatorEntry; slice: RegionSlice; source: LocalizedText }>;
  shaped: ShapedRegion[];
  unshaped: UnshapedRegion[];
  /** National totals (`KAZ`, `KGZ`, GDL `KAZt`) in the same slice, for context. */
  national: RegionValue[];
  /** Geometry files the shaped regions need. */
  geometryFiles: string[];
  /** Countries asked for that no regional file covers (e.g. TJK for a national SDG code). */
  countriesWithoutData: string[];
  /** True when the files' units differ (e.g. two national sources): a shared colour scale would mislead. */
  unitsDiffer: boolean;
}

/** Region codes of a dataset: every code any of its files has data for (cached per catalog). */
const datasetRegions = new WeakMap<RegionCatalog, Map<RegionDatasetId, Set<string>>>();
export function regionsOfDataset(catalog: RegionCatalog, dataset: RegionDatasetId): Set<string> {
  let byDataset = datasetRegions.get(catalog);
  if (!byDataset) {
    byDataset = new Map();
    for (const e of Object.values(catalog.indicators)) {
      const set = byDataset.get(e.dataset) ?? new Set<string>();
      for (const r of e.regions) set.add(r);
      byDataset.set(e.dataset, set);
    }
    datasetRegions.set(catalog, byDataset);
  }
  return byDataset.get(dataset) ?? new Set();
}

/** True when the region existed in `year` (open bounds where the catalog gives none). */
export function regionExists(region: Pick<RegionEntry, 'validFrom' | 'validTo'>, year: number): boolean {
  return (region.validFrom ?? -Infinity) <= year && year <= (region.validTo ?? Infinity);
}

/** National-source regions by current ISO 3166-2 code (cached per catalog). */
const byIso = new WeakMap<RegionCatalog, Map<string, RegionEntry>>();
function nationalRegionByIso(catalog: RegionCatalog, iso: string): RegionEntry | undefined {
  let index = byIso.get(catalog);
  if (!index) {
    index = new Map();
    for (const r of Object.values(catalog.regions)) if (r.iso_3166_2 && !r.contains) index.set(r.iso_3166_2, r);
    byIso.set(catalog, index);
  }
  return index.get(iso);
}

/**
 * A region's name for `lang`. GDL names are English only; a GDL unit that is exactly one region of a national source
 * (`contains` one ISO code: Almaty city, Bishkek, the Kyrgyz oblasts) borrows that region's name in the language.
 */
export function regionName(catalog: RegionCatalog, region: RegionEntry, lang = 'en'): RegionText {
  const own = localText(region.name, lang);
  if (own.lang !== 'en' || lang.toLowerCase().startsWith('en') || region.contains?.length !== 1) return own;
  const twin = nationalRegionByIso(catalog, region.contains[0]);
  const borrowed = twin ? localText(twin.name, lang) : own;
  return borrowed.lang !== 'en' ? borrowed : own;
}

function stripCountry(name: RegionText, region: RegionEntry, catalog: RegionCatalog): RegionText {
  const national = Object.values(catalog.regions).find((r) => r.level === 'national' && r.country === region.country);
  const prefix = national?.name.en;
  if (prefix && name.text.startsWith(`${prefix} - `)) return { ...name, text: name.text.slice(prefix.length + 3) };
  return name;
}

export interface RegionQuery {
  /** SDG code, GDL index or file id (see `resolveRegionIndicators`). */
  indicator: string;
  year: number;
  /** Alpha-3 codes; empty = every country the files cover. */
  countries?: readonly string[];
  /** Years back a missing value may be taken from (default 3, as `<sdg-map year-tolerance>`). */
  tolerance?: number;
  /** BCP 47 tag for names (default `en`). */
  lang?: string;
  /** Slice overrides applied to every file (`{dims: {SEX: 'F'}}`). */
  slice?: Partial<RegionSlice> & { dims?: Record<string, string> };
}

interface FileSlice {
  slice: RegionSlice;
  /** The file's rows in the slice. */
  rows: RegionRow[];
  /** Every area code of the file. */
  nationalCodes: Set<string>;
}
const slices = new WeakMap<
  RegionSeriesFile,
  Array<{ key: string; catalog: RegionCatalog; entry: RegionIndicatorEntry; value: FileSlice }>
>();
const SLICES_KEPT = 8;

/**
 * The default slice of a file for some countries and its rows, once per file, countries and overrides: the same for
 * every year, so a time slider stepping through the years only picks each year's values.
 */
function sliceOf(
  catalog: RegionCatalog,
  entry: RegionIndicatorEntry,
  file: RegionSeriesFile,
  countries: string[],
  overrides: RegionQuery['slice'],
): FileSlice {
  const key = JSON.stringify([countries, overrides ?? null]);
  let list = slices.get(file);
  if (!list) slices.set(file, (list = []));
  const hit = list.find((e) => e.key === key && e.catalog === catalog && e.entry === entry);
  if (hit) return hit.value;
  const slice = regionDefaultSlice(entry, file, countries, overrides, catalog);
  const all = decodeRegionRows(file);
  const value = { slice, rows: all.filter((r) => inRegionSlice(r, slice)), nationalCodes: new Set(all.map((r) => r.area)) };
  list.unshift({ key, catalog, entry, value });
  list.length = Math.min(list.length, SLICES_KEPT);
  return value;
}

/**
 * Values of one file for the year, per region of the requested countries that existed in the year or has a value
 * for it, plus the national totals. Regions are in catalog order.
 */
export function selectRegionValues(
  catalog: RegionCatalog,
  entry: RegionIndicatorEntry,
  file: RegionSeriesFile,
  query: RegionQuery,
): { slice: RegionSlice; regions: RegionValue[]; national: RegionValue[] } {
  const countries = (query.countries ?? []).map((c) => c.toUpperCase());
  const wanted = new Set(countries.length ? countries : entry.countries);
  const { slice, rows, nationalCodes } = sliceOf(catalog, entry, file, [...wanted], query.slice);
  const best = valuesForYear(rows, query.year, query.tolerance ?? 3);
  const lang = query.lang ?? 'en';
  const codes = regionsOfDataset(catalog, entry.dataset);
  const regions: RegionValue[] = [];
  const national: RegionValue[] = [];
  for (const region of Object.values(catalog.regions)) {
    if (!wanted.has(region.country)) continue;
    const isNational = region.level === 'national';
    if (isNational ? !nationalCodes.has(region.code) : !codes.has(region.code)) continue;
    const hit = best.get(region.code);
    const exists = regionExists(region, query.year);
    // A value of the year itself is always shown (kazstat publishes some back-calculated values of regions created
    // later); an earlier year's value is only carried into a year in which the region still existed.
    const usable = hit && (hit.row.year === query.year || exists) ? hit : undefined;
    if (!usable && !exists) continue;
    const row = usable?.row as RegionRow | undefined;
    const name = regionName(catalog, region, lang);
    const value: RegionValue = {
      regionCode: region.code,
      country: region.country,
      dataset: entry.dataset,
      file: entry.id,
      name,
      shortName: stripCountry(name, region, catalog),
      iso: region.iso_3166_2,
      value: row ? row.value : null,
      year: row ? row.year : null,
      nearest: usable?.nearest ?? false,
      unit: slice.unit,
      series: slice.series,
    };
    if (row?.nature) value.nature = row.nature;
    if (row?.status) value.status = row.status;
    if (row?.unitMult !== undefined) value.unitMult = row.unitMult;
    (isNational ? national : regions).push(value);
  }
  return { slice, regions, national };
}

/* ------------------------------------------------------------------------------------------------------------
 * Shapes
 * ---------------------------------------------------------------------------------------------------------- */

/** First shape of the region, in the order of the dataset's geometry files, whose match is one of `matches`. */
function pickShape(
  region: RegionEntry,
  geometry: readonly string[],
  matches: ReadonlyArray<RegionShape['match']>,
): RegionShape | undefined {
  for (const file of geometry) {
    const s = region.shapes.find((sh) => sh.file === file && matches.includes(sh.match));
    if (s) return s;
  }
  return undefined;
}

/** The first year a part of `shape` became a region of its own (from the regions drawn `part_of` it), or null. */
function splitYear(catalog: RegionCatalog, shape: RegionShape): number | null {
  let year: number | null = null;
  for (const r of Object.values(catalog.regions)) {
    if (!r.shapes.some((s) => s.match === 'part_of' && s.file === shape.file && s.id === shape.id)) continue;
    if (r.validFrom === undefined) return null;
    year = year === null ? r.validFrom : Math.min(year, r.validFrom);
  }
  return year;
}

/** Splits values into regions drawn with a polygon and regions listed beside the map. */
export function joinRegionShapes(
  catalog: RegionCatalog,
  values: readonly RegionValue[],
  year: number,
): { shaped: ShapedRegion[]; unshaped: UnshapedRegion[] } {
  const shaped: ShapedRegion[] = [];
  const unshaped: UnshapedRegion[] = [];
  for (const v of values) {
    const region = catalog.regions[v.regionCode];
    const geometry = catalog.datasets[v.dataset]?.geometry ?? [];
    const shape = region && region.hasShape ? pickShape(region, geometry, ['exact', 'superset']) : undefined;
    if (shape) {
      const split = shape.match === 'superset' ? splitYear(catalog, shape) : null;
      const larger = shape.match === 'superset' && (split === null || (v.year ?? year) >= split);
      shaped.push({ ...v, shapeFile: shape.file, object: shape.object, shapeId: shape.id, match: shape.match as 'exact' | 'superset', larger });
    } else {
      const parent = region ? pickShape(region, geometry, ['part_of']) : undefined;
      const u: UnshapedRegion = {
        ...v,
        partOf: parent ? { shapeFile: parent.file, object: parent.object, shapeId: parent.id } : null,
      };
      if (region?.note) u.note = region.note;
      unshaped.push(u);
    }
  }
  return { shaped, unshaped };
}

/**
 * The whole selection: files for the indicator and countries, their default slices, values per region in `year`
 * with the nearest-year rule, joined to shapes. `files` holds the loaded files by id (`kaz/3-2-1`); a file not
 * given is skipped (load it with `loadRegionFile`).
 */
export function regionMapData(
  catalog: RegionCatalog,
  files: ReadonlyMap<string, RegionSeriesFile> | Record<string, RegionSeriesFile>,
  query: RegionQuery,
): RegionMapData {
  const get = (id: string) => (files instanceof Map ? files.get(id) : (files as Record<string, RegionSeriesFile>)[id]);
  const countries = (query.countries ?? []).map((c) => c.toUpperCase());
  const entries = resolveRegionIndicators(catalog, query.indicator, countries);
  const sources: RegionMapData['sources'] = [];
  const values: RegionValue[] = [];
  const national: RegionValue[] = [];
  for (const entry of entries) {
    const file = get(entry.id);
    if (!file) continue;
    const picked = selectRegionValues(catalog, entry, file, { ...query, countries: countries.length ? countries.filter((c) => entry.countries.includes(c)) : [] });
    sources.push({ entry, slice: picked.slice, source: catalog.datasets[entry.dataset].source });
    values.push(...picked.regions);
    national.push(...picked.national);
  }
  const { shaped, unshaped } = joinRegionShapes(catalog, values, query.year);
  const covered = new Set(entries.flatMap((e) => e.countries));
  return {
    indicator: query.indicator,
    year: query.year,
    sources,
    shaped,
    unshaped,
    national,
    geometryFiles: [...new Set(shaped.map((s) => s.shapeFile))],
    countriesWithoutData: countries.filter((c) => !covered.has(c)),
    unitsDiffer: new Set(sources.map((s) => s.slice.unit)).size > 1,
  };
}

/**
 * Years in which at least one region of `countries` (all when empty) has a value in the default slice of any file
 * of `indicator`, ascending: the years a time slider marks as having data at region level.
 */
export function regionDataYears(
  catalog: RegionCatalog,
  files: ReadonlyMap<string, RegionSeriesFile> | Record<string, RegionSeriesFile>,
  indicator: string,
  countries: readonly string[] = [],
): number[] {
  const get = (id: string) => (files instanceof Map ? files.get(id) : (files as Record<string, RegionSeriesFile>)[id]);
  const wanted = new Set(countries.map((c) => c.toUpperCase()));
  const years = new Set<number>();
  for (const entry of resolveRegionIndicators(catalog, indicator, countries)) {
    const file = get(entry.id);
    if (!file) continue;
    const scope = wanted.size ? entry.countries.filter((c) => wanted.has(c)) : entry.countries;
    const slice = regionDefaultSlice(entry, file, scope, {}, catalog);
    for (const r of decodeRegionRows(file)) {
      const region = catalog.regions[r.area];
      if (region?.level === 'region' && scope.includes(region.country) && inRegionSlice(r, slice)) years.add(r.year);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/* ------------------------------------------------------------------------------------------------------------
 * Loading
 * ---------------------------------------------------------------------------------------------------------- */

export function loadRegionCatalog(resolve: Resolve, signal?: AbortSignal): Promise<RegionCatalog> {
  return fetchShared<RegionCatalog>(resolve('regions/catalog.json'), { signal });
}

export function loadRegionFile(resolve: Resolve, entry: RegionIndicatorEntry, signal?: AbortSignal): Promise<RegionSeriesFile> {
  return fetchShared<RegionSeriesFile>(resolve(entry.file), { signal });
}

/** Loads the catalog and the files of `indicator` for `countries`, by id. */
export async function loadRegionFiles(
  resolve: Resolve,
  indicator: string,
  countries: readonly string[] = [],
  signal?: AbortSignal,
): Promise<{ catalog: RegionCatalog; files: Map<string, RegionSeriesFile> }> {
  const catalog = await loadRegionCatalog(resolve, signal);
  const entries = resolveRegionIndicators(catalog, indicator, countries);
  const loaded = await Promise.all(entries.map(async (e) => [e.id, await loadRegionFile(resolve, e, signal)] as const));
  return { catalog, files: new Map(loaded) };
}
