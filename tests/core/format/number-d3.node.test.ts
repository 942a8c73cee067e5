import { describe, expect, it } from 'vitest';
import { formatLocale, precisionFixed as d3PrecisionFixed } from 'd3-format';
import { formatNumber, formatValue, formatYear, precisionFixed } from '../../../src/core/format/number.js';
import { LOCALE_DATA } from '../../../src/core/locale/all.js';

/**
 * The module prints numbers as d3-format did before it stopped loading d3-format: the same text for every shipped
 * locale, every decimals count and the awkward values (negative zero, negatives that round to zero, halves, values
 * past 1e21, long group runs). d3-format here is the reference, called as the module called it.
 */
const d3For = (code: string) => {
  const s = LOCALE_DATA[code as keyof typeof LOCALE_DATA].numbers;
  return formatLocale({
    decimal: s.decimal,
    thousands: s.group,
    grouping: s.grouping,
    currency: ['', ''],
    numerals: s.numerals ?? undefined,
    minus: s.minus,
    percent: s.percent,
  });
};

function values(): number[] {
  const out = [0, -0, 1, -1, 0.5, -0.5, 1.005, 2.5, -2.5, 12.345, -0.0004, -0.004, 999.9999, 1234.5, -1234567.891];
  out.push(1e15, 123456789012345680000, 1e21, -3.2e22, 5e-7, 0.1 + 0.2, 2 ** 53, Number.MAX_SAFE_INTEGER + 2);
  let seed = 11;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < 400; i++) {
    const magnitude = 10 ** Math.floor(random() * 16 - 6);
    out.push((random() - 0.4) * magnitude);
  }
  return out;
}

describe('formatNumber and formatYear print what d3-format prints', () => {
  for (const code of Object.keys(LOCALE_DATA)) {
    it(code, () => {
      const d3 = d3For(code);
      for (const v of values()) {
        for (const d of [0, 1, 2, 3, 7, 20]) {
          expect(formatNumber(v, code, { decimals: d }), `${v} .${d}f`).toBe(d3.format(`,.${d}f`)(v));
          expect(formatNumber(v, code, { decimals: d, grouping: false }), `${v} .${d}f`).toBe(d3.format(`.${d}f`)(v));
        }
        expect(formatYear(Math.round(v), code), `${v} d`).toBe(d3.format('d')(Math.round(v)));
      }
      for (const y of [0, 1990, 2020, -44, 10000]) expect(formatYear(y, code)).toBe(d3.format('d')(y));
    });
  }
  it('keeps a published value’s own decimals as before', () => {
    const d3 = d3For('ru');
    expect(formatValue('1234.50', 'ru')).toBe(d3.format(',.2f')(1234.5));
    expect(formatValue(-0.25, 'ru', { unit: 'PERCENT' })).toBe(
      d3.format(',.2f')(-0.25) + LOCALE_DATA.ru.numbers.percent,
    );
  });
});

describe('precisionFixed', () => {
  it("is d3-format's for legend steps", () => {
    for (const step of [1, 10, 0.5, 0.25, 0.2, 0.05, 0.001, 2.5e-7, 5000, 1e21, 0, -0.1, Infinity, NaN])
      expect(precisionFixed(step), String(step)).toEqual(d3PrecisionFixed(step));
  });
});
