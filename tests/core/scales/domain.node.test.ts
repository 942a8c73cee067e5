import { describe, expect, it } from 'vitest';
import { domainOverYears, parseYears } from '../../../src/core/scales/domain.js';

describe('domainOverYears', () => {
  const rows = [
    { year: 2009, value: 500 },
    { year: 2010, value: 87.8 },
    { year: 2015, value: '<5' },
    { year: 2020, value: 10.2 },
    { year: 2021, value: -3 },
  ];
  it('spans every number published in the years (inclusive), flags and other years left out, made nice', () => {
    const d = domainOverYears(rows, [2010, 2020])!;
    expect(d[0]).toBeLessThanOrEqual(10.2);
    expect(d[1]).toBeGreaterThanOrEqual(87.8);
    expect(d[1]).toBeLessThan(500);
    expect(d[0]).toBeGreaterThanOrEqual(0);
  });
  it('accepts the years in either order and gives null for an empty range', () => {
    expect(domainOverYears(rows, [2020, 2010])).toEqual(domainOverYears(rows, [2010, 2020]));
    expect(domainOverYears(rows, [1990, 2000])).toBeNull();
  });
});

describe('parseYears', () => {
  it('reads two four-digit years separated by a space, comma or dash', () => {
    expect(parseYears('2010 2023')).toEqual([2010, 2023]);
    expect(parseYears('2010-2023')).toEqual([2010, 2023]);
    expect(parseYears(' 2010,2023 ')).toEqual([2010, 2023]);
    expect(parseYears('2010')).toBeNull();
    expect(parseYears('')).toBeNull();
    expect(parseYears(null)).toBeNull();
  });
});
