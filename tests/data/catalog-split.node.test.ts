import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeCatalog, TEXT_LANGUAGES, textLanguage } from '../../src/core/data/load.js';
import type { Catalog, CatalogIndex, CatalogText, LocalizedText } from '../../src/core/data/types.js';

const data = join(import.meta.dirname, '../../data');
const json = <T>(rel: string): T => JSON.parse(readFileSync(join(data, rel), 'utf8')) as T;
const full = json<Catalog>('catalog.json');
const index = json<CatalogIndex>('catalog/codes.json');

/** What an element picked from the full catalog before the split: the tag, its parents, then English. */
function expected(t: LocalizedText | undefined, lang: string): LocalizedText | undefined {
  if (!t) return undefined;
  const tags = lang.split('-').map((_, i, parts) => parts.slice(0, parts.length - i).join('-'));
  const hit = tags.find((tag) => t[tag]);
  return hit ? ({ [hit]: t[hit]! } as LocalizedText) : { en: t.en };
}

describe('data/catalog/: the catalog split for the elements', () => {
  it('codes.json lists the languages the loader asks for, and every goal has a text file in each', () => {
    expect(index.languages).toEqual([...TEXT_LANGUAGES]);
    for (const lang of index.languages) {
      expect(existsSync(join(data, `catalog/${lang}/all.json`)), lang).toBe(true);
      for (let g = 1; g <= 17; g++) expect(existsSync(join(data, `catalog/${lang}/goal-${g}.json`)), `${lang} ${g}`).toBe(true);
    }
  });

  it('codes.json carries no text and every code, goal, unit, direction, slice and year of catalog.json', () => {
    expect(JSON.stringify(index)).not.toMatch(/"(title|short|name|sourceNote)"/);
    expect(Object.keys(index.indicators)).toEqual(Object.keys(full.indicators));
    expect(Object.keys(index.series)).toEqual(Object.keys(full.series));
    for (const [code, s] of Object.entries(full.series)) {
      const i = index.series[code]!;
      expect([i.goal, i.target, i.unit, i.unitText, i.decimals, i.better, i.years, i.headline], code).toEqual([
        s.goal, s.target, s.unit, s.unitText, s.decimals, s.better, s.years, s.headline,
      ]);
      expect(i.defaultSlice, code).toEqual(s.defaultSlice);
      expect(i.file ?? index.seriesFile!.replace('{series}', code), code).toBe(s.file);
    }
    expect(index.areas.map((a) => a.code)).toEqual(full.areas.map((a) => a.code));
    expect(index.goals.map((g) => g.color)).toEqual(full.goals.map((g) => g.color));
  });

  it('each goal file holds that goal’s titles in its language, English only where the catalog has none', () => {
    for (const lang of index.languages) {
      for (const goal of full.goals) {
        const t = json<CatalogText>(`catalog/${lang}/goal-${goal.goal}.json`);
        const inds = Object.values(full.indicators).filter((i) => i.goal === goal.goal);
        expect(Object.keys(t.indicators).sort(), `${lang} ${goal.goal}`).toEqual(inds.map((i) => i.code).sort());
        for (const i of inds) expect(t.indicators[i.code], `${lang} ${i.code}`).toEqual(expected(i.title, lang));
        for (const s of Object.values(full.series).filter((x) => x.goal === goal.goal))
          expect(t.series[s.series], `${lang} ${s.series}`).toEqual(expected(s.title, lang));
        expect(t.goals[goal.goal]).toEqual({ title: expected(goal.title, lang), short: expected(goal.short, lang) });
        for (const a of full.areas) expect(t.areas[a.code], `${lang} ${a.code}`).toEqual(expected(a.name, lang));
      }
    }
  });

  it('mergeCatalog of the index and English all.json gives back catalog.json’s English text', () => {
    const c = mergeCatalog(index, json<CatalogText>('catalog/en/all.json'));
    for (const [code, i] of Object.entries(full.indicators)) expect(c.indicators[code]!.title).toEqual({ en: i.title.en });
    for (const [code, s] of Object.entries(full.series)) {
      expect(c.series[code]!.title).toEqual({ en: s.title.en });
      expect(c.series[code]!.file).toBe(s.file);
      expect(c.series[code]!.sourceNote).toEqual(s.sourceNote ? { en: s.sourceNote.en } : undefined);
    }
    expect(c.units).toEqual(Object.fromEntries(Object.entries(full.units).map(([k, v]) => [k, { en: v.en }])));
    expect(c.source).toEqual({ en: full.source.en });
    // One merge per pair of loaded files: the elements of a page share it.
    const ru = json<CatalogText>('catalog/ru/goal-3.json');
    expect(mergeCatalog(index, ru)).toBe(mergeCatalog(index, ru));
    expect(mergeCatalog(index, ru)).not.toBe(c);
  });

  it('textLanguage picks the file of a tag, its parents, else English', () => {
    expect(textLanguage('uz-Cyrl-UZ')).toBe('uz-Cyrl');
    expect(textLanguage('RU')).toBe('ru');
    expect(textLanguage('fa-AF')).toBe('fa-AF');
    expect(textLanguage('fa')).toBe('en');
    expect(textLanguage('de')).toBe('en');
    expect(textLanguage('')).toBe('en');
  });
});
