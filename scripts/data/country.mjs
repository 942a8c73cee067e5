/** Country level: `data/catalog.json` and `data/series/<SERIES>.json` from `sdg/` + `i18n/` of the shared data. */
import { writeCatalogSplit } from './catalog-split.mjs';
import { readCsv, readYaml, writeOut, RawNumber, JSON_NUMBER, decimalsOf, compareCodes } from './io.mjs';
import { better } from './better.mjs';
import { unitLabels } from './units.mjs';

export const COUNTRIES = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
const ISO2 = { KAZ: 'KZ', KGZ: 'KG', TJK: 'TJ', TKM: 'TM', UZB: 'UZ', AFG: 'AF' };
export const LANGS = ['en', 'ru', 'kk', 'ky', 'tg', 'tk'];
/** Languages whose country names come from CLDR (Node's ICU); the elements' languages. */
const NAME_LANGS = ['ru', 'kk', 'uz', 'uz-Cyrl', 'ky', 'tg', 'tk', 'fa-AF', 'ps'];

export const GOAL_COLORS = [
  '#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925',
  '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A',
];

/** Fixed dimension columns of the raw CSV; `other_disaggregation` adds its named dimensions after these. */
export const BASE_DIMS = ['sex', 'age', 'location', 'quantile', 'education_level'];
/**
 * Codes that mean "all of them" for a dimension. The default slice takes one where present; `''` (dimension not
 * specified on that row) counts as a total after the named ones.
 */
export const TOTAL_CODES = ['BOTHSEX', 'ALLAGE', 'ALLAREA', '_T', 'TOTAL', 'ALL', 'ANYS', ''];

export const SOURCE_LINE = 'UN Statistics Division, Global SDG Indicators Database (Dec 2023 release)';
const SOURCE_LINE_RU = 'Статистический отдел ООН, Глобальная база данных показателей ЦУР (выпуск декабря 2023 г.)';

/** Parse `name=CODE;name=CODE` into pairs. */
export function otherDims(text) {
  return text ? text.split(';').filter(Boolean).map((p) => p.split('=')) : [];
}

function translations(file) {
  const out = {};
  for (const lang of LANGS) out[lang] = readYaml(`i18n/sdg-translations/${lang}/${file}`) ?? {};
  return out;
}

function localized(tr, key) {
  const t = {};
  for (const lang of LANGS) {
    const v = tr[lang][key];
    if (typeof v === 'string' && v.trim()) t[lang] = v.trim().replace(/\s+/g, ' ');
  }
  return t.en ? t : null;
}

function countryNames(code, en) {
  const name = { en };
  for (const lang of NAME_LANGS) {
    const v = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(ISO2[code]);
    const enCldr = new Intl.DisplayNames(['en'], { type: 'region' }).of(ISO2[code]);
    if (v && v !== enCldr && v !== ISO2[code]) name[lang] = v;
  }
  return name;
}

export function buildCountry() {
  const rows = readCsv('sdg/sdg_indicators_central_asia.csv');
  const cat = readCsv('sdg/sdg_series_catalog.csv');
  const geo = readCsv('sdg/geo_codes.csv');
  const goalsTr = translations('global_goals.yml');
  const indTr = translations('global_indicators.yml');
  const mainSource = cat[0].source;

  const areas = geo.map((g) => ({
    code: g.geo_code,
    type: g.geo_type === 'country' ? 'country' : 'aggregate',
    m49: +g.m49,
    ...(g.geo_type === 'country' ? { iso2: ISO2[g.geo_code] } : {}),
    name: g.geo_type === 'country' ? countryNames(g.geo_code, g.geo_name) : { en: g.geo_name },
  }));
  const areaCodes = new Set(areas.map((a) => a.code));

  const goals = GOAL_COLORS.map((color, i) => ({
    goal: i + 1,
    title: localized(goalsTr, `${i + 1}-title`),
    short: localized(goalsTr, `${i + 1}-short`),
    color,
  }));

  const bySeries = new Map(cat.map((c) => [c.series, []]));
  for (const r of rows) {
    if (!bySeries.has(r.series)) throw new Error(`row of unknown series ${r.series}`);
    if (!areaCodes.has(r.geo_code)) throw new Error(`row of unknown area ${r.geo_code}`);
    bySeries.get(r.series).push(r);
  }

  const series = {};
  const indicators = new Map();
  const units = {};
  const sizes = {};
  for (const c of cat) {
    const srows = bySeries.get(c.series);
    const unit = c.units;
    for (const r of srows) if (r.unit !== unit) throw new Error(`${c.series}: unit ${r.unit} ≠ ${unit}`);
    if (!(unit in unitLabels)) throw new Error(`no label for unit ${unit}`);
    units[unit] = { en: unitLabels[unit] };

    // Dimensions: the five fixed columns, then other_disaggregation names in order of first appearance.
    const dimNames = BASE_DIMS.filter((d) => srows.some((r) => r[d] !== ''));
    const parsed = srows.map((r) => {
      const d = {};
      for (const n of BASE_DIMS) d[n] = r[n];
      for (const [n, v] of otherDims(r.other_disaggregation)) {
        if (BASE_DIMS.includes(n)) throw new Error(`${c.series}: other dim ${n} clashes`);
        d[n] = v;
        if (!dimNames.includes(n)) dimNames.push(n);
      }
      return d;
    });
    const dims = {};
    for (const n of dimNames) {
      const codes = [...new Set(parsed.map((d) => d[n] ?? ''))].sort();
      const ix = new Map(codes.map((code, i) => [code, i]));
      dims[n] = { codes, index: parsed.map((d) => ix.get(d[n] ?? '')) };
    }

    let decimals = 0;
    const value = srows.map((r) => {
      if (JSON_NUMBER.test(r.value)) {
        decimals = Math.max(decimals, decimalsOf(r.value));
        return new RawNumber(r.value);
      }
      if (!['N', '>95', '<5', '<2.5'].includes(r.value)) throw new Error(`${c.series}: unexpected value ${r.value}`);
      return r.value;
    });
    const hasStatus = srows.some((r) => r.observation_status !== '');
    const file = {
      series: c.series,
      unit,
      area: srows.map((r) => r.geo_code),
      year: srows.map((r) => +r.year),
      value,
      nature: srows.map((r) => r.nature),
      ...(hasStatus ? { status: srows.map((r) => r.observation_status) } : {}),
      dims,
    };
    const rel = `series/${c.series}.json`;
    sizes[c.series] = writeOut(rel, file);

    // Default slice: per dimension, among the country rows matching the codes chosen so far, a total code if
    // one is present, else the code with most rows (ties: first in code order).
    const countryIdx = srows.map((r, i) => (COUNTRIES.includes(r.geo_code) ? i : -1)).filter((i) => i >= 0);
    let pool = countryIdx.length ? countryIdx : srows.map((_r, i) => i);
    const defaultSlice = {};
    for (const n of dimNames) {
      const { codes, index } = dims[n];
      const counts = new Map();
      for (const i of pool) counts.set(codes[index[i]], (counts.get(codes[index[i]]) ?? 0) + 1);
      let pick = TOTAL_CODES.find((t) => counts.has(t));
      if (pick === undefined) {
        pick = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      }
      defaultSlice[n] = pick;
      pool = pool.filter((i) => codes[index[i]] === pick);
    }

    const years = countryIdx.map((i) => +srows[i].year);
    const inds = c.indicator.split(',').map((s) => s.trim());
    const goalsOf = c.goal.split(',').map((s) => +s.trim());
    const targetsOf = c.target.split(',').map((s) => s.trim());
    const unitText = /\(([^()]*)\)\s*$/.exec(c.description)?.[1];
    const [pol] = better[c.series] ?? (() => { throw new Error(`no polarity for ${c.series}`); })();
    series[c.series] = {
      series: c.series,
      goal: goalsOf[0],
      target: targetsOf[0],
      ...(goalsOf.length > 1 ? { goals: goalsOf, targets: targetsOf } : {}),
      indicators: inds,
      headline: c.headline === '1',
      title: { en: c.description.replace(/\s*\([^()]*\)\s*$/, '').trim() },
      unit,
      ...(unitText ? { unitText } : {}),
      decimals,
      better: pol,
      dimensions: Object.fromEntries(dimNames.map((n) => [n, dims[n].codes])),
      defaultSlice,
      years: years.length ? [Math.min(...years), Math.max(...years)] : null,
      file: rel,
      bytes: sizes[c.series],
      ...(c.source !== mainSource ? { sourceNote: { en: 'UN Global SDG Indicators Database, July 2021 release (older vintage than the other series)' } } : {}),
    };
    for (const code of inds) {
      if (!indicators.has(code)) indicators.set(code, []);
      indicators.get(code).push(c);
    }
  }

  const indicatorEntries = {};
  for (const code of [...indicators.keys()].sort(compareCodes)) {
    const list = indicators.get(code);
    const head = list.find((c) => c.headline === '1') ?? list[0];
    const [g, t] = code.split('.');
    indicatorEntries[code] = {
      code,
      goal: +g,
      target: `${g}.${t}`,
      title: localized(indTr, `${code.replace(/\./g, '-')}-title`) ?? { en: series[head.series].title.en },
      series: list.map((c) => c.series),
      headline: head.series,
    };
  }

  const catalog = {
    version: 1,
    source: { en: SOURCE_LINE, ru: SOURCE_LINE_RU },
    areas,
    goals,
    indicators: indicatorEntries,
    series,
    units: Object.fromEntries(Object.keys(units).sort().map((k) => [k, units[k]])),
  };
  const catalogBytes = writeOut('catalog.json', catalog);
  // What the elements load: the index and one language's text per goal (scripts/data/catalog-split.mjs).
  writeCatalogSplit(catalog);
  return { catalog, sizes, catalogBytes };
}
