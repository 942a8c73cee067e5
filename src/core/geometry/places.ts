import { primaryLanguage } from '../locale/match.js';

/**
 * Capitals drawn by `layers="capitals"`: the six national capitals and Almaty (the largest city and former
 * capital of Kazakhstan). Coordinates are GeoNames' (geonames.org, CC BY 4.0), by GeoNames id; see data/SOURCES.md.
 */
export interface Place {
  id: string;
  /** ISO alpha-3 of the country. */
  country: string;
  geonameid: number;
  lon: number;
  lat: number;
  capital: boolean;
  name: { en: string; ru: string };
}

export const CAPITALS: readonly Place[] = [
  {
    id: 'astana',
    country: 'KAZ',
    geonameid: 1526273,
    lat: 51.1801,
    lon: 71.44598,
    capital: true,
    name: { en: 'Astana', ru: 'Астана' },
  },
  {
    id: 'almaty',
    country: 'KAZ',
    geonameid: 1526384,
    lat: 43.25,
    lon: 76.91667,
    capital: false,
    name: { en: 'Almaty', ru: 'Алматы' },
  },
  {
    id: 'bishkek',
    country: 'KGZ',
    geonameid: 1528675,
    lat: 42.87,
    lon: 74.59,
    capital: true,
    name: { en: 'Bishkek', ru: 'Бишкек' },
  },
  {
    id: 'dushanbe',
    country: 'TJK',
    geonameid: 1221874,
    lat: 38.53575,
    lon: 68.77905,
    capital: true,
    name: { en: 'Dushanbe', ru: 'Душанбе' },
  },
  {
    id: 'ashgabat',
    country: 'TKM',
    geonameid: 162183,
    lat: 37.95,
    lon: 58.38333,
    capital: true,
    name: { en: 'Ashgabat', ru: 'Ашхабад' },
  },
  {
    id: 'tashkent',
    country: 'UZB',
    geonameid: 1512569,
    lat: 41.26465,
    lon: 69.21627,
    capital: true,
    name: { en: 'Tashkent', ru: 'Ташкент' },
  },
  {
    id: 'kabul',
    country: 'AFG',
    geonameid: 1138958,
    lat: 34.52813,
    lon: 69.17233,
    capital: true,
    name: { en: 'Kabul', ru: 'Кабул' },
  },
];

/**
 * The transboundary basins `highlight-basin` knows, as the names of the shipped Natural Earth rivers that belong to
 * them (NE spellings). Amu Darya: its main stem, the Panj and the Pamir that form it, and the Zarafshon (Zeravshan),
 * a tributary that no longer reaches it but is counted in its basin. Syr Darya: its main stem and the Naryn that
 * forms it. The Vakhsh, Kafirnigan, Surkhandarya, Chirchiq and Kara Darya are not in the 1:10m river set.
 */
export const BASINS: Readonly<Record<string, readonly string[]>> = {
  'amu-darya': ['Amu Darya', 'Panj', 'Pamir', 'Zarafshon'],
  'syr-darya': ['Syr Darya', 'Naryn'],
};

/** Basin keys from an attribute value (`amu-darya syr-darya`, `amu-darya|syr-darya`), unknown ones dropped. */
export function parseBasins(value: string | null | undefined): string[] {
  return (value ?? '')
    .toLowerCase()
    .split(/[\s,|]+/)
    .map((b) => b.replace(/_/g, '-'))
    .filter((b) => Object.hasOwn(BASINS, b));
}

/** Whether a river (by its shipped `label`) belongs to one of `basins`. */
export function inBasin(riverName: string | null | undefined, basins: readonly string[]): boolean {
  const name = (riverName ?? '').trim().toLowerCase();
  return !!name && basins.some((b) => Object.hasOwn(BASINS, b) && BASINS[b].some((n) => n.toLowerCase() === name));
}

/** The name of a place in `lang` (Russian for ru, else English), with the language it is in. */
export function placeName(p: Place, lang: string): { text: string; lang: string } {
  return primaryLanguage(lang) === 'ru' ? { text: p.name.ru, lang: 'ru' } : { text: p.name.en, lang: 'en' };
}
