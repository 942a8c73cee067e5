import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { waterName } from '../../../src/core/geometry/water-names.js';
import { languages } from '../../../src/i18n/languages.js';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const table = csvParse(readFileSync(join(repo, 'data-raw', 'names', 'water.csv'), 'utf8'));
const topo = (f: string) => JSON.parse(readFileSync(join(repo, 'data', 'geo', f), 'utf8')) as Topology;
type Props = { name?: string | null; label?: string | null; names?: Record<string, string>; wikidata?: string };
const props = (t: Topology, o: string): Props[] =>
  (t.objects[o] as GeometryCollection<Props>).geometries.map((g) => (g.properties ?? {}) as Props);

describe('waterName', () => {
  const names = { en: 'Irtysh', ru: 'Иртыш', kk: 'Ертіс', uz: 'Irtish', 'uz-Cyrl': 'Иртиш', 'fa-AF': 'ایرتیش' };

  it('takes the exact language tag first', () => {
    expect(waterName(names, 'Ertis', 'uz-Cyrl')).toEqual({ text: 'Иртиш', lang: 'uz-Cyrl' });
    expect(waterName(names, 'Ertis', 'kk')).toEqual({ text: 'Ертіс', lang: 'kk' });
  });

  it('then a name in the same language under another tag', () => {
    expect(waterName(names, 'Ertis', 'ru-RU')).toEqual({ text: 'Иртыш', lang: 'ru' });
    expect(waterName(names, 'Ertis', 'fa')).toEqual({ text: 'ایرتیش', lang: 'fa-AF' });
    expect(waterName(names, 'Ertis', 'UZ-latn')).toEqual({ text: 'Irtish', lang: 'uz' });
  });

  it("falls back to the table's English name, then to the map's", () => {
    expect(waterName(names, 'Ertis', 'ps')).toEqual({ text: 'Irtysh', lang: 'en' });
    expect(waterName({ ru: 'Тобол' }, 'Tobol', 'ps')).toEqual({ text: 'Tobol', lang: 'en' });
    expect(waterName(undefined, 'Helmand', 'kk')).toEqual({ text: 'Helmand', lang: 'en' });
  });
});

describe('data-raw/names/water.csv', () => {
  it("has a column for each of the elements' languages", () => {
    for (const { code } of languages) expect(table.columns, code).toContain(code);
  });

  it('names the waters of the issue in Russian, Kazakh, Kyrgyz, Uzbek (both scripts) and Turkmen', () => {
    const issue = [
      'Caspian Sea',
      'Lake Balkhash',
      'Issyk-Kul',
      'Amu Darya',
      'Syr Darya',
      'Ile',
      'Irtysh',
      'Ural',
      'Zarafshon',
      'Naryn',
    ];
    for (const ne of issue) {
      const row = table.find((r) => r.ne_name === ne);
      expect(row, ne).toBeDefined();
      for (const l of ['ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tk']) expect(row![l], `${ne} ${l}`).not.toBe('');
    }
  });

  it('is shipped: every row is on the features of that name in countries.topo.json or rivers.topo.json', () => {
    const water = props(topo('countries.topo.json'), 'water');
    const rivers = props(topo('rivers.topo.json'), 'rivers');
    for (const row of table) {
      const features =
        row.layer === 'water'
          ? water.filter((p) => p.name === row.ne_name)
          : rivers.filter((p) => p.label === row.ne_name);
      expect(features.length, row.ne_name).toBeGreaterThan(0);
      const expected = Object.fromEntries(languages.map(({ code }) => [code, row[code]]).filter(([, v]) => v));
      for (const p of features) {
        expect(p.names, row.ne_name).toEqual(expected);
        expect(p.wikidata ?? '', row.ne_name).toBe(row.wikidata);
      }
    }
  });

  it('has a source column, and a cited row names the Wikidata item of its own Q-id', () => {
    expect(table.columns).toContain('source');
    const cited = table.filter((r) => r.source);
    expect(cited.length).toBeGreaterThan(0);
    for (const r of cited) {
      expect(r.wikidata, r.ne_name).toMatch(/^Q\d+$/);
      expect(r.source, r.ne_name).toContain(`Wikidata ${r.wikidata}`);
    }
  });

  it('agrees with Natural Earth 5 (name_ru, name_fa, wikidataid) where a row cites it', () => {
    // Values as published in Natural Earth 5's 1:110m lakes and rivers attribute tables.
    const ne: [string, string, string, string | null][] = [
      ['Aral Sea', 'Q35883', 'Аральское море', null],
      ['Lake Balkhash', 'Q134485', 'Балхаш', null],
      ['Ob', 'Q973', 'Обь', 'رود اب'],
      ['Brahmaputra', 'Q45403', 'Брахмапутра', 'رود براهماپوترا'],
    ];
    for (const [name, q, ru, fa] of ne) {
      const row = table.find((r) => r.ne_name === name);
      expect(row?.wikidata, name).toBe(q);
      expect(row?.ru, name).toBe(ru);
      if (fa) expect(row?.['fa-AF'], name).toBe(fa);
      expect(row?.source, name).toMatch(/^Natural Earth 5\.x /);
    }
  });

  it('hand-checked: the Kazakh Caspian, Balkhash, Issyk-Kul and Amu Darya', () => {
    const water = props(topo('countries.topo.json'), 'water');
    const rivers = props(topo('rivers.topo.json'), 'rivers');
    expect(water.find((p) => p.name === 'Caspian Sea')?.names?.kk).toBe('Каспий теңізі');
    expect(water.find((p) => p.name === 'Lake Balkhash')?.names?.kk).toBe('Балқаш көлі');
    expect(water.find((p) => p.name === 'Issyk-Kul')?.names?.ky).toBe('Ысык-Көл');
    expect(rivers.find((p) => p.label === 'Amu Darya')?.names?.kk).toBe('Әмудария');
  });
});
