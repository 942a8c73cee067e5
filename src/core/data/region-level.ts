import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fetchShared } from './fetch-cache.js';
import type { Resolve } from './load.js';
import { localText, type RegionText } from './local-text.js';
import {
  loadRegionCatalog,
  loadRegionFiles,
  regionMapData,
  resolveRegionIndicators,
  type RegionMapData,
  type ShapedRegion,
} from './regions.js';
import type {
  LocalizedText,
  RegionCatalog,
  RegionDatasetId,
  RegionEntry,
  RegionIndicatorEntry,
  RegionSeriesFile,
} from './types.js';
import type { YearValue } from './select.js';
import type { LoadedSeries } from './series-load.js';
import { matchArea } from './user/areas.js';
import { isTopology, regionFeatures, rewind, type PlaceFeature, type RegionFeatures } from '../geometry/features.js';
import { SdgDataError } from './errors.js';

/**
 * The region level of a map, in one place: loading the shipped regional files (or filing the reader's own
 * subdivision rows the same way) with their geometry, and turning `regionMapData`'s selection into what the
 * country-level pipeline draws (shapes and values keyed by region code). Loaded only by a map at `level="region"`.
 */
export interface RegionLevelData {
  catalog: RegionCatalog;
  files: Map<string, RegionSeriesFile>;
  /** The catalog entries the indicator resolved to for the countries asked for (resolved once, when loading). */
  entries: RegionIndicatorEntry[];
  /** Geometry files by path (`geo/kaz-2018.topo.json`). */
  topologies: Map<string, Topology>;
  /** The countries, seas and lakes around (countries.topo.json). */
  features: RegionFeatures;
}

/** The outlines around (`base`) and every geometry file of these entries, fetched once each and checked. */
async function loadGeometry(
  resolve: Resolve,
  catalog: RegionCatalog,
  datasets: readonly RegionDatasetId[],
  base: string,
  signal: AbortSignal,
): Promise<Pick<RegionLevelData, 'topologies' | 'features'>> {
  const paths = [...new Set(datasets.flatMap((d) => catalog.datasets[d]?.geometry ?? []))];
  const [baseTopo, ...topos] = await Promise.all([base, ...paths].map((p) => fetchShared(resolve(p), { signal })));
  if (!isTopology(baseTopo)) throw new SdgDataError('parse', { url: resolve(base) });
  const topologies = new Map<string, Topology>();
  paths.forEach((p, i) => {
    if (!isTopology(topos[i])) throw new SdgDataError('parse', { url: resolve(p) });
    topologies.set(p, topos[i] as Topology);
  });
  return { topologies, features: regionFeatures(baseTopo) };
}

/** The shipped regional files of `indicator` for `countries` (all with regional data when empty). */
export async function loadRegionLevel(
  resolve: Resolve,
  indicator: string,
  countries: readonly string[],
  base: string,
  signal: AbortSignal,
): Promise<RegionLevelData> {
  const { catalog, files } = await loadRegionFiles(resolve, indicator, countries, signal);
  const entries = resolveRegionIndicators(catalog, indicator, countries);
  if (!entries.length) throw new SdgDataError('unknown-indicator', { code: indicator });
  const geometry = await loadGeometry(resolve, catalog, [...new Set(entries.map((e) => e.dataset))], base, signal);
  return { catalog, files, entries, ...geometry };
}

/** National-source regions (not GDL groups) by current and earlier ISO 3166-2 code. */
function regionsByIso(catalog: RegionCatalog): Map<string, RegionEntry> {
  const out = new Map<string, RegionEntry>();
  for (const r of Object.values(catalog.regions)) {
    if (r.contains || r.level !== 'region') continue;
    for (const iso of [r.iso_3166_2, r.iso_3166_2_legacy]) if (iso && !out.has(iso)) out.set(iso, r);
  }
  return out;
}

const DATASET_OF: Record<string, RegionDatasetId> = { KAZ: 'kaz', KGZ: 'kgz' };

/**
 * The reader's subdivision rows (ISO 3166-2 codes) as the shipped regional files are read: one in-memory file per
 * national source (Kazakhstan's kazstat regions, Kyrgyzstan's NSC regions), listed in a copy of the region catalog
 * under the map's indicator, with the reader's file as its source line. The shapes, the "value without a shape"
 * listing and the split-region notes then work as for the shipped data.
 */
export async function loadUserRegionLevel(
  resolve: Resolve,
  own: Pick<LoadedSeries, 'catalog' | 'entry' | 'indicator' | 'rows'>,
  indicator: string,
  base: string,
  signal: AbortSignal,
  countries: readonly string[] = [],
): Promise<RegionLevelData> {
  const rc = await loadRegionCatalog(resolve, signal);
  const byIso = regionsByIso(rc);
  const code = indicator.trim() || 'user';
  const source: LocalizedText = own.catalog.source;
  const title: LocalizedText = own.indicator?.title ?? own.entry.title;
  const unit = own.entry.unit;
  type Group = { area: string[]; year: number[]; value: RegionSeriesFile['value']; nature: string[] };
  const groups = new Map<RegionDatasetId, Group>();
  for (const r of own.rows) {
    const m = matchArea(r.area);
    const dataset = m ? DATASET_OF[m.country] : undefined;
    if (!m || !dataset) continue;
    const area = m.kind === 'region' ? byIso.get(m.code)?.code : m.kind === 'country' ? m.code : undefined;
    if (!area) continue;
    const g = groups.get(dataset) ?? { area: [], year: [], value: [], nature: [] };
    g.area.push(area);
    g.year.push(r.year);
    g.value.push(r.value);
    g.nature.push(r.nature ?? '');
    groups.set(dataset, g);
  }
  if (!groups.size) throw new SdgDataError('no-data', { what: code });
  const indicators: Record<string, RegionIndicatorEntry> = {};
  const files = new Map<string, RegionSeriesFile>();
  const datasets = { ...rc.datasets };
  const units = { ...rc.units };
  for (const [dataset, g] of groups) {
    const id = `user/${dataset}`;
    const regional = g.year.filter((_, i) => rc.regions[g.area[i]]?.level === 'region');
    const zeros = g.area.map(() => 0);
    files.set(id, {
      id,
      dataset,
      area: g.area,
      year: g.year,
      value: g.value,
      series: { codes: [own.entry.series], index: zeros },
      unit: { codes: [unit], index: zeros },
      ...(g.nature.some(Boolean) ? { nature: g.nature } : {}),
      dims: {},
    });
    indicators[id] = {
      id,
      dataset,
      countries: [dataset === 'kaz' ? 'KAZ' : 'KGZ'],
      indicator: code,
      goal: null,
      title,
      series: [own.entry.series],
      units: [unit],
      decimals: own.entry.decimals,
      dimensions: {},
      years: [Math.min(...g.year), Math.max(...g.year)],
      regionYears: regional.length ? [Math.min(...regional), Math.max(...regional)] : null,
      regions: [...new Set(g.area.filter((a) => rc.regions[a]?.level === 'region'))],
      file: '',
      bytes: 0,
    };
    datasets[dataset] = { ...rc.datasets[dataset], source };
    units[dataset] = { ...rc.units[dataset], [unit]: { en: unit === 'PERCENT' ? '%' : unit } };
  }
  const catalog: RegionCatalog = { ...rc, indicators, datasets, units };
  const geometry = await loadGeometry(resolve, rc, [...groups.keys()], base, signal);
  return { catalog, files, entries: resolveRegionIndicators(catalog, code, countries), ...geometry };
}

const byId = new WeakMap<Topology, Map<string, Map<string, PlaceFeature>>>();
function featureById(topology: Topology, object: string, id: string): PlaceFeature | undefined {
  let objects = byId.get(topology);
  if (!objects) byId.set(topology, (objects = new Map()));
  let index = objects.get(object);
  if (!index) {
    const o = topology.objects[object] as GeometryCollection | undefined;
    const fc = o ? (feature(topology, o) as unknown as FeatureCollection<Geometry, { id?: string }>) : { features: [] };
    index = new Map(
      fc.features.filter((f) => f.geometry).map((f) => [String(f.properties?.id ?? f.id), rewind(f as PlaceFeature)]),
    );
    objects.set(object, index);
  }
  return index.get(id);
}

/** The selection for a year, plus the polygons of its shaped regions (feature id = region code) in catalog order. */
export function regionSelection(
  data: RegionLevelData,
  query: { indicator: string; year: number; countries: readonly string[]; tolerance: number; lang: string },
): { selection: RegionMapData; shapes: PlaceFeature[]; shapeKey: string } {
  const selection = regionMapData(data.catalog, data.files, query);
  const shapes: PlaceFeature[] = [];
  // City polygons after the others, so a small city is drawn (and hit) over the oblast around it.
  const cityLast = [...selection.shaped].sort((a, b) => Number(isCity(a)) - Number(isCity(b)));
  for (const s of cityLast) {
    const topo = data.topologies.get(s.shapeFile);
    const f = topo && featureById(topo, s.object, s.shapeId);
    if (f)
      shapes.push({ ...f, id: s.regionCode, properties: { ...f.properties, id: s.regionCode, name: s.shortName.text } });
  }
  return { selection, shapes, shapeKey: cityLast.map((s) => `${s.regionCode}:${s.shapeFile}#${s.shapeId}`).join() };
}

/** Regions that are cities (their names say so in English: "Almaty city", "Bishkek", the capitals). */
const CITY_NAMES = /\b(city|astana|almaty|shymkent|bishkek|osh|dushanbe|tashkent|ashgabat)\b/i;
export function isCity(r: { name: RegionText; regionCode: string }): boolean {
  return CITY_NAMES.test(r.name.text) && !/\b(region|oblast|province)\b/i.test(r.name.text);
}

/** Values by region code in the shape the country-level model reads. */
export function regionValues(selection: RegionMapData): Map<string, YearValue> {
  const out = new Map<string, YearValue>();
  for (const r of [...selection.shaped, ...selection.unshaped]) {
    if (r.value === null || r.year === null) continue;
    const row = { area: r.regionCode, year: r.year, value: r.value, series: r.series };
    out.set(r.regionCode, { row: r.nature ? { ...row, nature: r.nature } : row, nearest: r.nearest });
  }
  return out;
}

/** The latest year any region has a value in (the default `year` at region level), from the resolved entries. */
export function latestRegionYear(data: Pick<RegionLevelData, 'entries'>): number | null {
  const years = data.entries.map((e) => e.regionYears?.[1]).filter((y): y is number => typeof y === 'number');
  return years.length ? Math.max(...years) : null;
}

/** Title, unit wording, decimals and source lines of the files shown. */
export function regionMeta(selection: RegionMapData, catalog: RegionCatalog, lang: string) {
  const first = selection.sources[0];
  const title = first ? localText(first.entry.title, lang) : { text: selection.indicator, lang: 'en' };
  const unit = first ? localText(catalog.units[first.entry.dataset]?.[first.slice.unit], lang) : { text: '', lang: 'en' };
  const sources = [...new Map(selection.sources.map((s) => [s.entry.dataset, localText(s.source, lang)])).values()];
  return { title, unit, decimals: first?.entry.decimals ?? 1, sources };
}

/** Shaped regions drawn at an earlier, larger extent, with the names of the regions since split off them. */
export function splitNotes(selection: RegionMapData): Array<{ region: ShapedRegion; parts: string[] }> {
  return selection.shaped
    .filter((s) => s.larger)
    .map((s) => ({
      region: s,
      parts: selection.unshaped
        .filter((u) => u.partOf?.shapeId === s.shapeId && u.partOf.shapeFile === s.shapeFile)
        .map((u) => u.shortName.text),
    }));
}

/**
 * What `sdg-select` carries about a region: the indicator, series and goal of the file its value comes from (a GDL
 * index has no SDG code: the code asked for is given), `{}` when the region is not in the selection.
 */
export function regionSelectContext(
  selection: RegionMapData | null | undefined,
  regionCode: string,
): { indicator?: string; series?: string; goal?: number } {
  const r = selection && [...selection.shaped, ...selection.unshaped].find((x) => x.regionCode === regionCode);
  if (!r) return {};
  const entry = selection.sources.find((s) => s.entry.id === r.file)?.entry;
  const indicator = entry?.indicator ?? selection.indicator;
  return {
    ...(indicator ? { indicator } : {}),
    ...(r.series ? { series: r.series } : {}),
    ...(entry?.goal != null ? { goal: entry.goal } : {}),
  };
}
