import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { SdgDataError } from '../../core/data/errors.js';
import { fetchShared } from '../../core/data/fetch-cache.js';
import { COUNTRY_OUTLINES, outlinesFor, PROJECTED_OUTLINES, textLanguage, type Resolve } from '../../core/data/load.js';
import type { RegionMapData } from '../../core/data/regions.js';
import { isTopology, type PlaceFeature, type RegionFeatures } from '../../core/geometry/outlines.js';
import { projectedFeatures, projectedWith } from '../../core/geometry/planar.js';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.js';
import { SeriesData } from '../../controllers/series-data.js';
import { userDataDetail, type UserFileFormat } from '../../controllers/user-data-view.js';
import { emit } from '../../events/events.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { MapRegionData } from './sdg-map.region-view.js';
import type { MapData } from './sdg-map.view.js';

const RIVERS = 'geo/rivers.topo.json';

/** The region level's code, imported on the first `level="region"` (a country-level map never loads it). */
export type RegionPart = typeof import('./sdg-map.region-view.js');

/**
 * The outlines of `path` as features: the planar file as it is (no spherical code), the longitude/latitude one with
 * d3-geo's projections, imported then (a default map never loads them).
 */
async function outlineFeatures(topology: unknown, path: string, url: string): Promise<RegionFeatures> {
  const planar = path === PROJECTED_OUTLINES;
  if (!isTopology(topology) || (planar && !projectedWith(topology))) throw new SdgDataError('parse', { url });
  return planar
    ? projectedFeatures(topology)
    : (await import('../../core/geometry/features.js')).regionFeatures(topology);
}

/** The attributes of `<sdg-map>` its data depends on. */
export interface MapDataHost extends ReactiveControllerHost, HTMLElement {
  level: 'country' | 'region';
  projection: string;
  indicator: string;
  series: string;
  src: string | null;
  data: unknown;
  label: string | null;
  dataBase: string | null;
}

export interface MapDataOptions {
  resolve: Resolve;
  localize: LocalizeController;
  onError: (e: unknown) => void;
  /** The countries asked for (`countries`), and the layers on (`rivers`, `capitals`…). */
  countries: () => string[];
  layers: () => Set<string>;
  /** How the reader's file writes numbers and separates cells (`SdgUserDataElement.fileFormat`). */
  fileFormat: () => UserFileFormat;
}

/**
 * What `<sdg-map>` draws from: at country level the reader's data or the shipped series (`SeriesData`, the one data
 * path of every element) with the outlines fetched alongside; at region level the regional files through the region
 * part, imported then; and the rivers when their layer is on. Each load is aborted when its inputs change or the map
 * is removed.
 */
export class MapDataController {
  /** The region part, once a map has shown the region level. */
  region: RegionPart | null = null;
  /** @internal the outlines file of the current load, and its request */
  private outlines: { path: string; file: Promise<unknown> } | null = null;
  readonly country: SeriesData<MapData>;
  readonly regions: Task<readonly unknown[], MapRegionData | null>;
  readonly rivers: Task<readonly unknown[], PlaceFeature[] | null>;
  /** @internal a removed map stops waiting for its data */ private readonly detach: AbortOnDisconnect;

  constructor(host: MapDataHost, o: MapDataOptions) {
    const query = () => ({
      indicator: host.indicator,
      series: host.series,
      src: host.src,
      data: host.data,
      label: host.label,
      ...o.fileFormat(),
    });
    const outlines = () =>
      outlinesFor({ projection: host.projection, countries: o.countries().length > 0, layers: o.layers() });
    this.country = new SeriesData<MapData>(host, {
      resolve: o.resolve,
      localize: o.localize,
      // The language picks the catalog's text file: a new language reads that language's titles.
      query: () =>
        host.level === 'region' ? null : { ...query(), lang: textLanguage(o.localize.lang()), slice: 'all' },
      // Another projection, a fit to some countries, rivers or capitals load the longitude/latitude outlines.
      inputs: () => [host.dataBase, outlines()],
      // The outlines do not depend on the catalog: fetched alongside it, not after.
      alongside: (signal) => {
        const path = outlines();
        this.outlines = { path, file: fetchShared(o.resolve(path), { signal }) };
        this.outlines.file.catch(() => {}); // a failed catalog is reported first; this rejection is then nobody's
      },
      then: async (loaded) => {
        const { path, file } = this.outlines!;
        return { ...loaded, features: await outlineFeatures(await file, path, o.resolve(path)) };
      },
      onError: o.onError,
    });
    this.regions = new Task(host, {
      task: async ([level, , countries], { signal }): Promise<MapRegionData | null> => {
        if (level !== 'region') return null;
        const part = (this.region ??= await import('./sdg-map.region-view.js'));
        // Its rules come with it, before its first drawing.
        part.addRegionStyles(host);
        const q = { ...query(), countries: countries ? String(countries).split(' ') : [], base: COUNTRY_OUTLINES };
        return part.loadMapRegions(o.resolve, q, signal, (own) =>
          emit(host, 'sdg-error', userDataDetail(own, o.localize, host.src ?? undefined)),
        );
      },
      args: () => {
        const { decimal, delimiter } = o.fileFormat();
        const q = [host.level, host.indicator, o.countries().join(' '), host.dataBase, host.src, host.data, host.label];
        return [...q, decimal, delimiter];
      },
      onError: o.onError,
    });
    this.rivers = new Task(host, {
      task: async ([wanted], { signal }): Promise<PlaceFeature[] | null> => {
        if (!wanted) return null;
        const topology = await fetchShared(o.resolve(RIVERS), { signal });
        if (!isTopology(topology)) throw new SdgDataError('parse', { url: o.resolve(RIVERS) });
        return (await import('../../core/geometry/features.js')).riverFeatures(topology);
      },
      args: () => [o.layers().has('rivers'), host.dataBase] as const,
      onError: o.onError,
    });
    this.detach = new AbortOnDisconnect(host, () => [this.regions, this.rivers]);
  }

  /** The task whose data is drawn at `level`. */
  active(level: string): Task<readonly unknown[], unknown> {
    return (level === 'region' ? this.regions : this.country.task) as Task<readonly unknown[], unknown>;
  }

  /** The loaded data of `level` when its load has completed (the region part with it at region level). */
  complete(level: string): { data?: MapData; rdata?: MapRegionData; region?: RegionPart } {
    if (level !== 'region') return { data: this.country.complete ?? undefined };
    const r = this.regions.status === TaskStatus.COMPLETE ? this.regions.value : null;
    return r && this.region ? { rdata: r, region: this.region } : {};
  }

  /** What `sdg-select` tells about the shape `id` besides its value: the indicator, series and goal drawn. */
  selectContext(level: string, selection: RegionMapData | undefined, id: string): Record<string, unknown> {
    // At region level the country-level task is idle: the region's own file names indicator, series and goal.
    const d = level === 'region' ? null : this.country.value;
    return d
      ? { indicator: d.indicator?.code, series: d.entry.series, goal: d.entry.goal }
      : (this.region?.regionSelectContext(selection, id) ?? {});
  }

  /** The latest year of the data shown (the default `year`). */
  latestYear(level: string): number | null {
    if (level !== 'region') return this.country.value?.entry.years?.[1] ?? null;
    const r = this.regions.value;
    return r && this.region ? this.region.latestRegionYear(r) : null;
  }
}
