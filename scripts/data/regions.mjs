/**
 * Region level: `data/regions/catalog.json` and one columnar file per indicator under `data/regions/<dataset>/`,
 * from `subnational/` (kazstat, Kyrgyz NSC, Global Data Lab) and `geo/admin1_crosswalk.csv`.
 */
import { readCsv, readYaml, writeOut, RawNumber, JSON_NUMBER, decimalsOf, compareCodes } from './io.mjs';
import { LANGS } from './country.mjs';

const GLOBAL_INDICATORS = Object.fromEntries(LANGS.map((l) => [l, readYaml(`i18n/sdg-translations/${l}/global_indicators.yml`)]));

function globalTitle(code) {
  const key = `${code.replace(/\./g, '-')}-title`;
  const t = {};
  for (const l of LANGS) {
    const v = GLOBAL_INDICATORS[l]?.[key];
    if (typeof v === 'string' && v.trim()) t[l] = v.trim().replace(/\s+/g, ' ');
  }
  return t.en ? t : null;
}

function text(fields) {
  const t = {};
  for (const [l, v] of Object.entries(fields)) if (v && v.trim()) t[l] = v.trim();
  return t;
}

/** Dictionary-encode a column. */
function dict(values) {
  const codes = [...new Set(values)].sort();
  const ix = new Map(codes.map((c, i) => [c, i]));
  return { codes, index: values.map((v) => ix.get(v)) };
}

export const DATASETS = {
  kaz: {
    id: 'kaz',
    country: 'KAZ',
    name: { en: 'Kazakhstan: national SDG reporting platform (Bureau of National Statistics)', ru: 'Казахстан: национальная платформа отчётности по ЦУР (Бюро национальной статистики)' },
    source: { en: 'Bureau of National Statistics of Kazakhstan, national SDG platform (kazstat/sdg-data-kazstat, Oct 2024)', ru: 'Бюро национальной статистики Республики Казахстан, национальная платформа ЦУР (kazstat/sdg-data-kazstat, окт. 2024)' },
    licence: 'MIT (repository licence; no separate data licence stated)',
    geometry: ['geo/kaz-2018.topo.json', 'geo/admin1.topo.json'],
  },
  kgz: {
    id: 'kgz',
    country: 'KGZ',
    name: { en: 'Kyrgyzstan: National Statistical Committee, Open SDG data', ru: 'Кыргызстан: Национальный статистический комитет, открытые данные ЦУР' },
    source: { en: 'National Statistical Committee of the Kyrgyz Republic, Open SDG data (Aug 2025)', ru: 'Национальный статистический комитет Кыргызской Республики, открытые данные ЦУР (авг. 2025)' },
    licence: 'MIT (repository licence; no separate data licence stated)',
    geometry: ['geo/admin1.topo.json'],
  },
  gdl: {
    id: 'gdl',
    country: null,
    name: { en: 'Global Data Lab, Subnational Human Development Database 5.0' },
    source: { en: 'Global Data Lab (Radboud University), Subnational Human Development Database v5.0' },
    licence: 'CC-BY-4.0 (as declared by the open-numbers mirror)',
    geometry: ['geo/gdl.topo.json'],
  },
};

/** GDL indicator titles; `gnic` has none in the source list (SOURCES.md §2.3 names it). */
const GDL_UNITS = {
  shdi: 'INDEX', sgdi: 'INDEX', healthindex: 'INDEX', edindex: 'INDEX', incindex: 'INDEX',
  lifexp: 'YEARS', lifexpf: 'YEARS', lifexpm: 'YEARS', esch: 'YEARS', msch: 'YEARS', gnic: 'USD_2011_PPP', pop: 'TH_PEOPLE',
};
const GDL_GOAL = { lifexp: 3, lifexpf: 3, lifexpm: 3, healthindex: 3, esch: 4, msch: 4, edindex: 4, sgdi: 5, gnic: 8, incindex: 8 };
const GDL_UNIT_LABELS = {
  INDEX: { en: 'index (0–1)', ru: 'индекс (0–1)' },
  YEARS: { en: 'years', ru: 'лет' },
  USD_2011_PPP: { en: '2011 PPP US$', ru: 'долл. США по ППС 2011 г.' },
  TH_PEOPLE: { en: 'thousands', ru: 'тыс. человек' },
};

/** The geometry a region can be drawn with, from the crosswalk match kinds. */
function shapesFor(x) {
  const shapes = [];
  if (x.kazstat_geo_code) shapes.push({ file: 'geo/kaz-2018.topo.json', object: 'regions', id: x.kazstat_geo_code, match: x.kazstat_geo_match });
  if (x.ne_adm1_code) shapes.push({ file: 'geo/admin1.topo.json', object: 'admin1', id: x.ne_adm1_code, match: x.ne_match });
  return shapes;
}
/** A shape counts when it is the region itself or the region's earlier, larger extent — never a parent polygon. */
const drawable = (shapes) => shapes.some((s) => s.match === 'exact' || s.match === 'superset');

export function buildRegions({ gdlGeoIds }) {
  const cross = readCsv('geo/admin1_crosswalk.csv');
  const byStat = new Map(cross.filter((x) => x.stat_code).map((x) => [x.stat_code, x]));
  const regions = {};

  // National rows carry the country's alpha-3 code in `area`.
  for (const [code, name] of [['KAZ', { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' }], ['KGZ', { en: 'Kyrgyzstan', ru: 'Киргизия' }]]) {
    regions[code] = { code, country: code, level: 'national', iso_3166_2: null, name, shapes: [], hasShape: false };
  }
  for (const r of readCsv('subnational/kaz_regions_crosswalk.csv')) {
    const x = byStat.get(r.region_code_src);
    if (!x) throw new Error(`no crosswalk row for ${r.region_code_src}`);
    const shapes = shapesFor(x);
    regions[r.region_code_src] = {
      code: r.region_code_src,
      country: 'KAZ',
      level: 'region',
      iso_3166_2: r.iso_3166_2 || null,
      ...(r.iso_3166_2_legacy ? { iso_3166_2_legacy: r.iso_3166_2_legacy } : {}),
      name: text({ en: r.name_en, ru: r.name_ru, kk: r.name_kk }),
      ...(r.valid_from ? { validFrom: +r.valid_from } : {}),
      ...(r.valid_to ? { validTo: +r.valid_to } : {}),
      ...(r.note ? { note: r.note } : {}),
      shapes,
      hasShape: drawable(shapes),
    };
  }
  for (const r of readCsv('subnational/kgz_regions_crosswalk.csv')) {
    const x = byStat.get(r.region_code_src);
    if (!x) throw new Error(`no crosswalk row for ${r.region_code_src}`);
    const shapes = shapesFor(x);
    regions[r.region_code_src] = {
      code: r.region_code_src,
      country: 'KGZ',
      level: 'region',
      iso_3166_2: r.iso_3166_2 || null,
      name: text({ en: r.name_en, ru: r.name_ru }),
      ...(x.ne_match === 'part_of' ? { note: 'no polygon of its own: lies inside the Osh region polygon' } : {}),
      shapes,
      hasShape: drawable(shapes),
    };
  }

  const codes = { kaz: {}, kgz: {} };
  for (const ds of ['kaz', 'kgz']) {
    for (const r of readCsv(`subnational/${ds}_codelists.csv`)) {
      (codes[ds][r.dimension] ??= {})[r.code] = text({ en: r.label_en || r.code, ru: r.label_ru, kk: r.label_kk });
    }
  }

  const indicators = {};
  const sizes = {};

  function writeIndicator(ds, id, rows, meta, columns) {
    const area = rows.map(columns.area);
    for (const a of area) if (!regions[a]) throw new Error(`${ds}/${id}: unknown area ${a}`);
    let decimals = 0;
    const value = rows.map((r) => {
      if (!JSON_NUMBER.test(r.value)) throw new Error(`${ds}/${id}: value ${r.value}`);
      decimals = Math.max(decimals, decimalsOf(r.value));
      return new RawNumber(r.value);
    });
    const dimNames = [];
    const parsed = rows.map((r) => {
      const d = {};
      for (const [col, name] of columns.dims) if (r[col] !== '') { d[name] = r[col]; if (!dimNames.includes(name)) dimNames.push(name); }
      for (const p of (r.other_disaggregation || '').split(';').filter(Boolean)) {
        const [n, c] = p.split('=');
        d[n] = c;
        if (!dimNames.includes(n)) dimNames.push(n);
      }
      return d;
    });
    const dims = Object.fromEntries(dimNames.map((n) => [n, dict(parsed.map((d) => d[n] ?? ''))]));
    const series = dict(rows.map(columns.series));
    const unit = dict(rows.map(columns.unit));
    const file = {
      id: `${ds}/${id}`,
      dataset: ds,
      area,
      year: rows.map((r) => +r.year),
      value,
      series,
      unit,
      ...(columns.extra ? columns.extra(rows) : {}),
      dims,
    };
    const rel = `regions/${ds}/${id}.json`;
    const bytes = writeOut(rel, file);
    sizes[`${ds}/${id}`] = bytes;
    const years = rows.filter((r) => regions[columns.area(r)].level !== 'national').map((r) => +r.year);
    const allYears = rows.map((r) => +r.year);
    indicators[`${ds}/${id}`] = {
      id: `${ds}/${id}`,
      dataset: ds,
      countries: [...new Set(area.map((a) => regions[a].country))],
      ...meta.entry,
      series: series.codes,
      units: unit.codes,
      decimals,
      dimensions: Object.fromEntries(dimNames.map((n) => [n, dims[n].codes])),
      years: [Math.min(...allYears), Math.max(...allYears)],
      regionYears: years.length ? [Math.min(...years), Math.max(...years)] : null,
      regions: [...new Set(area)].filter((a) => regions[a].level !== 'national').sort(),
      file: rel,
      bytes,
    };
  }

  // Kazakhstan
  const kazRows = readCsv('subnational/kaz_sdg_by_region.csv');
  const kazInd = readCsv('subnational/kaz_indicators.csv');
  const kazBy = groupBy(kazRows, (r) => r.indicator_id);
  for (const ind of kazInd) {
    const rows = kazBy.get(ind.indicator_id) ?? [];
    if (!rows.length) throw new Error(`kaz ${ind.indicator_id}: no rows`);
    const g = globalTitle(ind.indicator_code);
    writeIndicator('kaz', ind.indicator_id, rows, {
      entry: {
        indicator: ind.indicator_code,
        goal: +ind.indicator_code.split('.')[0],
        title: text({ en: ind.title_en, ru: ind.title_ru }),
        global: g !== null,
      },
    }, {
      area: (r) => (r.area_level === 'national' ? 'KAZ' : r.region_code_src),
      series: (r) => r.series,
      unit: (r) => r.unit,
      dims: [['sex', 'SEX'], ['age', 'AGE'], ['urbanisation', 'URBANISATION']],
    });
    kazBy.delete(ind.indicator_id);
  }
  if (kazBy.size) throw new Error(`kaz rows without indicator entry: ${[...kazBy.keys()]}`);

  // Kyrgyzstan
  const kgzRows = readCsv('subnational/kgz_sdg_by_region.csv');
  const kgzBy = groupBy(kgzRows, (r) => r.indicator_id);
  for (const id of [...kgzBy.keys()].sort(compareCodes)) {
    const rows = kgzBy.get(id);
    const official = /^\d+\.[\da-z]+\.\d+$/.test(id);
    const g = official ? globalTitle(id) : null;
    const firstSeries = rows[0].series;
    const lab = codes.kgz.SERIES?.[firstSeries];
    const hasMult = rows.some((r) => r.unit_mult !== '');
    writeIndicator('kgz', id, rows, {
      entry: {
        indicator: id,
        goal: +id.split('.')[0],
        title: lab ?? (g ? { en: g.en, ru: g.ru } : { en: firstSeries }),
        global: g !== null,
      },
    }, {
      area: (r) => (r.area_level === 'national' ? 'KGZ' : r.region_code_src),
      series: (r) => r.series,
      unit: (r) => r.unit,
      dims: [['sex', 'SEX'], ['age', 'AGE'], ['urbanisation', 'URBANISATION']],
      extra: (rs) => ({
        nature: rs.map((r) => r.nature),
        status: rs.map((r) => r.obs_status),
        ...(hasMult ? { unitMult: rs.map((r) => (r.unit_mult === '' ? 0 : +r.unit_mult)) } : {}),
      }),
    });
  }

  // Global Data Lab: regions (with national rows) and one file per indicator.
  const gdlRows = readCsv('subnational/gdl_shdi_subnational.csv');
  for (const r of gdlRows) {
    if (regions[r.gdlcode]) continue;
    regions[r.gdlcode] = {
      code: r.gdlcode,
      country: r.country_iso3,
      level: r.level === 'national' ? 'national' : 'region',
      iso_3166_2: null,
      name: { en: r.region_name },
      shapes: r.level !== 'national' && gdlGeoIds.has(r.gdlcode) ? [{ file: 'geo/gdl.topo.json', object: 'regions', id: r.gdlcode, match: 'exact' }] : [],
      hasShape: r.level !== 'national' && gdlGeoIds.has(r.gdlcode),
      ...(r.level !== 'national' && !gdlGeoIds.has(r.gdlcode) ? { note: 'no polygon: collapsed by the simplification of the GDL source geometry' } : {}),
    };
  }
  // ISO codes of the admin-1 units inside each GDL region (crosswalk `gdlcode`).
  for (const x of cross) {
    if (!x.gdlcode || !regions[x.gdlcode]) continue;
    (regions[x.gdlcode].contains ??= []).push(x.iso_3166_2 || x.iso_3166_2_legacy);
  }
  const gdlInd = readCsv('subnational/gdl_indicators.csv');
  const gdlBy = groupBy(gdlRows, (r) => r.indicator);
  for (const ind of gdlInd) {
    const rows = gdlBy.get(ind.indicator);
    const en = ind.indicator === 'gnic' ? 'GNI per capita (2011 PPP US$)' : (ind.long_description || ind.short_description).trim();
    writeIndicator('gdl', ind.indicator, rows, {
      entry: { indicator: null, goal: GDL_GOAL[ind.indicator] ?? null, title: { en } },
    }, {
      area: (r) => r.gdlcode,
      series: () => ind.indicator,
      unit: () => GDL_UNITS[ind.indicator],
      dims: [],
    });
    gdlBy.delete(ind.indicator);
  }
  if (gdlBy.size) throw new Error(`gdl rows without indicator entry: ${[...gdlBy.keys()]}`);

  const units = {
    kaz: codes.kaz.UNIT_MEASURE ?? {},
    kgz: codes.kgz.UNIT_MEASURE ?? {},
    gdl: GDL_UNIT_LABELS,
  };
  const catalog = {
    version: 1,
    datasets: DATASETS,
    regions: Object.fromEntries(Object.keys(regions).sort().map((k) => [k, regions[k]])),
    indicators,
    units,
    codes,
  };
  const bytes = writeOut('regions/catalog.json', catalog);
  return { catalog, sizes, bytes };
}

function groupBy(rows, key) {
  const m = new Map();
  for (const r of rows) {
    const k = key(r);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(r);
  }
  return m;
}
