import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  localText,
  regionDataYears,
  regionDefaultSlice,
  regionExists,
  regionMapData,
  resolveRegionIndicators,
  type RegionMapData,
  type RegionQuery,
} from '../../../src/core/data/regions.js';
import type { RegionCatalog, RegionSeriesFile } from '../../../src/core/data/types.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const data = join(repo, 'data');
const catalog: RegionCatalog = JSON.parse(readFileSync(join(data, 'regions', 'catalog.json'), 'utf8'));
const file = (id: string): RegionSeriesFile => JSON.parse(readFileSync(join(data, catalog.indicators[id].file), 'utf8'));

function select(query: RegionQuery): RegionMapData {
  const ids = resolveRegionIndicators(catalog, query.indicator, query.countries ?? []).map((e) => e.id);
  return regionMapData(catalog, new Map(ids.map((id) => [id, file(id)])), query);
}
const byCode = <T extends { regionCode: string }>(list: T[]) => Object.fromEntries(list.map((r) => [r.regionCode, r]));
const values = (list: Array<{ regionCode: string; value: unknown }>) =>
  Object.fromEntries(list.map((r) => [r.regionCode, r.value]));

/*
 * Expected values copied by hand from the raw CSVs in data-raw/subnational/:
 * kaz_sdg_by_region.csv, indicator_id 3-2-1, sex _T, urbanisation '' (the total rows):
 */
const KAZ_U5_2019: Record<string, number> = {
  KZAKM: 8.56, KZAKT: 10.54, KZALA: 9.65, KZALM: 10.22, KZATY: 12.9, KZKAR: 10.85, KZKUS: 11.79, KZKZY: 13.13,
  KZMAN: 11.49, KZNS: 7.62, KZPAV: 8.31, KZSEV: 11.79, KZSHY: 11.7, KZVOS: 10.11, KZYUZ: 11.89, KZZAP: 8.53,
  KZZHA: 11.58,
};
const KAZ_U5_2017: Record<string, number> = {
  KZAKM: 10.08, KZAKT: 9.3, KZALA: 8.5, KZALM: 10.43, KZATY: 9.67, KZKAR: 9.95, KZKUS: 12.27, KZKZY: 11.54,
  KZMAN: 10.11, KZNS: 7.0, KZONT: 12.1, KZPAV: 10.06, KZSEV: 11.37, KZVOS: 9.16, KZZAP: 8.63, KZZHA: 10.96,
};
/* kaz_sdg_by_region.csv, indicator_id 11-1-1 (no disaggregation), year 2023 (persons in failing buildings): */
const KAZ_FAILING_2023: Record<string, number> = {
  KZABY: 896, KZAKM: 950, KZAKT: 1794, KZALA: 0, KZALM: 1013, KZATY: 8916, KZKAR: 481, KZKUS: 49, KZKZY: 3759,
  KZMAN: 2147, KZNS: 12003, KZPAV: 218, KZSEV: 788, KZSHY: 1465, KZULU: 1720, KZVOS: 1243, KZYUZ: 482, KZZAP: 1959,
  KZZHA: 3323, KZZHS: 935,
};
/* kgz_sdg_by_region.csv, indicator_id 3.2.1, SH_DYN_MORT, age Y0T4, sex '' (total), year 2020, nature C: */
const KGZ_U5_2020: Record<string, number> = {
  KG02: 14.3, KG03: 15.5, KG04: 14.2, KG05: 16.7, KG06: 10, KG07: 25.1, KG08: 11.8, KG11: 20.9, KG21: 36.9,
};
/* gdl_shdi_subnational.csv, indicator shdi, year 2019 (45 rows: 6 national, 39 regions): */
const SHDI_2019_SOME: Record<string, number> = { AFGr101: 0.591, KAZr101: 0.855, KGZr101: 0.745, TKMr101: 0.77, UZBr106: 0.807 };

describe('localText', () => {
  it('picks the language, its primary subtag, else English, and says which', () => {
    const name = catalog.regions.KZAKM.name;
    expect(localText(name, 'kk')).toEqual({ text: 'Ақмола', lang: 'kk' });
    expect(localText(name, 'ru-RU')).toEqual({ text: 'Акмолинская', lang: 'ru' });
    expect(localText(name, 'ky')).toEqual({ text: 'Akmola', lang: 'en' });
    expect(localText(undefined, 'kk')).toEqual({ text: '', lang: 'en' });
  });
});

describe('resolveRegionIndicators', () => {
  const ids = (indicator: string, countries?: string[]) => resolveRegionIndicators(catalog, indicator, countries).map((e) => e.id);
  it('finds the national files of an SDG code, filtered by country', () => {
    expect(ids('3.2.1').sort()).toEqual(['kaz/3-2-1', 'kgz/3.2.1']);
    expect(ids('3.2.1', ['KGZ'])).toEqual(['kgz/3.2.1']);
    expect(ids('3.2.1', ['kaz'])).toEqual(['kaz/3-2-1']);
    expect(ids('3.2.1', ['TJK'])).toEqual([]);
  });
  it('finds a GDL index by its name or id, and a file by its id', () => {
    expect(ids('shdi')).toEqual(['gdl/shdi']);
    expect(ids('gdl/shdi', ['TJK'])).toEqual(['gdl/shdi']);
    expect(ids(' kaz/3-2-1 ')).toEqual(['kaz/3-2-1']);
    expect(ids('99.9.9')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});

describe('regionDefaultSlice', () => {
  it('takes the total codes: kazstat _T and "not specified" urbanisation', () => {
    expect(regionDefaultSlice(catalog.indicators['kaz/3-2-1'], file('kaz/3-2-1'), ['KAZ'], {}, catalog)).toEqual({
      series: '',
      unit: 'PER_1000_LIVE_BIRTHS',
      dims: { SEX: '_T', URBANISATION: '' },
    });
  });
  it('keeps a dimension with one code (AGE Y0T4) and takes the unspecified sex as the total', () => {
    expect(regionDefaultSlice(catalog.indicators['kgz/3.2.1'], file('kgz/3.2.1'), ['KGZ'], {}, catalog)).toEqual({
      series: 'SH_DYN_MORT',
      unit: 'PER_1000_LIVE_BIRTHS',
      dims: { AGE: 'Y0T4', SEX: '' },
    });
  });
  it('lets overrides win', () => {
    const s = regionDefaultSlice(catalog.indicators['kaz/3-2-1'], file('kaz/3-2-1'), ['KAZ'], { dims: { SEX: 'F' } }, catalog);
    expect(s.dims).toEqual({ SEX: 'F', URBANISATION: '' });
  });
});

describe('regionExists', () => {
  it('reads open and closed validity bounds', () => {
    expect(regionExists(catalog.regions.KZONT, 2017)).toBe(true);
    expect(regionExists(catalog.regions.KZONT, 2018)).toBe(false);
    expect(regionExists(catalog.regions.KZABY, 2021)).toBe(false);
    expect(regionExists(catalog.regions.KZABY, 2022)).toBe(true);
    expect(regionExists(catalog.regions.KG02, 1990)).toBe(true);
  });
});

describe('regionMapData', () => {
  it('Kazakhstan 3.2.1 in 2019: the 2018 layout, every value as published, nothing unshaped', () => {
    const d = select({ indicator: '3.2.1', countries: ['KAZ'], year: 2019 });
    expect(values(d.shaped)).toEqual(KAZ_U5_2019);
    expect(d.unshaped).toEqual([]);
    expect(d.shaped.every((s) => s.shapeFile === 'geo/kaz-2018.topo.json' && s.object === 'regions')).toBe(true);
    expect(d.shaped.every((s) => s.year === 2019 && !s.nearest)).toBe(true);
    const almaty = byCode(d.shaped).KZALM;
    // the pre-2022 outline is the region's own extent in 2019
    expect([almaty.match, almaty.larger, almaty.shapeId]).toEqual(['superset', false, 'KZALM']);
    expect(values(d.national)).toEqual({ KAZ: 10.69 });
    expect(d.geometryFiles).toEqual(['geo/kaz-2018.topo.json']);
    expect(d.sources.map((s) => s.entry.id)).toEqual(['kaz/3-2-1']);
    expect(d.countriesWithoutData).toEqual([]);
  });

  it('Kazakhstan 3.2.1 in 2017: South Kazakhstan (to 2017) on its own polygon, no Turkistan or Shymkent yet', () => {
    const d = select({ indicator: '3.2.1', countries: ['KAZ'], year: 2017 });
    expect(values(d.shaped)).toEqual(KAZ_U5_2017);
    const south = byCode(d.shaped).KZONT;
    expect([south.shapeFile, south.shapeId, south.match]).toEqual(['geo/admin1.topo.json', 'KAZ-3251', 'exact']);
    expect(d.geometryFiles.sort()).toEqual(['geo/admin1.topo.json', 'geo/kaz-2018.topo.json']);
  });

  it('takes the nearest earlier year within the tolerance, never past a region’s last year', () => {
    const d = select({ indicator: '3.2.1', countries: ['KAZ'], year: 2021 });
    expect(values(d.shaped)).toEqual(KAZ_U5_2019);
    expect(d.shaped.every((s) => s.year === 2019 && s.nearest)).toBe(true);

    const strict = select({ indicator: '3.2.1', countries: ['KAZ'], year: 2021, tolerance: 1 });
    expect(strict.shaped.length).toBe(17); // still listed, as missing
    expect(strict.shaped.every((s) => s.value === null && s.year === null)).toBe(true);

    // 2017's South Kazakhstan value is within 5 years of 2021, but the region was abolished in 2018
    const wide = select({ indicator: '3.2.1', countries: ['KAZ'], year: 2021, tolerance: 5 });
    expect(byCode(wide.shaped).KZONT).toBeUndefined();
    expect(byCode(wide.unshaped).KZONT).toBeUndefined();
  });

  it('Kazakhstan 11.1.1 in 2023: Abai, Jetisu and Ulytau listed without a polygon, their parents flagged larger', () => {
    const d = select({ indicator: '11.1.1', countries: ['KAZ'], year: 2023 });
    expect({ ...values(d.shaped), ...values(d.unshaped) }).toEqual(KAZ_FAILING_2023);
    expect(d.unshaped.map((u) => [u.regionCode, u.partOf?.shapeId]).sort()).toEqual([
      ['KZABY', 'KZVOS'],
      ['KZULU', 'KZKAR'],
      ['KZZHS', 'KZALM'],
    ]);
    expect(d.unshaped.every((u) => u.partOf?.shapeFile === 'geo/kaz-2018.topo.json' && !!u.note)).toBe(true);
    const s = byCode(d.shaped);
    expect(['KZALM', 'KZKAR', 'KZVOS'].map((c) => [s[c].match, s[c].larger])).toEqual([
      ['superset', true],
      ['superset', true],
      ['superset', true],
    ]);
    expect(d.shaped.filter((x) => x.larger).map((x) => x.regionCode).sort()).toEqual(['KZALM', 'KZKAR', 'KZVOS']);
    expect(s.KZALA.value).toBe(0); // a published zero stays a zero
  });

  it('Kazakhstan 11.1.1 in 2021: no new regions yet, old outlines are not larger', () => {
    const d = select({ indicator: '11.1.1', countries: ['KAZ'], year: 2021 });
    expect(d.unshaped).toEqual([]);
    expect(d.shaped.some((x) => x.larger)).toBe(false);
    expect(byCode(d.shaped).KZALM.value).toBe(2163);
  });

  it('Kyrgyzstan 3.2.1 in 2020: Osh city listed beside the map inside the Osh region, which is flagged', () => {
    const d = select({ indicator: '3.2.1', countries: ['KGZ'], year: 2020, lang: 'ru' });
    expect({ ...values(d.shaped), ...values(d.unshaped) }).toEqual(KGZ_U5_2020);
    expect(d.unshaped.map((u) => u.regionCode)).toEqual(['KG21']);
    expect(d.unshaped[0].partOf).toEqual({ shapeFile: 'geo/admin1.topo.json', object: 'admin1', shapeId: 'KGZ-1122' });
    const osh = byCode(d.shaped).KG06;
    expect([osh.shapeId, osh.match, osh.larger]).toEqual(['KGZ-1122', 'superset', true]);
    expect(d.shaped.every((x) => x.nature === 'C' && x.series === 'SH_DYN_MORT')).toBe(true);
    expect(byCode(d.shaped).KG02.name).toEqual({ text: 'Иссык-Кульская область', lang: 'ru' });
    expect(values(d.national)).toEqual({ KGZ: 16.7 });
  });

  it('names fall back to English where the source has none in the language', () => {
    const d = select({ indicator: '3.2.1', countries: ['KGZ'], year: 2020, lang: 'kk' });
    expect(byCode(d.shaped).KG02.name).toEqual({ text: 'Issyk-Kul', lang: 'en' });
  });

  it('GDL shdi in 2019: all six countries, Bishkek and Ashgabat listed without a polygon', () => {
    const d = select({ indicator: 'shdi', year: 2019 });
    expect(d.shaped.length + d.unshaped.length).toBe(39);
    expect(d.unshaped.map((u) => [u.regionCode, u.value, u.partOf])).toEqual([
      ['KGZr101', 0.745, null],
      ['TKMr101', 0.77, null],
    ]);
    const all = { ...values(d.shaped), ...values(d.unshaped) };
    for (const [code, v] of Object.entries(SHDI_2019_SOME)) expect(all[code], code).toBe(v);
    expect(new Set(d.shaped.map((s) => s.country))).toEqual(new Set(['AFG', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']));
    expect(d.geometryFiles).toEqual(['geo/gdl.topo.json']);
    const almaty = byCode(d.shaped).KAZr101;
    expect(almaty.name.text).toBe('Kazakhstan - Almaty city');
    expect(almaty.shortName.text).toBe('Almaty city');
    expect(byCode(d.national).KGZt.value).toBe(0.698);
    expect(d.national.length).toBe(6);
  });

  it('GDL names borrow the national source’s name of the same single region in other languages', () => {
    const d = select({ indicator: 'shdi', year: 2019, lang: 'ru' });
    const s = { ...byCode(d.shaped), ...byCode(d.unshaped) };
    // kazstat's Russian name of KZ-75 as published (with its underscore), the NSC's of KG-GB and KG-Y
    expect(s.KAZr101.name).toEqual({ text: 'г_Алматы', lang: 'ru' });
    expect(s.KGZr101.name).toEqual({ text: 'г. Бишкек', lang: 'ru' });
    expect(s.KGZr102.name).toEqual({ text: 'Иссык-Кульская область', lang: 'ru' });
    // no Russian name anywhere for a Tajik region, nor for a GDL group of several regions: English, said so
    expect(s.TJKr102.name).toEqual({ text: 'Tajikistan - Khatlon', lang: 'en' });
    expect(s.TJKr102.shortName).toEqual({ text: 'Khatlon', lang: 'en' });
    expect(s.AFGr101.name.lang).toBe('en');
  });

  it('reports countries without regional data and keeps the two national sources apart', () => {
    const d = select({ indicator: '3.2.1', countries: ['KAZ', 'KGZ', 'TJK'], year: 2019 });
    expect(d.countriesWithoutData).toEqual(['TJK']);
    expect(d.sources.map((s) => s.entry.id).sort()).toEqual(['kaz/3-2-1', 'kgz/3.2.1']);
    expect(d.unitsDiffer).toBe(false);
    expect(new Set(d.shaped.map((s) => s.dataset))).toEqual(new Set(['kaz', 'kgz']));
    expect(byCode(d.shaped).KZAKM.file).toBe('kaz/3-2-1');
  });

  it('returns nothing, without throwing, for an unknown indicator or missing files', () => {
    const d = select({ indicator: 'nope', year: 2020 });
    expect([d.shaped, d.unshaped, d.sources]).toEqual([[], [], []]);
    const empty = regionMapData(catalog, {}, { indicator: '3.2.1', year: 2020 });
    expect(empty.shaped).toEqual([]);
  });
});

describe('regionDataYears', () => {
  const years = (indicator: string, countries: string[]) => {
    const files = new Map(resolveRegionIndicators(catalog, indicator, countries).map((e) => [e.id, file(e.id)]));
    return regionDataYears(catalog, files, indicator, countries);
  };
  const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  it('lists the years with regional values in the total slice', () => {
    // raw: kaz 3-2-1 regional rows with sex _T, urbanisation '' in 2010–2019; kgz 3.2.1 sex '' in 2007–2024
    expect(years('3.2.1', ['KAZ'])).toEqual(span(2010, 2019));
    expect(years('3.2.1', ['KGZ'])).toEqual(span(2007, 2024));
    expect(years('3.2.1', [])).toEqual(span(2007, 2024));
    // raw: kaz 16-2-1 (MICS surveys) has regional rows in 2010 and 2015 only
    expect(years('16.2.1', ['KAZ'])).toEqual([2010, 2015]);
    expect(years('nope', [])).toEqual([]);
  });
});

/* Check the hand-copied tables against the raw CSVs (data-raw/) once more. */
const raw = resolve(repo, 'data-raw', 'subnational');
describe('hand-copied expectations against the raw CSVs', () => {
  const csv = (name: string) => {
    const [head, ...lines] = readFileSync(join(raw, name), 'utf8').trim().split('\n');
    const cols = head.split(',');
    // the fields used here contain no commas or quotes
    return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
  };
  it('kaz 3-2-1 2019', () => {
    const rows = csv('kaz_sdg_by_region.csv').filter(
      (r) => r.indicator_id === '3-2-1' && r.year === '2019' && r.sex === '_T' && r.urbanisation === '' && r.region_code_src,
    );
    expect(Object.fromEntries(rows.map((r) => [r.region_code_src, Number(r.value)]))).toEqual(KAZ_U5_2019);
  });
  it('kgz 3.2.1 2020', () => {
    const rows = csv('kgz_sdg_by_region.csv').filter(
      (r) => r.indicator_id === '3.2.1' && r.year === '2020' && r.sex === '' && r.area_level !== 'national',
    );
    expect(Object.fromEntries(rows.map((r) => [r.region_code_src, Number(r.value)]))).toEqual(KGZ_U5_2020);
  });
});
