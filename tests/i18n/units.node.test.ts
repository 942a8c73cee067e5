import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unitName } from '../../src/i18n/units.js';
import { UNITS } from '../../src/i18n/units/all.js';
import { LOCALES } from '../../src/core/locale/data.js';

const catalog = JSON.parse(readFileSync(new URL('../../data/catalog.json', import.meta.url), 'utf8')) as {
  series: Record<string, { unit: string }> | Array<{ unit: string }>;
  units?: Record<string, { en: string }>;
};
const used = [...new Set(Object.values(catalog.series).map((s) => s.unit))].sort();

describe('UNITS', () => {
  it('names every unit the shipped series use, in every locale', () => {
    const missing = used.flatMap((u) => LOCALES.filter((l) => !UNITS[u]?.[l]).map((l) => `${u}/${l}`));
    expect(missing).toEqual([]);
  });

  it('agrees with the catalog in English', () => {
    for (const [code, t] of Object.entries(catalog.units ?? {}))
      if (UNITS[code]) expect(UNITS[code]!.en, code).toBe(t.en);
  });

  it('writes numbers with the locale separators and digits', () => {
    expect(UNITS.PER_1000_LIVE_BIRTHS!.ru).toBe('на 1\u00a0000 живорождений');
    expect(UNITS.PER_100000_POP!['fa-AF']).toContain('۱۰۰٬۰۰۰');
    for (const l of ['fa-AF', 'ps'] as const)
      for (const u of Object.keys(UNITS)) expect(UNITS[u]![l], `${u}/${l}`).not.toMatch(/[0-9]/);
  });
});

describe('unitName', () => {
  it('falls back from table to data text to English to the code', () => {
    expect(unitName('PERCENT', 'ps')).toEqual({ text: '٪', lang: 'ps' });
    expect(unitName('PER_1000_LIVE_BIRTHS', 'kk-KZ')).toEqual({ text: '1\u00a0000 тірі туғанға', lang: 'kk' });
    expect(unitName('NEW_UNIT', 'ru', { en: 'widgets', ru: 'штуки' })).toEqual({ text: 'штуки', lang: 'ru' });
    expect(unitName('NEW_UNIT', 'kk', { en: 'widgets' })).toEqual({ text: 'widgets', lang: 'en' });
    expect(unitName('NEW_UNIT', 'kk')).toEqual({ text: 'NEW_UNIT', lang: '' });
  });
});
