import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fetchShared } from '../../core/data/fetch-cache.js';
import type { Resolve } from '../../core/data/load.js';
import {
  loadRegionFiles,
  localText,
  regionMapData,
  resolveRegionIndicators,
  type RegionMapData,
  type RegionText,
  type ShapedRegion,
} from '../../core/data/regions.js';
import type { RegionCatalog, RegionSeriesFile } from '../../core/data/types.js';
import type { YearValue } from '../../core/data/select.js';
import {
  isTopology,
  regionFeatures,
  rewind,
  type PlaceFeature,
  type RegionFeatures,
} from '../../core/geometry/features.js';
import { SdgDataError } from '../../core/data/errors.js';

/**
 * Region level of `<sdg-map>`: loading the regional files and their geometry, and turning `regionMapData`'s
 * selection into what the country-level pipeline already draws (shapes keyed by region code, values by region
 * code). Data work only; the element renders.
 */
export interface RegionLevelData {
  catalog: RegionCatalog;
  files: Map<string, RegionSeriesFile>;
  /** Geometry files by path (`geo/kaz-2018.topo.json`). */
  topologies: Map<string, Topology>;
  /** The countries, seas and lakes around (countries.topo.json). */
  features: RegionFeatures;
}

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
  // Every geometry file the datasets may draw with (fetched once and shared, whatever the year).
  const paths = [...new Set(entries.flatMap((e) => catalog.datasets[e.dataset]?.geometry ?? []))];
  const [baseTopo, ...topos] = await Promise.all([base, ...paths].map((p) => fetchShared(resolve(p), { signal })));
  if (!isTopology(baseTopo)) throw new SdgDataError('parse', { url: resolve(base) });
  const topologies = new Map<string, Topology>();
  paths.forEach((p, i) => {
    if (!isTopology(topos[i])) throw new SdgDataError('parse', { url: resolve(p) });
    topologies.set(p, topos[i] as Topology);
  });
  return { catalog, files, topologies, features: regionFeatures(baseTopo) };
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
      shapes.push({
        ...f,
        id: s.regionCode,
        properties: { ...f.properties, id: s.regionCode, name: s.shortName.text },
      });
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
    out.set(r.regionCode, {
      row: {
        area: r.regionCode,
        year: r.year,
        value: r.value,
        series: r.series,
        ...(r.nature ? { nature: r.nature } : {}),
      },
      nearest: r.nearest,
    });
  }
  return out;
}

/** The latest year any region has a value in (the default `year` at region level). */
export function latestRegionYear(
  data: RegionLevelData,
  indicator: string,
  countries: readonly string[],
): number | null {
  const years = resolveRegionIndicators(data.catalog, indicator, countries)
    .map((e) => e.regionYears?.[1])
    .filter((y): y is number => typeof y === 'number');
  return years.length ? Math.max(...years) : null;
}

/** Title, unit wording, decimals and source lines of the files shown. */
export function regionMeta(selection: RegionMapData, catalog: RegionCatalog, lang: string) {
  const first = selection.sources[0];
  const title = first ? localText(first.entry.title, lang) : { text: selection.indicator, lang: 'en' };
  const unit = first
    ? localText(catalog.units[first.entry.dataset]?.[first.slice.unit], lang)
    : { text: '', lang: 'en' };
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
