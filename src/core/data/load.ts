import { defaultPreset, projectionName } from '../projections/names.js';
import { fetchShared } from './fetch-cache.js';
import type { Catalog, CatalogIndex, CatalogText, LocalizedText, SeriesEntry, SeriesFile } from './types.js';

/** The country, sea and lake outlines in longitude and latitude (a path under the data base). */
export const COUNTRY_OUTLINES = 'geo/countries.topo.json';

/** The same outlines projected beforehand with the default preset: what the default country-level map draws. */
export const PROJECTED_OUTLINES = 'geo/countries.central-asia.topo.json';

/**
 * The outlines file a country-level map draws from: the projected one for the default projection fitted to the six
 * countries without rivers or capitals; the longitude/latitude one (and d3-geo's projections) for anything else.
 */
export function outlinesFor(map: { projection: string | null; countries: boolean; layers: Iterable<string> }): string {
  const layers = new Set(map.layers);
  const planar =
    projectionName(map.projection) === defaultPreset && !map.countries && !layers.has('rivers') && !layers.has('capitals');
  return planar ? PROJECTED_OUTLINES : COUNTRY_OUTLINES;
}

/**
 * Loading the shipped files. `resolve` turns a path inside `data/` into a URL (src/internal/data-base.ts `dataUrl`
 * in the elements); kept as a parameter so the core stays free of the DOM.
 */
export type Resolve = (path: string) => string;

/**
 * The languages `data/catalog/<lang>/` has text files for (`codes.json` lists the same; a data test checks it). Known
 * here so an element asks for its text file in parallel with the index, not after it.
 */
export const TEXT_LANGUAGES = ['en', 'ru', 'kk', 'uz', 'uz-Cyrl', 'ky', 'tg', 'tk', 'fa-AF', 'ps'] as const;

/** The text file for a BCP 47 tag: the tag, else its parents (`uz-Cyrl-UZ` → `uz-Cyrl` → `uz`), else `en`. */
export function textLanguage(lang: string | null | undefined): string {
  let tag = (lang ?? '').toLowerCase();
  while (tag) {
    const hit = TEXT_LANGUAGES.find((l) => l.toLowerCase() === tag);
    if (hit) return hit;
    const i = tag.lastIndexOf('-');
    tag = i > 0 ? tag.slice(0, i) : '';
  }
  return 'en';
}

/** What an element shows: its language, and the goal of its indicator when it knows one (else every goal's text). */
export interface CatalogWant {
  lang?: string | null;
  /** An indicator code (`3.2.1`): its goal's text file is read. */
  indicator?: string | null;
  /** A series code: its goal (from the index) is read when there is no indicator. */
  series?: string | null;
  /** A goal number; `all` (the default without indicator or series) reads every goal's text. */
  goal?: number | 'all' | null;
}

const goalOfCode = (code: string | null | undefined): number | null => {
  const m = /^\s*(\d{1,2})\./.exec(code ?? '');
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 17 ? n : null;
};

/** `data/catalog/codes.json`: codes, goals, units, directions, slices and years, no text (one request per page). */
export function loadCatalogIndex(resolve: Resolve, signal?: AbortSignal): Promise<CatalogIndex> {
  return fetchShared<CatalogIndex>(resolve('catalog/codes.json'), { signal });
}

/**
 * The catalog an element needs: the index and the text of one goal (or all goals) in one language, merged into the
 * `Catalog` shape. Both files go through the shared fetch cache, and the merge is kept per pair of files, so a
 * page of many elements makes one request per file and one merge per goal and language.
 */
export async function loadCatalog(resolve: Resolve, signal?: AbortSignal, want: CatalogWant = {}): Promise<Catalog> {
  const lang = textLanguage(want.lang ?? 'en');
  const index = loadCatalogIndex(resolve, signal);
  let goal: number | 'all' | null = want.goal ?? goalOfCode(want.indicator);
  if (goal === null && want.series) goal = (await index).series[want.series.trim()]?.goal ?? null;
  const file = `catalog/${lang}/${goal === null || goal === 'all' ? 'all' : `goal-${goal}`}.json`;
  const text = fetchShared<CatalogText>(resolve(file), { signal });
  text.catch(() => {}); // a failed index is reported first
  return mergeCatalog(await index, await text);
}

const merged = new WeakMap<CatalogIndex, WeakMap<CatalogText, Catalog>>();

/** The index with the text of one file put back; entries the file has no text for get their code as title. */
export function mergeCatalog(index: CatalogIndex, text: CatalogText): Catalog {
  let byText = merged.get(index);
  if (!byText) merged.set(index, (byText = new WeakMap()));
  const hit = byText.get(text);
  if (hit) return hit;
  const code = (c: string | number): LocalizedText => ({ en: String(c) });
  const template = index.seriesFile ?? 'series/{series}.json';
  const catalog: Catalog = {
    version: index.version,
    source: text.source,
    areas: index.areas.map((a) => ({ ...a, name: text.areas[a.code] ?? code(a.code) })),
    goals: index.goals.map((g) => ({
      ...g,
      title: text.goals[g.goal]?.title ?? code(g.goal),
      short: text.goals[g.goal]?.short ?? code(g.goal),
    })),
    indicators: Object.fromEntries(
      Object.entries(index.indicators).map(([k, v]) => [k, { ...v, title: text.indicators[k] ?? code(k) }]),
    ),
    series: Object.fromEntries(
      Object.entries(index.series).map(([k, v]): [string, SeriesEntry] => {
        const note = text.sourceNotes?.[k];
        return [
          k,
          { ...v, file: v.file ?? template.replace('{series}', k), title: text.series[k] ?? code(k), ...(note ? { sourceNote: note } : {}) },
        ];
      }),
    ),
    units: text.units,
  };
  byText.set(text, catalog);
  return catalog;
}

export function loadSeries(resolve: Resolve, entry: SeriesEntry, signal?: AbortSignal): Promise<SeriesFile> {
  return fetchShared<SeriesFile>(resolve(entry.file), { signal });
}
