import { valuesForYear } from '../../core/data/select.js';
import { sliceRows } from '../../core/data/series-load.js';
import type { Catalog, IndicatorEntry, Observation, SeriesEntry } from '../../core/data/types.js';
import { areaName, hasAreaName } from '../../core/format/area-name.js';
import { dataLocale, formatNumber, formatValue, formatYear } from '../../core/format/number.js';
import { localeData } from '../../core/locale/registry.js';
import type { PlaceFeature, RegionFeatures } from '../../core/geometry/outlines.js';
import type { MapGeometry } from '../../core/geometry/shapes.js';
import { buildMapModel, type MapModel } from '../../core/geometry/map-model.js';
import type { MapMemo } from '../../core/geometry/map-memo.js';
import { SIX_COUNTRIES } from '../../core/data/attributes.js';
import { CAPITALS, parseBasins, placeName } from '../../core/geometry/places.js';
import { domainOverYears, parseYears } from '../../core/scales/domain.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { RegionLevelData, regionSelection } from '../../core/data/region-level.js';
import type { UnshapedItem } from './sdg-map.templates.js';
import type { MapRegionData } from './sdg-map.region-view.js';
import type { RegionPart } from './sdg-map.data.js';
import { primaryLanguage } from '../../core/locale/match.js';

/**
 * `<sdg-map>`'s view model per draw: the core render model (`buildMapModel`) fed with the country series or the
 * regional selection, with the element's words, plus the title, sources and region-level extras. No DOM.
 */

/** Country level: the catalog entry, its decoded rows and the map's features. */
export interface MapData {
  catalog: Catalog;
  entry: SeriesEntry;
  indicator?: IndicatorEntry;
  rows: Observation[];
  features: RegionFeatures;
}

/** What the drawing needs besides the model. */
export interface MapMeta {
  title: { text: string; lang: string };
  sources: Array<{ text: string; lang: string }>;
  /** `sdg-render`'s detail. */
  event: { indicator?: string; series?: string };
  /** Regions listed beside the map (no shape of their own). */
  unshaped: UnshapedItem[];
  /** Source-line notes on regions drawn at an earlier, larger extent. */
  splits: string[];
  larger: Set<string>;
  /** Path data of the country borders drawn over the regions. */
  borders: string[];
}

export interface MapViewInput {
  t: LocalizeController;
  geometry: MapGeometry;
  data: MapData | undefined;
  rdata: RegionLevelData | undefined;
  sel: ReturnType<typeof regionSelection> | null;
  /** Countries with regional data (region level). */
  covered: string[];
  focusIds: string[];
  year: number;
  lang: string;
  width: number;
  layerSet: Set<string>;
  indicator: string;
  countryList: string[];
  yearTolerance: number;
  bins: number;
  scheme: string;
  slice: Record<string, string>;
  highlightBasin: string;
  domain: [number, number] | null;
  legendYears: string;
}

/** What both levels feed `buildMapModel` with: the options, the words, and country names. */
export function viewCommon(input: MapViewInput) {
  const { t, year, lang, width, layerSet } = input;
  const fixedYears = parseYears(input.legendYears);
  const common = {
    year,
    bins: input.bins,
    scheme: input.scheme,
    lang,
    labelSize: width <= 480 ? 11 : 12,
    layers: { rivers: layerSet.has('rivers'), lakes: layerSet.has('lakes'), capitals: layerSet.has('capitals') },
    basins: parseBasins(input.highlightBasin),
  };
  const words = {
    number: (v: number, decimals: number) => formatNumber(v, lang, { decimals }),
    year: (y: number) => formatYear(y, lang),
    noData: t.term('noData'),
    estimated: t.term('estimated'),
    modelled: t.term('modelled'),
    publishedAsRange: t.term('publishedAsRange'),
    valueFromYear: (y: string) => t.term('valueFromYear', y),
    nearestYear: (y: string, shown: string) => t.term('nearestYear', y, shown),
    summaryExtremes: (...a: [string, string, string, string, string]) => t.term('summaryExtremes', ...a),
    summaryNoData: (n: string) => t.term('summaryNoData', n),
    aralSea: t.term('aralSeaHistoric'),
    place: (id: string) => {
      const p = CAPITALS.find((c) => c.id === id);
      return p ? placeName(p, lang) : { text: id, lang: 'en' };
    },
  };
  // Shipped CLDR names where the library has them (the six and the main neighbours), else the map's English.
  const countryName = (code: string, fallback: string) =>
    hasAreaName(code) ? areaName(code, lang) : { text: fallback || code, lang: 'en' };
  // What the words above and the country names depend on: the strings loaded and the locale's own table of names.
  const textKey = [t.stringsKey(), localeData(dataLocale(lang))];
  return { fixedYears, common, words, countryName, textKey };
}

/** The render model and what the drawing needs besides it, at country level (region level: `regionView`). */
export function mapView(input: MapViewInput): { model: MapModel; meta: MapMeta } {
  const { t, geometry, data, lang, year } = input;
  const { fixedYears, common, words, countryName, textKey } = viewCommon(input);
  let model: MapModel | null = null;
  let meta: MapMeta | null = null;
  if (data) {
    const { entry } = data;
    const rows = sliceRows(entry, data.rows, input.slice ?? {});
    // The series' own unit wording (English) is more precise than the unit table's ("% of seats" vs "%").
    const english = primaryLanguage(lang) === 'en';
    const unitWords =
      (english && (entry as { unitText?: string }).unitText) ||
      t.unit(entry.unit, data.catalog.units[entry.unit]).text ||
      '';
    const percent = entry.unit === 'PERCENT';
    const shown = new Set(geometry.focus.map((g) => g.id));
    const domain =
      input.domain ??
      (fixedYears &&
        domainOverYears(
          rows.filter((r) => shown.has(r.area)),
          fixedYears,
          input.bins,
        ));
    model = buildMapModel({
      ...common,
      geometry,
      textKey,
      domain,
      values: valuesForYear(rows, year, input.yearTolerance),
      better: entry.better,
      text: {
        ...words,
        name: countryName,
        value: (v) => formatValue(v, lang, { decimals: entry.decimals, unit: entry.unit }),
        unit: percent ? '' : unitWords,
        legendUnit: unitWords,
      },
    });
    const source = t.text(data.catalog.source);
    meta = {
      title: t.text(data.indicator?.title ?? entry.title),
      sources: source.text ? [source] : [],
      event: { indicator: data.indicator?.code, series: entry.series },
      unshaped: [],
      splits: [],
      larger: new Set(),
      borders: [],
    };
  }
  return { model: model!, meta: meta! };
}

/** The element's attributes a draw reads (the element itself is passed). */
export type MapOptions = Pick<
  MapViewInput,
  'indicator' | 'yearTolerance' | 'bins' | 'scheme' | 'highlightBasin' | 'domain' | 'legendYears'
> & { projection: string; slice: Record<string, string> | null | undefined; src: string | null; data: unknown };

/** The indicator the region level reads; the user's rows naming none are filed under `user`. */
const regionIndicator = (o: MapOptions) =>
  o.indicator.trim() || (o.src || (o.data !== undefined && o.data !== null) ? 'user' : '');

/** What was loaded and measured for a draw. */
export interface DrawInput {
  t: LocalizeController;
  layerSet: Set<string>;
  countryList: string[];
  year: number;
  width: number;
  rivers: PlaceFeature[] | null;
  data?: MapData;
  rdata?: MapRegionData;
  region?: RegionPart;
}

export type MapDraw = { model: MapModel; meta: MapMeta };

/**
 * The geometry of a draw: the region selection of the year (region level), the countries it is fitted to and the
 * projected shapes (projected again only when their inputs change).
 */
function drawGeometry(memo: MapMemo<MapDraw>, o: MapOptions, q: DrawInput) {
  const { data, rdata, region, year, width, countryList: countries } = q;
  const query = { indicator: regionIndicator(o), year, countries, tolerance: o.yearTolerance, lang: q.t.lang() };
  const sel = rdata && region ? region.regionSelection(rdata, query) : null;
  // `countries` fits the map to those countries; at region level, by default, to the countries with regional data.
  const six = [...SIX_COUNTRIES] as string[];
  const covered = sel ? six.filter((c) => sel.selection.sources.some((s) => s.entry.countries.includes(c))) : [];
  const focusIds = countries.length ? countries : covered.length ? covered : six;
  const features = (data ?? rdata)!.features;
  // Country level keeps all six coloured (for comparison) and only fits the view to `countries`.
  const { geometry, refit } = memo.layout({
    ...{ features, width, projection: o.projection, rivers: q.rivers, colour: rdata ? focusIds : six, fit: focusIds },
    ...{ regions: sel?.shapes ?? [], shapeKey: sel?.shapeKey ?? '' },
  });
  return { sel, covered, focusIds, geometry, refit };
}

/**
 * One step of the draw `q` will make, whichever is not kept yet: the projected shapes, then the view (render model,
 * label places); false once both are. A first drawing takes each step in a task of its own when it is long, and the
 * update that follows only renders (`SdgElement.prepare`).
 */
export function prepareMap(memo: MapMemo<MapDraw>, o: MapOptions, q: DrawInput): boolean {
  const geometry = memo.geometry.value;
  drawGeometry(memo, o, q);
  if (memo.geometry.value !== geometry) return true;
  const view = memo.view.value;
  drawMap(memo, o, q);
  return memo.view.value !== view;
}

/**
 * One draw of `<sdg-map>`: its geometry (`drawGeometry`) and the view (rebuilt only when one of its inputs changes: a
 * year change re-colours with the same geometry and labels).
 */
export function drawMap(memo: MapMemo<MapDraw>, o: MapOptions, q: DrawInput) {
  const { t, data, rdata, region, year, width, layerSet, countryList: countries } = q;
  const lang = t.lang();
  const { sel, covered, focusIds, geometry, refit } = drawGeometry(memo, o, q);
  const slice = o.slice ?? {};
  const { bins, scheme, highlightBasin, domain, legendYears, yearTolerance } = o;
  const layers = [...layerSet].sort().join();
  const key = [
    geometry,
    data ?? rdata,
    year,
    yearTolerance,
    bins,
    scheme,
    JSON.stringify(slice),
    lang,
    t.stringsKey(),
    layers,
  ];
  const input = { t, geometry, data, rdata, sel, covered, focusIds, year, lang, width, layerSet, slice };
  const view = memo.view.get([...key, highlightBasin, domain, legendYears], () =>
    (rdata ? region!.regionView : mapView)({
      ...input,
      ...{
        indicator: o.indicator,
        countryList: countries,
        yearTolerance,
        bins,
        scheme,
        highlightBasin,
        domain,
        legendYears,
      },
    }),
  );
  return { view, geometry, refit, sel };
}
