import { describe, expect, it } from 'vitest';
import { bestMatch, foreignLang, normalizeTag } from '../../../src/core/locale/match.js';
import { dataLocale } from '../../../src/core/format/number.js';
import { localText } from '../../../src/core/data/regions.js';

describe('bestMatch', () => {
  const keys = ['en', 'ru', 'uz', 'uz-Cyrl', 'fa-AF'];

  it('returns the most specific key, as written, by removing subtags from the end', () => {
    expect(bestMatch('uz-Cyrl-UZ', keys)).toBe('uz-Cyrl');
    expect(bestMatch('uz-UZ', keys)).toBe('uz');
    expect(bestMatch('ru', keys)).toBe('ru');
  });

  it('ignores case and reads _ as -', () => {
    expect(bestMatch('UZ_cyrl', keys)).toBe('uz-Cyrl');
    expect(bestMatch('FA-af', keys)).toBe('fa-AF');
  });

  it('follows the aliases: Dari (prs) and Persian (fa) read fa-AF, uz-Latn reads uz', () => {
    expect(bestMatch('prs', keys)).toBe('fa-AF');
    expect(bestMatch('fa-IR', keys)).toBe('fa-AF');
    expect(bestMatch('uz-Latn-UZ', keys)).toBe('uz');
  });

  it('finds nothing for unknown, empty and prototype tags', () => {
    expect(bestMatch('de-DE', keys)).toBeUndefined();
    expect(bestMatch('', keys)).toBeUndefined();
    expect(bestMatch(null, keys)).toBeUndefined();
    for (const tag of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(bestMatch(tag, keys)).toBeUndefined();
    }
  });

  it('prefers an exact key over an alias', () => {
    expect(bestMatch('fa', ['fa', 'fa-AF'])).toBe('fa');
  });
});

describe('foreignLang', () => {
  it('is undefined for text in the context language, whatever the region subtag or case', () => {
    expect(foreignLang('kk', 'kk-KZ')).toBeUndefined();
    expect(foreignLang('RU', 'ru')).toBeUndefined();
    expect(foreignLang('fa-AF', 'prs')).toBeUndefined();
  });

  it('names the text language when it differs, script included', () => {
    expect(foreignLang('en', 'ru')).toBe('en');
    expect(foreignLang('uz-Cyrl', 'uz')).toBe('uz-Cyrl');
    expect(foreignLang('ru', '')).toBe('ru');
  });

  it('is undefined for text in no language (codes)', () => {
    expect(foreignLang('', 'ru')).toBeUndefined();
    expect(foreignLang(undefined, 'ru')).toBeUndefined();
  });
});

describe('normalizeTag', () => {
  it('lower-cases, trims and uses -', () => {
    expect(normalizeTag(' uz_Cyrl ')).toBe('uz-cyrl');
  });
});

describe('one rule for formatting and data text', () => {
  it('dataLocale and localText pick the same language for the same tag', () => {
    const text = { en: 'Lake', ru: 'Озеро', 'uz-Cyrl': 'Кўл', 'fa-AF': 'جهيل' };
    for (const [tag, want] of [
      ['uz-Cyrl-UZ', 'uz-Cyrl'],
      ['prs', 'fa-AF'],
      ['ru-KZ', 'ru'],
      ['constructor', 'en'],
    ] as const) {
      expect(dataLocale(tag)).toBe(want);
      expect(localText(text, tag).lang).toBe(want);
    }
  });
});
