import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { waterName } from '../../../src/core/geometry/water-names.js';
import { languages } from '../../../src/i18n/languages.js';
import { cellSources } from '../../../scripts/data/geo.mjs';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const table = csvParse(readFileSync(join(repo, 'data-raw', 'names', 'water.csv'), 'utf8'));
const sources = csvParse(readFileSync(join(repo, 'data-raw', 'names', 'sources.csv'), 'utf8'));
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

  it("then a name in the reader's second language, marked as such", () => {
    expect(waterName(names, 'Ertis', 'ps')).toEqual({ text: 'ایرتیش', lang: 'fa-AF' });
    expect(waterName({ en: 'Tobol', ru: 'Тобол' }, 'Tobol', 'kk-KZ')).toEqual({ text: 'Тобол', lang: 'ru' });
    expect(waterName({ en: 'Tobol', ru: 'Тобол' }, 'Tobol', 'ky')).toEqual({ text: 'Тобол', lang: 'ru' });
    expect(waterName({ en: 'Vakhsh', ru: 'Вахш' }, 'Vakhsh', 'tg')).toEqual({ text: 'Вахш', lang: 'ru' });
    expect(waterName({ en: 'Ili', uz: 'Ili', ru: 'Или' }, 'Ili', 'uz-Cyrl')).toEqual({ text: 'Ili', lang: 'uz' });
    expect(waterName({ en: 'Ili', ru: 'Или' }, 'Ili', 'uz-Cyrl')).toEqual({ text: 'Или', lang: 'ru' });
    expect(waterName({ en: 'Ili', 'uz-Cyrl': 'Или' }, 'Ili', 'uz')).toEqual({ text: 'Или', lang: 'uz-Cyrl' });
    // An empty cell is no name: the second language serves.
    expect(waterName({ en: 'Tobol', kk: '', ru: 'Тобол' }, 'Tobol', 'kk')).toEqual({ text: 'Тобол', lang: 'ru' });
  });

  it("falls back to the table's English name, then to the map's", () => {
    expect(waterName(names, 'Ertis', 'tk')).toEqual({ text: 'Irtysh', lang: 'en' });
    expect(waterName({ ru: 'Тобол' }, 'Tobol', 'tk')).toEqual({ text: 'Tobol', lang: 'en' });
    expect(waterName({ ru: 'Тобол' }, 'Tobol', 'ps')).toEqual({ text: 'Tobol', lang: 'en' });
    expect(waterName(undefined, 'Helmand', 'kk')).toEqual({ text: 'Helmand', lang: 'en' });
    // Russian readers have no second language here; a prototype key is not a language.
    expect(waterName({ en: 'Ob', kk: 'Об' }, 'Ob', 'ru')).toEqual({ text: 'Ob', lang: 'en' });
    expect(waterName({ en: 'Ob' }, 'Ob', 'constructor')).toEqual({ text: 'Ob', lang: 'en' });
  });
});

describe('data-raw/names/water.csv', () => {
  it("has a column for each of the elements' languages", () => {
    for (const { code } of languages) expect(table.columns, code).toContain(code);
  });

  it('gives every name a source: cellSources accepts every row', () => {
    const ids = new Set(sources.map((s) => s.id));
    for (const row of table) {
      const cited = cellSources(row, ids, [row.ne_name, row.en]);
      for (const { code } of languages) expect(cited.has(code), `${row.ne_name} ${code}`).toBe(!!row[code]);
    }
  });

  it('cellSources refuses a name with no source, a source for an empty cell, an unknown id and a wrong ne10 name', () => {
    const ids = new Set(['ne10', 'ne50-lakes']);
    const row = {
      layer: 'water',
      ne_name: 'Lake X',
      en: 'Lake X',
      ru: 'Икс',
      kk: '',
      sources: 'en=ne10; ru=ne50-lakes',
    };
    expect(cellSources(row, ids, ['Lake X']).get('ru')).toBe('ne50-lakes');
    expect(() => cellSources({ ...row, sources: 'en=ne10' }, ids, ['Lake X'])).toThrow(/ru "Икс" has no source/);
    expect(() => cellSources({ ...row, sources: row.sources + '; kk=ne50-lakes' }, ids, ['Lake X'])).toThrow(
      /kk cites ne50-lakes but has no name/,
    );
    expect(() => cellSources({ ...row, sources: 'en=ne10; ru=osm' }, ids, ['Lake X'])).toThrow(/unknown source "osm"/);
    expect(() => cellSources(row, ids, ['X Köli'])).toThrow(/none of Natural Earth's names/);
    const wiki = { ...row, kk: 'Икс көлі', sources: row.sources + '; kk=https://kk.wikipedia.org/wiki/Икс' };
    expect(cellSources(wiki, ids, ['Lake X']).get('kk')).toMatch(/^https:/);
  });

  it("a cell citing a Wikipedia article holds that article's title, in that language's Wikipedia", () => {
    let n = 0;
    for (const row of table) {
      for (const part of row.sources.split(';')) {
        const [langs, source] = part.split('=').map((x) => x.trim());
        if (!source?.startsWith('https://')) continue;
        const url = new URL(source);
        for (const l of langs.split('+')) {
          expect(url.hostname, `${row.ne_name} ${l}`).toBe(`${l.split('-')[0].toLowerCase()}.wikipedia.org`);
          const title = decodeURIComponent(url.pathname.replace(/^\/wiki\//, '')).replace(/_/g, ' ');
          expect(row[l], `${row.ne_name} ${l}`).toBe(title);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(0);
  });

  it('data-raw/names/sources.csv describes every source id the table uses, with its licence', () => {
    const ids = new Set(sources.map((s) => s.id));
    for (const s of sources) {
      expect(s.where, s.id).not.toBe('');
      expect(s.licence, s.id).not.toBe('');
    }
    const used = table.flatMap((r) =>
      r.sources
        .split(';')
        .map((p) => p.split('=')[1]?.trim())
        .filter(Boolean),
    );
    for (const u of used) expect(ids.has(u) || u.startsWith('https://'), u).toBe(true);
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

  it('has the Q-id of the Wikidata item wherever a row cites a Natural Earth 5 table', () => {
    for (const r of table.filter((r) => /=ne(50|110)-/.test(r.sources)))
      expect(r.wikidata, r.ne_name).toMatch(/^Q\d+$/);
  });

  it('agrees with Natural Earth 5 (wikidataid, name_ru, name_fa) where a row cites it', () => {
    // Typed from the published attribute tables named in data-raw/names/sources.csv (not from the build's output).
    const ne: [string, string, string, string, string | null][] = [
      ['Caspian Sea', 'ne110-marine', 'Q5484', 'Каспийское море', null], // name_fa is the Iranian name: not taken
      ['Aral Sea', 'ne110-lakes', 'Q35883', 'Аральское море', null],
      ['Lake Balkhash', 'ne50-lakes', 'Q134485', 'Балхаш', 'دریاچه بالخاش'],
      ['Issyk-Kul', 'ne50-lakes', 'Q42191', 'Иссык-Куль', 'دریاچه ایسیک کول'],
      ['Shardara Bgeni', 'ne50-lakes', 'Q2474777', 'Чардаринское водохранилище', null],
      ['Amu Darya', 'ne50-rivers', 'Q8493', 'Амударья', 'آمودریا'],
      ['Syr Darya', 'ne50-rivers', 'Q483159', 'Сырдарья', 'سیردریا'],
      ['Irtysh', 'ne50-rivers', 'Q128102', 'Иртыш', 'ایرتیش'],
      ['Ob', 'ne50-rivers', 'Q973', 'Обь', 'رود اب'],
    ];
    for (const [name, source, q, ru, fa] of ne) {
      const row = table.find((r) => r.ne_name === name)!;
      const ids = new Set(sources.map((s) => s.id));
      const cited = cellSources(row, ids, [row.ne_name, row.en]);
      expect(row.wikidata, name).toBe(q);
      expect(row.ru, name).toBe(ru);
      expect(cited.get('ru'), name).toBe(source);
      expect(row['fa-AF'] || null, name).toBe(fa);
      if (fa) expect(cited.get('fa-AF'), name).toBe(source);
    }
  });

  it('leaves a cell empty where no source was found (the Russian name is drawn there for Kazakh), e.g. the Caspian', () => {
    const water = props(topo('countries.topo.json'), 'water');
    const caspian = water.find((p) => p.name === 'Caspian Sea')!;
    const row = table.find((r) => r.ne_name === 'Caspian Sea')!;
    expect(caspian.names?.kk ?? '').toBe(row.kk);
    expect(row.ru).toBe('Каспийское море');
    expect(waterName(caspian.names, caspian.name!, 'kk')).toEqual(
      row.kk ? { text: row.kk, lang: 'kk' } : { text: 'Каспийское море', lang: 'ru' },
    );
    expect(waterName(caspian.names, caspian.name!, 'tk')).toEqual(
      row.tk ? { text: row.tk, lang: 'tk' } : { text: 'Caspian Sea', lang: 'en' },
    );
  });
});
