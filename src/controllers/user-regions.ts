import type { Topology } from 'topojson-specification';
import { fetchShared } from '../core/data/fetch-cache.js';
import type { Resolve } from '../core/data/load.js';
import { loadRegionCatalog } from '../core/data/regions.js';
import type {
  LocalizedText,
  RegionCatalog,
  RegionDatasetId,
  RegionEntry,
  RegionIndicatorEntry,
  RegionSeriesFile,
} from '../core/data/types.js';
import { matchArea } from '../core/data/user-data.js';
import { isTopology, regionFeatures, type RegionFeatures } from '../core/geometry/features.js';
import { SdgDataError } from '../core/data/errors.js';
import type { UserChartData } from './user-data.js';

/**
 * The user's subdivision rows (ISO 3166-2 codes) as the region level of a map reads the shipped regional files: one
 * in-memory file per national source (Kazakhstan's kazstat regions, Kyrgyzstan's NSC regions), listed in a copy of
 * the region catalog under the map's indicator, with the user's file as its source line. The shapes, the
 * "value without a shape" listing and the split-region notes then work as for the shipped data.
 */
export interface UserRegionLevel {
  catalog: RegionCatalog;
  files: Map<string, RegionSeriesFile>;
  topologies: Map<string, Topology>;
  features: RegionFeatures;
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

export async function loadUserRegionLevel(
  resolve: Resolve,
  own: UserChartData,
  indicator: string,
  base: string,
  signal: AbortSignal,
): Promise<UserRegionLevel> {
  const rc = await loadRegionCatalog(resolve, signal);
  const byIso = regionsByIso(rc);
  const code = indicator.trim() || 'user';
  const source: LocalizedText = own.catalog.source;
  const title: LocalizedText = own.indicator?.title ?? own.entry.title;
  const unit = own.entry.unit;
  const groups = new Map<
    RegionDatasetId,
    { area: string[]; year: number[]; value: RegionSeriesFile['value']; nature: string[] }
  >();
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
  const paths = [...new Set([...groups.keys()].flatMap((d) => rc.datasets[d]?.geometry ?? []))];
  const [baseTopo, ...topos] = await Promise.all([base, ...paths].map((p) => fetchShared(resolve(p), { signal })));
  if (!isTopology(baseTopo)) throw new SdgDataError('parse', { url: resolve(base) });
  const topologies = new Map<string, Topology>();
  paths.forEach((p, i) => {
    if (!isTopology(topos[i])) throw new SdgDataError('parse', { url: resolve(p) });
    topologies.set(p, topos[i] as Topology);
  });
  return { catalog, files, topologies, features: regionFeatures(baseTopo) };
}
