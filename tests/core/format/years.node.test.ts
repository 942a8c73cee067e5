import { describe, expect, it } from 'vitest';
import { toYear, YEAR_MAX, YEAR_MIN } from '../../../src/core/format/years.js';
import { trendModel } from '../../../src/core/charts/trend-model.js';
import { ticks, yearRange } from '../../../src/components/sdg-time-slider/sdg-time-slider.model.js';
import type { Observation } from '../../../src/core/data/types.js';

describe('toYear', () => {
  it('keeps whole years from 1900 to 2100, strings or numbers', () => {
    expect(toYear('2020')).toBe(2020);
    expect(toYear(1900)).toBe(1900);
    expect(toYear(' 2100 ')).toBe(2100);
    expect(toYear(2019.6)).toBe(2020);
  });
  it.each([
    ['1e20'],
    [1e20],
    [1e308],
    ['Infinity'],
    [Infinity],
    [-Infinity],
    ['abc'],
    [''],
    [NaN],
    [null],
    [undefined],
    [1899],
    [2101],
    [true],
  ])('rejects %s', (v) => expect(toYear(v)).toBeUndefined());
  it('names the bounds', () => expect([YEAR_MIN, YEAR_MAX]).toEqual([1900, 2100]));
});

describe('year loops are bounded whatever the page gives', () => {
  const rows: Observation[] = [
    { area: 'KAZ', series: 'X', year: 2000, value: 42.6, nature: 'E' },
    { area: 'KAZ', series: 'X', year: 2021, value: 10.3, nature: 'E' },
  ];
  const measure = (t: string) => t.length * 7;
  it.each([[1e20], [Infinity], [1e308], [NaN], [-1e20]])('trendModel treats start/end year %s as not given', (y) => {
    const m = trendModel({
      rows,
      areas: [{ code: 'KAZ', name: 'Kazakhstan' }],
      width: 600,
      height: 300,
      measure,
      startYear: y,
      endYear: y,
    });
    expect(m.years).toEqual([2000, 2021]);
  });
  it('slider range ignores 1e20 and Infinity bounds', () => {
    expect(yearRange('1e20', 'Infinity', [2005, 2010])).toEqual([2005, 2010]);
    expect(yearRange(1e20, 1e308, null)).toEqual([2000, 2023]);
  });
  it('ticks of a hand-made huge range stop at 2100', () => {
    const t = ticks([0, 1e20], null);
    expect(t[0].year).toBe(1900);
    expect(t[t.length - 1].year).toBe(2100);
    expect(t.length).toBe(201);
  });
});
