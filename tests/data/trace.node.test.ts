/**
 * Traces every shipped value in `data/` back to its row in the raw data (`data-raw/`), and every raw row
 * (of the areas and regions the library ships) forward to a shipped value. Reads the raw CSVs with d3-dsv on its
 * own; nothing here imports the build script. The raw data are part of the repository, so these tests never skip.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse, type DSVRowString } from 'd3-dsv';
import { feature } from 'topojson-client';
import { geoArea } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type {
  Catalog,
  SeriesFile,
  RegionCatalog,
  RegionSeriesFile,
  PublishedValue,
} from '../../src/core/data/types.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const raw = resolve(repo, 'data-raw');
const data = join(repo, 'data');

const csv = (rel: string) => csvParse(readFileSync(join(raw, rel), 'utf8'));
const json = <T>(rel: string): T => JSON.parse(readFileSync(join(data, rel), 'utf8')) as T;

const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
const FLAGS = new Set(['N', '>95', '<5', '<2.5']);

/** Canonical text of a published value, the same for the raw text and the shipped JSON value. */
function canonValue(v: PublishedValue | string, fromRaw: boolean): string {
  if (fromRaw) {
    const s = v as string;
    return FLAGS.has(s) ? `flag:${s}` : `num:${Number(s)}`;
  }
  return typeof v === 'number' ? `num:${v}` : `flag:${v}`;
}

/** `name=CODE;…` → sorted `name=CODE` list (order in the raw field is not meaningful). */
const otherParts = (s: string) => (s ? s.split(';').filter(Boolean).sort() : []);

/** Rebuild dimension codes of shipped row i: every dimension whose code is not `''`. */
function dimsAt(dims: Record<string, { codes: string[]; index: number[] }>, i: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, d] of Object.entries(dims)) {
    const code = d.codes[d.index[i]!];
    if (code === undefined) throw new Error(`dimension ${name}: index out of range at row ${i}`);
    if (code !== '') out[name] = code;
  }
  return out;
}

/** Compare two multisets of canonical row strings; report the first few differences. */
function expectSameRows(label: string, shipped: string[], source: string[]) {
  const count = new Map<string, number>();
  for (const s of source) count.set(s, (count.get(s) ?? 0) + 1);
  const extra: string[] = [];
  for (const s of shipped) {
    const n = count.get(s);
    if (!n) extra.push(s);
    else count.set(s, n - 1);
  }
  const missing = [...count].filter(([, n]) => n > 0).map(([s]) => s);
  expect({ label, shippedWithoutSource: extra.slice(0, 5), sourceNotShipped: missing.slice(0, 5) }).toEqual({
    label,
    shippedWithoutSource: [],
    sourceNotShipped: [],
  });
  expect(shipped.length).toBe(source.length);
}

function columnLengths(f: { area: string[]; year: number[]; value: unknown[] } & Record<string, unknown>) {
  const n = f.area.length;
  expect(f.year.length).toBe(n);
  expect(f.value.length).toBe(n);
  for (const key of ['nature', 'status', 'unitMult']) {
    const col = f[key] as unknown[] | undefined;
    if (col) expect(col.length, key).toBe(n);
  }
  for (const [name, d] of Object.entries(f.dims as Record<string, { index: number[] }>)) expect(d.index.length, name).toBe(n);
}

const decimalsOf = (s: string) => (s.includes('.') ? s.split('.')[1]!.length : 0);

describe('country-level data (data/catalog.json, data/series/*.json)', () => {
  let rows: DSVRowString[];
  let cat: DSVRowString[];
  let catalog: Catalog;
  beforeAll(() => {
    rows = csv('sdg/sdg_indicators_central_asia.csv');
    cat = csv('sdg/sdg_series_catalog.csv');
    catalog = json<Catalog>('catalog.json');
  });

  it('lists the six countries and five aggregates with their M49 codes', () => {
    const geo = csv('sdg/geo_codes.csv');
    expect(catalog.areas.map((a) => [a.code, a.m49, a.type, a.name.en])).toEqual(
      geo.map((g) => [g.geo_code, Number(g.m49), g.geo_type, g.geo_name]),
    );
    expect(catalog.areas.filter((a) => a.type === 'country').map((a) => a.iso2)).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AF']);
  });

  it('lists 17 goals with the official UN colours and the English titles of sdg-translations', () => {
    const colours = '#E5243B #DDA63A #4C9F38 #C5192D #FF3A21 #26BDE2 #FCC30B #A21942 #FD6925 #DD1367 #FD9D24 #BF8B2E #3F7E44 #0A97D9 #56C02B #00689D #19486A'.split(' ');
    expect(catalog.goals.map((g) => g.color)).toEqual(colours);
    const en = readFileSync(join(raw, 'i18n/sdg-translations/en/global_goals.yml'), 'utf8');
    expect(en).toContain(`3-short: ${catalog.goals[2]!.short.en}`);
    expect(catalog.goals[0]!.title.ru).toBe('Повсеместная ликвидация нищеты во всех ее формах');
  });

  it('has one catalog entry and one file per raw series, with the raw goal, target, indicators, unit and headline flag', () => {
    expect(Object.keys(catalog.series).sort()).toEqual(cat.map((c) => c.series).sort());
    for (const c of cat) {
      const s = catalog.series[c.series]!;
      const goals = c.goal.split(',').map((x) => Number(x.trim()));
      expect(s.goal, c.series).toBe(goals[0]);
      expect(s.target).toBe(c.target.split(',')[0]!.trim());
      expect(s.indicators).toEqual(c.indicator.split(',').map((x) => x.trim()));
      expect(s.unit).toBe(c.units);
      expect(s.headline).toBe(c.headline === '1');
      expect(c.description.startsWith(s.title.en)).toBe(true);
      expect(s.file).toBe(`series/${c.series}.json`);
      expect(existsSync(join(data, s.file))).toBe(true);
      expect(catalog.units[s.unit]?.en, s.unit).toBeTruthy();
      expect(['higher', 'lower', null]).toContain(s.better);
    }
    expect(readdirSync(join(data, 'series')).length).toBe(cat.length);
  });

  it('indexes every indicator code the raw catalog names, each with its series and a headline among them', () => {
    const expected = new Map<string, string[]>();
    for (const c of cat) for (const code of c.indicator.split(',').map((x) => x.trim())) expected.set(code, [...(expected.get(code) ?? []), c.series]);
    expect(Object.keys(catalog.indicators).sort()).toEqual([...expected.keys()].sort());
    for (const [code, list] of expected) {
      const e = catalog.indicators[code]!;
      expect(e.series.slice().sort(), code).toEqual(list.slice().sort());
      expect(list).toContain(e.headline);
      const flagged = list.filter((s) => cat.find((c) => c.series === s)!.headline === '1');
      if (flagged.length) expect(flagged).toContain(e.headline);
      expect(e.goal).toBe(Number(code.split('.')[0]));
    }
    expect(catalog.indicators['3.2.1']!.headline).toBe('SH_DYN_MORT');
  });

  it('ships every raw row exactly once: area, year, value, unit, nature, status and every dimension', () => {
    const bySeries = new Map<string, DSVRowString[]>();
    for (const r of rows) bySeries.set(r.series!, [...(bySeries.get(r.series!) ?? []), r]);
    let total = 0;
    for (const c of cat) {
      const f = json<SeriesFile>(`series/${c.series}.json`);
      expect(f.series).toBe(c.series);
      columnLengths(f as never);
      const src = bySeries.get(c.series) ?? [];
      for (const r of src) expect(r.unit, c.series).toBe(f.unit);
      const base = ['sex', 'age', 'location', 'quantile', 'education_level'];
      const rawKey = (r: DSVRowString) =>
        [r.geo_code, r.year, canonValue(r.value!, true), r.nature, f.status ? r.observation_status : '',
          ...base.map((d) => `${d}=${r[d]}`), ...otherParts(r.other_disaggregation!)].join('|');
      const shippedKey = (i: number) => {
        const d = dimsAt(f.dims, i);
        const other = Object.entries(d).filter(([k]) => !base.includes(k)).map(([k, v]) => `${k}=${v}`).sort();
        return [f.area[i], f.year[i], canonValue(f.value[i]!, false), f.nature[i], f.status ? f.status[i] : '',
          ...base.map((b) => `${b}=${d[b] ?? ''}`), ...other].join('|');
      };
      if (!f.status) for (const r of src) expect(r.observation_status, c.series).toBe('');
      expectSameRows(c.series, f.area.map((_a, i) => shippedKey(i)), src.map(rawKey));
      for (const v of f.value) expect(typeof v === 'number' || FLAGS.has(v)).toBe(true);
      total += f.area.length;
    }
    expect(total).toBe(rows.length);
  });

  it('derives decimals, years and dimensions from the raw rows', () => {
    for (const c of cat) {
      const s = catalog.series[c.series]!;
      const src = rows.filter((r) => r.series === c.series);
      const nums = src.filter((r) => !FLAGS.has(r.value!));
      expect(s.decimals, c.series).toBe(Math.max(0, ...nums.map((r) => decimalsOf(r.value!))));
      const cy = src.filter((r) => SIX.includes(r.geo_code!)).map((r) => Number(r.year));
      expect(s.years, c.series).toEqual(cy.length ? [Math.min(...cy), Math.max(...cy)] : null);
      for (const [dim, codes] of Object.entries(s.dimensions!)) {
        const rawCodes = new Set(src.map((r) => (dim in r ? r[dim]! : (otherParts(r.other_disaggregation!).find((p) => p.startsWith(`${dim}=`))?.slice(dim.length + 1) ?? ''))));
        expect(new Set(codes), `${c.series} ${dim}`).toEqual(rawCodes);
        expect(codes).toContain(s.defaultSlice[dim]);
      }
      // The default slice selects at least one country row.
      if (cy.length) {
        const f = json<SeriesFile>(s.file);
        const hit = f.area.some((a, i) => SIX.includes(a) && Object.entries(s.defaultSlice).every(([k, v]) => f.dims[k]!.codes[f.dims[k]!.index[i]!] === v));
        expect(hit, c.series).toBe(true);
      }
    }
    expect(catalog.series.SH_DYN_MORT!.defaultSlice.sex).toBe('BOTHSEX');
  });

  it('keeps the published digits in the file text (27.20 stays 27.20)', () => {
    const text = readFileSync(join(data, 'series/EG_TBA_H2CO.json'), 'utf8');
    const src = rows.filter((r) => r.series === 'EG_TBA_H2CO' && r.value === '27.20');
    expect(src.length).toBeGreaterThan(0);
    expect(text).toMatch(/[[,]27\.20[,\]]/);
  });
});

describe('region-level data (data/regions/)', () => {
  let rc: RegionCatalog;
  beforeAll(() => {
    rc = json<RegionCatalog>('regions/catalog.json');
  });

  const other = (s: string) => otherParts(s);
  function shippedRowKeys(f: RegionSeriesFile, fields: (i: number) => string[]) {
    columnLengths(f as never);
    return f.area.map((_a, i) => {
      const d = dimsAt(f.dims, i);
      const o = Object.entries(d).filter(([k]) => !['SEX', 'AGE', 'URBANISATION'].includes(k)).map(([k, v]) => `${k}=${v}`).sort();
      return [f.area[i], f.year[i], canonValue(f.value[i]!, false), f.series.codes[f.series.index[i]!], f.unit.codes[f.unit.index[i]!],
        d.SEX ?? '', d.AGE ?? '', d.URBANISATION ?? '', ...fields(i), ...o].join('|');
    });
  }
  const filesOf = (ds: string) => Object.values(rc.indicators).filter((e) => e.dataset === ds);

  it('Kazakhstan: every kazstat row, national and regional, shipped once under its indicator file', () => {
    const src = csv('subnational/kaz_sdg_by_region.csv');
    const ids = csv('subnational/kaz_indicators.csv').map((r) => r.indicator_id!);
    expect(filesOf('kaz').map((e) => e.id).sort()).toEqual(ids.map((i) => `kaz/${i}`).sort());
    let n = 0;
    for (const id of ids) {
      const e = rc.indicators[`kaz/${id}`]!;
      const f = json<RegionSeriesFile>(e.file);
      const s = src.filter((r) => r.indicator_id === id);
      const rawKeys = s.map((r) => [r.area_level === 'national' ? 'KAZ' : r.region_code_src, r.year, canonValue(r.value!, true), r.series, r.unit,
        r.sex, r.age, r.urbanisation, ...other(r.other_disaggregation!)].join('|'));
      expectSameRows(`kaz/${id}`, shippedRowKeys(f, () => []), rawKeys);
      expect(e.indicator).toBe(s[0]!.indicator_code);
      n += f.area.length;
    }
    expect(n).toBe(src.length);
  });

  it('Kyrgyzstan: every NSC row shipped once, with nature, status and unit multiplier', () => {
    const src = csv('subnational/kgz_sdg_by_region.csv');
    const ids = [...new Set(src.map((r) => r.indicator_id!))];
    expect(filesOf('kgz').map((e) => e.id).sort()).toEqual(ids.map((i) => `kgz/${i}`).sort());
    let n = 0;
    for (const id of ids) {
      const f = json<RegionSeriesFile>(rc.indicators[`kgz/${id}`]!.file);
      const s = src.filter((r) => r.indicator_id === id);
      const rawKeys = s.map((r) => [r.area_level === 'national' ? 'KGZ' : r.region_code_src, r.year, canonValue(r.value!, true), r.series, r.unit,
        r.sex, r.age, r.urbanisation, r.nature, r.obs_status, r.unit_mult === '' ? '0' : r.unit_mult, ...other(r.other_disaggregation!)].join('|'));
      const shipped = shippedRowKeys(f, (i) => [f.nature![i]!, f.status![i]!, String(f.unitMult ? f.unitMult[i] : 0)]);
      expectSameRows(`kgz/${id}`, shipped, rawKeys);
      n += f.area.length;
    }
    expect(n).toBe(src.length);
  });

  it('Global Data Lab: every row of the six countries shipped once per indicator', () => {
    const src = csv('subnational/gdl_shdi_subnational.csv');
    const inds = csv('subnational/gdl_indicators.csv').map((r) => r.indicator!);
    expect(filesOf('gdl').map((e) => e.id).sort()).toEqual(inds.map((i) => `gdl/${i}`).sort());
    let n = 0;
    for (const ind of inds) {
      const f = json<RegionSeriesFile>(rc.indicators[`gdl/${ind}`]!.file);
      const s = src.filter((r) => r.indicator === ind);
      const rawKeys = s.map((r) => [r.gdlcode, r.year, canonValue(r.value!, true), ind].join('|'));
      columnLengths(f as never);
      const shipped = f.area.map((a, i) => [a, f.year[i], canonValue(f.value[i]!, false), f.series.codes[f.series.index[i]!]].join('|'));
      expectSameRows(`gdl/${ind}`, shipped, rawKeys);
      for (const a of new Set(f.area)) expect(rc.regions[a]!.country).toBe(s.find((r) => r.gdlcode === a)!.country_iso3);
      n += f.area.length;
    }
    expect(n).toBe(src.length);
  });

  it('names regions and codes them as the crosswalks do, and flags the regions without a polygon', () => {
    for (const r of csv('subnational/kaz_regions_crosswalk.csv')) {
      const e = rc.regions[r.region_code_src!]!;
      expect(e.name).toMatchObject({ en: r.name_en, ru: r.name_ru, kk: r.name_kk });
      expect(e.iso_3166_2).toBe(r.iso_3166_2 || null);
      expect(e.iso_3166_2_legacy ?? '').toBe(r.iso_3166_2_legacy);
    }
    for (const r of csv('subnational/kgz_regions_crosswalk.csv')) {
      const e = rc.regions[r.region_code_src!]!;
      expect(e.name).toMatchObject({ en: r.name_en, ru: r.name_ru });
      expect(e.iso_3166_2).toBe(r.iso_3166_2);
    }
    // Created in 2022: values, no polygon of their own in any shipped geometry.
    for (const code of ['KZABY', 'KZZHS', 'KZULU']) {
      expect(rc.regions[code]!.hasShape, code).toBe(false);
      expect(Object.values(rc.indicators).some((e) => e.regions.includes(code)), code).toBe(true);
    }
    expect(rc.regions.KZABY!.iso_3166_2).toBe('KZ-10');
    expect(rc.regions.KZZHS!.iso_3166_2).toBe('KZ-33');
    expect(rc.regions.KZULU!.iso_3166_2).toBe('KZ-62');
    expect(rc.regions.KZAKM!.hasShape).toBe(true);
  });

  it('points every exact/superset shape at a feature that exists in the named geometry file', () => {
    const cache = new Map<string, Set<string>>();
    for (const r of Object.values(rc.regions)) {
      for (const s of r.shapes) {
        if (!cache.has(s.file + s.object)) {
          const t = json<Topology>(s.file);
          cache.set(s.file + s.object, new Set((t.objects[s.object] as unknown as { geometries: { properties: { id: string } }[] }).geometries.map((g) => g.properties.id)));
        }
        expect(cache.get(s.file + s.object)!.has(s.id), `${r.code} → ${s.file} ${s.id}`).toBe(true);
      }
    }
  });
});

describe('geometry (data/geo/*.topo.json)', () => {
  const load = (f: string) => json<Topology>(`geo/${f}`);
  const features = (t: Topology, o: string) => feature(t, t.objects[o]!) as unknown as GeoJSON.FeatureCollection;

  it('countries.topo.json holds the six countries, their neighbours and the water bodies, none wound inside-out', () => {
    const t = load('countries.topo.json');
    expect(t.type).toBe('Topology');
    const cs = features(t, 'countries');
    const ids = cs.features.map((f) => f.properties!.id);
    for (const c of [...SIX, 'RUS', 'CHN', 'MNG', 'IRN', 'PAK', 'IND', 'AZE']) expect(ids).toContain(c);
    const water = features(t, 'water').features.map((f) => f.properties!);
    for (const n of ['Caspian Sea', 'Garabogaz Bay', 'Aral Sea', 'Lake Balkhash', 'Issyk-Kul', 'Alakol', 'Lake Zaysan']) {
      expect(water.map((w) => w.name)).toContain(n);
    }
    expect(water.find((w) => w.name === 'Aral Sea')!.note).toMatch(/Natural Earth 4\.0/);
    // An inside-out ring would cover (almost) the whole sphere: 4π sr. Kazakhstan is about 0.07 sr.
    for (const f of [...cs.features, ...features(t, 'water').features]) expect(geoArea(f), f.properties!.id).toBeLessThan(0.5);
  });

  it('admin1, kaz-2018, gdl and rivers parse as TopoJSON and cover the six countries', () => {
    const admin1 = features(load('admin1.topo.json'), 'admin1');
    expect(new Set(admin1.features.map((f) => f.properties!.country))).toEqual(new Set(SIX));
    const kaz = features(load('kaz-2018.topo.json'), 'regions');
    expect(kaz.features.length).toBe(17);
    expect(kaz.features.slice(-3).map((f) => f.properties!.id).sort()).toEqual(['KZALA', 'KZNS', 'KZSHY']);
    const gdl = features(load('gdl.topo.json'), 'regions');
    expect(new Set(gdl.features.map((f) => f.properties!.country))).toEqual(new Set(SIX));
    for (const f of [...admin1.features, ...kaz.features, ...gdl.features]) expect(geoArea(f), f.properties!.id).toBeLessThan(0.5);
    const rivers = features(load('rivers.topo.json'), 'rivers');
    expect(rivers.features.map((f) => f.properties!.label)).toContain('Amu Darya');
  });
});
