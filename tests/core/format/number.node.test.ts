import { describe, expect, it } from 'vitest';
import {
  dataLocale,
  decimalsOf,
  formatNumber,
  formatPercent,
  formatValue,
  formatYear,
  localizeDigits,
} from '../../../src/core/format/number.js';
import { areaName } from '../../../src/core/format/area-name.js';
// Every locale's table (a page registers only its own language's, on first use).
import '../../../src/core/locale/all.js';

// Expected strings are written by hand from CLDR's published symbols (cldr.unicode.org number symbols charts):
// ru/kk/uz/ky/tg/tk group = U+00A0 NO-BREAK SPACE, decimal = comma; fa-AF/ps: Extended Arabic-Indic digits
// U+06F0–U+06F9, U+066C ARABIC THOUSANDS SEPARATOR, U+066B ARABIC DECIMAL SEPARATOR, U+066A ARABIC PERCENT SIGN.
const NBSP = '\u00a0';
const FA = (ascii: string) =>
  ascii
    .replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + +d))
    .replace(/,/g, '\u066c')
    .replace(/\./g, '\u066b');

describe('dataLocale', () => {
  it('resolves tags to the most specific shipped locale', () => {
    expect(dataLocale('kk-KZ')).toBe('kk');
    expect(dataLocale('uz-Cyrl-UZ')).toBe('uz-Cyrl');
    expect(dataLocale('UZ-CYRL')).toBe('uz-Cyrl');
    expect(dataLocale('uz-Latn')).toBe('uz');
    expect(dataLocale('uz')).toBe('uz');
    expect(dataLocale('fa-AF')).toBe('fa-AF');
    expect(dataLocale('prs')).toBe('fa-AF');
    expect(dataLocale('ps-AF')).toBe('ps');
    expect(dataLocale('de')).toBe('en');
    expect(dataLocale('')).toBe('en');
    expect(dataLocale(null)).toBe('en');
  });
});

describe('decimalsOf', () => {
  it('counts the decimals of the shortest text', () => {
    expect(decimalsOf(3)).toBe(0);
    expect(decimalsOf(12.5)).toBe(1);
    expect(decimalsOf(-0.125)).toBe(3);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(1.5e-7)).toBe(8);
    expect(decimalsOf(1e21)).toBe(0);
    expect(decimalsOf(NaN)).toBe(0);
  });
});

describe('formatNumber', () => {
  it('en', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(-1234.5, 'en')).toBe('-1,234.5');
  });
  it('kk, ru, uz-Cyrl, tk: no-break space groups, comma decimal', () => {
    for (const l of ['kk', 'ru', 'uz', 'uz-Cyrl', 'ky', 'tg', 'tk']) {
      expect(formatNumber(1234.5, l)).toBe(`1${NBSP}234,5`);
      expect(formatNumber(1234567.25, l)).toBe(`1${NBSP}234${NBSP}567,25`);
    }
    expect(formatNumber(-0.5, 'kk')).toBe('-0,5');
  });
  it('fa-AF and ps: Eastern Arabic-Indic digits and Arabic separators', () => {
    expect(formatNumber(1234.5, 'fa-AF')).toBe('۱٬۲۳۴٫۵');
    expect(formatNumber(1234.5, 'ps')).toBe('۱٬۲۳۴٫۵');
    expect(formatNumber(1234.5, 'fa-AF')).toBe(FA('1,234.5'));
    expect(formatNumber(1234567890, 'ps')).toBe(FA('1,234,567,890'));
    // CLDR fa: left-to-right mark + U+2212 MINUS SIGN; ps: LRM, hyphen-minus, LRM.
    expect(formatNumber(-12.5, 'fa-AF')).toBe('\u200e\u2212' + FA('12.5'));
    expect(formatNumber(-12.5, 'ps')).toBe('\u200e-\u200e' + FA('12.5'));
  });
  it('keeps exactly the decimals asked for', () => {
    expect(formatNumber(5, 'kk', { decimals: 2 })).toBe('5,00');
    expect(formatNumber(12.25, 'en', { decimals: 1 })).toBe('12.3');
    expect(formatNumber(0.1 + 0.2, 'en', { decimals: 1 })).toBe('0.3');
    expect(formatNumber(1234, 'ru', { grouping: false })).toBe('1234');
  });
  it('returns empty text for non-numbers', () => {
    expect(formatNumber(NaN, 'en')).toBe('');
    expect(formatNumber(Infinity, 'en')).toBe('');
  });
  it('uses English symbols for unknown locales', () => {
    expect(formatNumber(1234.5, 'xx')).toBe('1,234.5');
  });
});

describe('formatPercent', () => {
  it('places the sign as CLDR does', () => {
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(12.5, 'ru')).toBe(`12,5${NBSP}%`);
    expect(formatPercent(12.5, 'tk')).toBe(`12,5${NBSP}%`);
    expect(formatPercent(12.5, 'kk')).toBe('12,5%');
    expect(formatPercent(12.5, 'ps')).toBe(FA('12.5') + '\u066a');
    expect(formatPercent(99, 'fa-AF', { decimals: 1 })).toBe(FA('99.0') + '٪');
  });
});

describe('formatYear', () => {
  it('has no group separator and localised digits', () => {
    expect(formatYear(2020, 'en')).toBe('2020');
    expect(formatYear(2020, 'kk')).toBe('2020');
    expect(formatYear(2020, 'fa-AF')).toBe('۲۰۲۰');
    expect(formatYear('2015', 'ps')).toBe('۲۰۱۵');
    expect(formatYear('n/a', 'ps')).toBe('n/a');
  });
});

describe('localizeDigits', () => {
  it('only changes digits', () => {
    expect(localizeDigits('2015–2020', 'ps')).toBe('۲۰۱۵–۲۰۲۰');
    expect(localizeDigits('2015–2020', 'kk')).toBe('2015–2020');
  });
});

describe('formatValue', () => {
  it('never rounds away a published value', () => {
    expect(formatValue(12.345, 'en', { decimals: 1 })).toBe('12.345');
    expect(formatValue(12, 'en', { decimals: 1 })).toBe('12.0');
    expect(formatValue(1234.5, 'kk', { decimals: 1 })).toBe(`1${NBSP}234,5`);
    expect(formatValue(1234.5, 'fa-AF', { decimals: 2 })).toBe('۱٬۲۳۴٫۵۰');
  });
  it('adds the percent sign for PERCENT', () => {
    expect(formatValue(56.2, 'ru', { unit: 'PERCENT' })).toBe(`56,2${NBSP}%`);
    expect(formatValue(56.2, 'en', { unit: 'PER_1000_LIVE_BIRTHS' })).toBe('56.2');
  });
  it('prints flags as published with localised digits', () => {
    expect(formatValue('>95', 'en')).toBe('>95');
    expect(formatValue('>95', 'ps')).toBe('>۹۵');
    expect(formatValue('<5', 'fa-AF')).toBe('<۵');
    expect(formatValue('<2.5', 'kk')).toBe('<2,5');
    expect(formatValue('<2.5', 'kk', { decimals: 2 })).toBe('<2,50');
    expect(formatValue('>95', 'ru', { unit: 'PERCENT' })).toBe(`>95${NBSP}%`);
    expect(formatValue('N', 'kk')).toBe('N');
    expect(formatValue(' 12.50 ', 'en')).toBe('12.50');
  });
  it('shows missing as empty', () => {
    expect(formatValue(null, 'en')).toBe('');
    expect(formatValue(undefined, 'en')).toBe('');
    expect(formatValue(NaN, 'en')).toBe('');
  });
});

describe('areaName', () => {
  it('names the six countries in each locale from the shipped table', () => {
    // Expected names from CLDR's territory names (Kazakh, Uzbek Cyrillic, Pashto, Dari charts).
    expect(areaName('KAZ', 'kk')).toEqual({ text: 'Қазақстан', lang: 'kk' });
    expect(areaName('KZ', 'kk')).toEqual({ text: 'Қазақстан', lang: 'kk' });
    expect(areaName('UZB', 'uz-Cyrl')).toEqual({ text: 'Ўзбекистон', lang: 'uz-Cyrl' });
    expect(areaName('UZB', 'uz')).toEqual({ text: 'Oʻzbekiston', lang: 'uz' });
    expect(areaName('AFG', 'ps')).toEqual({ text: 'افغانستان', lang: 'ps' });
    expect(areaName('TJK', 'tg')).toEqual({ text: 'Тоҷикистон', lang: 'tg' });
    expect(areaName('TKM', 'tk')).toEqual({ text: 'Türkmenistan', lang: 'tk' });
    expect(areaName('KGZ', 'ky')).toEqual({ text: 'Кыргызстан', lang: 'ky' });
    expect(areaName('KGZ', 'ru')).toEqual({ text: 'Кыргызстан', lang: 'ru' });
    expect(areaName('kaz', 'kk-KZ').text).toBe('Қазақстан');
  });
  it('names aggregates', () => {
    expect(areaName('WLD', 'en').text).toBe('World');
    expect(areaName('CAS', 'kk').text).toBe('Орталық Азия');
    expect(areaName('LLDC', 'en').text).toBe('Landlocked developing countries');
    expect(areaName('CSA', 'ru').text).toBe('Центральная и Южная Азия');
  });
  it('falls back to English, then to the code', () => {
    expect(areaName('KAZ', 'de')).toEqual({ text: 'Kazakhstan', lang: 'en' });
    expect(areaName('FRA', 'kk')).toEqual({ text: 'FRA', lang: '' });
  });
});
