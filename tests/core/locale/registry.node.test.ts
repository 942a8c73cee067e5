import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../../src/core/format/number.js';
import { areaName } from '../../../src/core/format/area-name.js';
import { hasLocaleData, registerLocaleData } from '../../../src/core/locale/registry.js';
import ru from '../../../src/core/locale/data/ru.js';
import ps from '../../../src/core/locale/data/ps.js';

// This file registers tables itself (it does not import core/locale/all.ts): what a page sees before and after its
// language's table arrives.
describe('registerLocaleData', () => {
  it('reads a locale as English, marked English, until its table is registered; then as itself', () => {
    expect(hasLocaleData('ru')).toBe(false);
    expect(formatNumber(1234.5, 'ru')).toBe('1,234.5');
    expect(areaName('KGZ', 'ru')).toEqual({ text: 'Kyrgyzstan', lang: 'en' });

    registerLocaleData(ru);
    expect(hasLocaleData('ru')).toBe(true);
    // The number formatter built while ru read as English is not reused.
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
    expect(formatPercent(12.5, 'ru')).toBe('12,5\u00a0%');
    // The official name, written over CLDR's Киргизия by scripts/build-locales.mjs.
    expect(areaName('KGZ', 'ru')).toEqual({ text: 'Кыргызстан', lang: 'ru' });
  });

  it('registers one locale without the others', () => {
    expect(formatNumber(1234.5, 'kk')).toBe('1,234.5');
    registerLocaleData(ps);
    expect(formatNumber(12, 'ps')).toBe('۱۲');
    expect(formatNumber(1234.5, 'kk')).toBe('1,234.5');
  });
});
