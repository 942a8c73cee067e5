/**
 * `<sdg-map level="region">`'s part, imported when a map first shows the region level (a country-level map never
 * loads it): its data, from the reader's file or the shipped regional files, and its view model.
 */
import { decodeRegionRows, inRegionSlice } from '../../core/data/regions.js';
import {
  loadRegionLevel,
  loadUserRegionLevel,
  regionMeta,
  regionValues,
  splitNotes,
  type RegionLevelData,
} from '../../core/data/region-level.js';
import type { Resolve } from '../../core/data/load.js';
import type { PublishedValue } from '../../core/data/types.js';
import type { UserDataResult } from '../../core/data/user-data.js';
import { formatValue, formatYear } from '../../core/format/number.js';
import type { MapGeometry } from '../../core/geometry/shapes.js';
import { buildMapModel, type MapModel } from '../../core/geometry/map-model.js';
import { domainOverYears } from '../../core/scales/domain.js';
import { loadUserChartData } from '../../controllers/user-data-lazy.js';
import type { UserChartQuery } from '../../controllers/user-data-view.js';
import { viewCommon, type MapMeta, type MapViewInput } from './sdg-map.view.js';

export { latestRegionYear, regionSelectContext, regionSelection } from '../../core/data/region-level.js';
export { addRegionStyles } from './sdg-map.region.styles.js';

/** The region level's data, with the reader's rows that were left out when the data are the reader's. */
export type MapRegionData = RegionLevelData & { own?: UserDataResult };

/** The region level of `q`: the reader's rows filed by region when given (`onRejected` for rows left out), else the shipped files. */
export async function loadMapRegions(
  resolve: Resolve,
  q: UserChartQuery & { countries: readonly string[]; base: string },
  signal: AbortSignal,
  onRejected: (own: UserDataResult) => void,
): Promise<MapRegionData> {
  const own = await loadUserChartData(resolve, q, signal);
  const indicator = q.indicator ?? '';
  if (!own) return loadRegionLevel(resolve, indicator, q.countries, q.base, signal);
  if (own.own.rejected) onRejected(own.own);
  return { ...(await loadUserRegionLevel(resolve, own, indicator, q.base, signal, q.countries)), own: own.own };
}

const regionGeometries = new WeakMap<MapGeometry, { covered: string; value: MapGeometry }>();

/**
 * Regions are the coloured shapes; the countries around (and the six without regional data) are context. One object
 * per geometry and covered countries, so that the model's parts that do not change with the year are reused.
 */
function regionGeometry(geometry: MapGeometry, covered: string[]): MapGeometry {
  const key = covered.join();
  const hit = regionGeometries.get(geometry);
  if (hit?.covered === key) return hit.value;
  const value = {
    ...geometry,
    focus: geometry.regions,
    context: [...geometry.context, ...geometry.focus.filter((g) => !covered.includes(g.id))],
  };
  regionGeometries.set(geometry, { covered: key, value });
  return value;
}

/** The render model and what the drawing needs besides it, at region level. */
export function regionView(input: MapViewInput): { model: MapModel; meta: MapMeta } {
  const { t, geometry, rdata, sel, covered, focusIds, lang } = input;
  const { fixedYears, common, words, countryName, textKey } = viewCommon(input);
  let model: MapModel | null = null;
  let meta: MapMeta | null = null;
  if (sel && rdata) {
    const { selection } = sel;
    const scope = new Set(input.countryList.length ? input.countryList : covered);
    const domain =
      input.domain ??
      (fixedYears &&
        domainOverYears(
          selection.sources.flatMap(({ entry, slice }) =>
            decodeRegionRows(rdata.files.get(entry.id)!).filter((r) => {
              const reg = rdata.catalog.regions[r.area];
              // Regions with a shape: the listed ones (Osh city's under-five mortality is 70 where the oblasts
              // are 10–25) are not coloured, so they would only wash the colours out.
              return reg?.level === 'region' && reg.hasShape && scope.has(reg.country) && inRegionSlice(r, slice);
            }),
          ),
          fixedYears,
          input.bins,
        ));
    const info = regionMeta(selection, rdata.catalog, lang);
    const names = new Map([...selection.shaped, ...selection.unshaped].map((r) => [r.regionCode, r.shortName]));
    // Each value with the digits it was published with (a file's `decimals` is its most precise row's: 6 for some
    // Kyrgyz series, which would print 36.9 as 36.900000).
    const fmt = (v: PublishedValue) =>
      formatValue(v, lang, {
        decimals:
          typeof v === 'number' ? Math.min(info.decimals, (String(v).split('.')[1] ?? '').length) : info.decimals,
      });
    model = buildMapModel({
      ...common,
      geometry: regionGeometry(geometry, covered),
      // The regions' names (a year with the same shapes has the same names): with them, the year's model reuses the
      // names, layers and label places of the last one.
      textKey: [...textKey, JSON.stringify(geometry.regions.map((g) => names.get(g.id) ?? null))],
      values: regionValues(selection),
      domain,
      focusLayer: 'region',
      text: {
        ...words,
        name: (code, fallback) => names.get(code) ?? countryName(code, fallback),
        value: fmt,
        unit: info.unit.text === '%' ? '' : info.unit.text,
        legendUnit: info.unit.text,
      },
    });
    const splits = splitNotes(selection);
    meta = {
      title: info.title,
      sources: info.sources,
      event: { indicator: input.indicator },
      unshaped: selection.unshaped.map((u) => ({
        code: u.regionCode,
        name: u.shortName,
        value: u.value === null ? t.term('noData') : fmt(u.value),
        year: u.year === null ? '' : formatYear(u.year, lang),
        nearest: u.nearest,
        note: u.partOf
          ? (names.get(selection.shaped.find((s) => s.shapeId === u.partOf!.shapeId)?.regionCode ?? '')?.text ?? '')
          : '',
      })),
      splits: splits.map((x) => t.term('regionSplit', x.region.shortName.text, x.parts.join(', '))),
      larger: new Set(splits.map((x) => x.region.regionCode)),
      borders: geometry.focus.filter((g) => covered.includes(g.id) || focusIds.includes(g.id)).map((g) => g.d),
    };
  }
  return { model: model!, meta: meta! };
}
