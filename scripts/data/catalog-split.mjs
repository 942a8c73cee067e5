/**
 * The catalog as the elements load it: `data/catalog/codes.json` (what an element needs to pick a series: codes,
 * goal, unit, direction, slices, years, areas; no text) and `data/catalog/<lang>/goal-<n>.json` (the text of one goal
 * in one language: its indicator and series titles, plus area, unit and source names) or `…/<lang>/all.json` (every
 * goal, for the dashboard and the builder). A map of one indicator in one language thus reads two small files
 * instead of the whole `data/catalog.json`, which stays the full catalogue for tools.
 *
 * Each text keeps the language it is in: `{"ru": "…"}`, or where the catalog has no text in that language, the text
 * the elements showed before from the full catalog (the language's parent tag, else English: `{"en": "…"}`), so a
 * reader and a screen reader are told when a title is English.
 *
 *   node scripts/data/catalog-split.mjs   (also run by scripts/build-data.mjs after catalog.json)
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outDir, writeOut } from './io.mjs';

/** Every language tag any text of the catalog is in, `en` first. */
export function textLanguages(catalog) {
  const tags = new Set(['en']);
  const walk = (o) => {
    if (!o || typeof o !== 'object') return;
    if (isText(o)) for (const k of Object.keys(o)) tags.add(k);
    else for (const v of Object.values(o)) walk(v);
  };
  walk(catalog);
  return [...tags];
}

const isText = (o) => o && typeof o === 'object' && !Array.isArray(o) && typeof o.en === 'string' && Object.values(o).every((v) => typeof v === 'string');

/** The text for `lang` as the elements pick it (the tag, then its parents, then English), keyed by the tag used. */
export function pick(text, lang) {
  if (!text) return undefined;
  let tag = lang;
  while (tag) {
    if (text[tag]) return { [tag]: text[tag] };
    const i = tag.lastIndexOf('-');
    tag = i > 0 ? tag.slice(0, i) : '';
  }
  return { en: text.en };
}

const SERIES_FILE = 'series/{series}.json';

/** The index: the catalog with every text taken out (they are in the language files). */
export function catalogIndex(catalog, languages) {
  const strip = ({ title, short, name, sourceNote, bytes, ...rest }) => rest;
  // A series keeps `file` only where it is not `series/<code>.json`; `dimensions` are in the series file itself.
  const series = ([k, { dimensions, file, ...v }]) => [k, { ...strip(v), ...(file === SERIES_FILE.replace('{series}', k) ? {} : { file }) }];
  return {
    version: catalog.version,
    languages,
    seriesFile: SERIES_FILE,
    areas: catalog.areas.map(strip),
    goals: catalog.goals.map(strip),
    indicators: Object.fromEntries(Object.entries(catalog.indicators).map(([k, v]) => [k, strip(v)])),
    series: Object.fromEntries(Object.entries(catalog.series).map(series)),
  };
}

/** The text of `goals` (all when null) in `lang`. */
export function catalogText(catalog, lang, goals = null) {
  const wanted = (g) => goals === null || goals.includes(g);
  const series = Object.values(catalog.series).filter((s) => wanted(s.goal));
  return {
    lang,
    source: pick(catalog.source, lang),
    areas: Object.fromEntries(catalog.areas.map((a) => [a.code, pick(a.name, lang)])),
    units: Object.fromEntries(Object.entries(catalog.units).map(([k, v]) => [k, pick(v, lang)])),
    goals: Object.fromEntries(catalog.goals.filter((g) => wanted(g.goal)).map((g) => [g.goal, { title: pick(g.title, lang), short: pick(g.short, lang) }])),
    indicators: Object.fromEntries(
      Object.values(catalog.indicators)
        .filter((i) => wanted(i.goal))
        .map((i) => [i.code, pick(i.title, lang)]),
    ),
    series: Object.fromEntries(series.map((s) => [s.series, pick(s.title, lang)])),
    sourceNotes: Object.fromEntries(series.filter((s) => s.sourceNote).map((s) => [s.series, pick(s.sourceNote, lang)])),
  };
}

/** Writes `data/catalog/`; returns `{files, bytes}`. */
export function writeCatalogSplit(catalog) {
  rmSync(join(outDir, 'catalog'), { recursive: true, force: true });
  const languages = textLanguages(catalog);
  let files = 0;
  let bytes = writeOut('catalog/codes.json', catalogIndex(catalog, languages));
  files++;
  for (const lang of languages) {
    bytes += writeOut(`catalog/${lang}/all.json`, catalogText(catalog, lang));
    files++;
    for (const g of catalog.goals) {
      bytes += writeOut(`catalog/${lang}/goal-${g.goal}.json`, catalogText(catalog, lang, [g.goal]));
      files++;
    }
  }
  return { files, bytes, languages };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const catalog = JSON.parse(readFileSync(join(outDir, 'catalog.json'), 'utf8'));
  const r = writeCatalogSplit(catalog);
  console.log(`catalog/: ${r.files} files (${r.languages.join(', ')}), ${r.bytes} bytes`);
}
