import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeSeries, matchesSlice, resolveSeries, sliceFor } from '../../src/core/data/select.js';
import type { Catalog, Observation, SeriesEntry, SeriesFile } from '../../src/core/data/types.js';
import type { MapText } from '../../src/core/geometry/map-model.js';

/** The shipped files under `data/`, read from disk: the same bytes the elements fetch. */

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

export function readData<T>(path: string): T {
  return JSON.parse(readFileSync(dataDir + path, 'utf8')) as T;
}

export const catalog = readData<Catalog>('catalog.json');

/** The six countries the elements draw by default, in their order. */
export const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

export function seriesFile(entry: SeriesEntry): SeriesFile {
  return readData<SeriesFile>(entry.file);
}

/** An indicator's headline series (or a series code), decoded and cut to its default slice, as the elements show it. */
export function shippedRows(code: string): { entry: SeriesEntry; rows: Observation[] } {
  const r = resolveSeries(catalog, code);
  if (!r.ok) throw new Error(`no shipped series for ${code}`);
  const slice = sliceFor(r.series);
  return { entry: r.series, rows: decodeSeries(seriesFile(r.series)).filter((row) => matchesSlice(row, slice)) };
}

/** English name of an area from the catalog (the elements' default language). */
export function englishName(code: string): string {
  return catalog.areas.find((a) => a.code === code)?.name.en ?? code;
}

/** A deterministic stand-in for measuring text in the browser: 7 px per character. */
export const measure = (text: string): number => text.length * 7;

/** A map's words in `lang`, each marked with the language (so a test sees which language a name came from). */
export const mapWords = (lang: string): MapText => ({
  name: (code, fallback) => ({ text: `${lang}:${fallback || code}`, lang }),
  value: (v) => String(v),
  number: (v, d) => v.toFixed(d),
  year: (y) => String(y),
  unit: 'per 1,000',
  noData: 'No data',
  estimated: 'estimated',
  modelled: 'modelled',
  publishedAsRange: 'range',
  valueFromYear: (y) => `from ${y}`,
  nearestYear: (y, shown) => `${shown} for ${y}`,
  summaryExtremes: (y, h, hv, l, lv) => `${y}: ${h} ${hv}, ${l} ${lv}`,
  summaryNoData: (n) => `none: ${n}`,
  aralSea: `${lang}: Aral Sea`,
  place: (id) => ({ text: `${lang}:${id}`, lang }),
});
