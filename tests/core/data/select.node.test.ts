import { describe, expect, it } from 'vitest';
import { decodeSeries, isEstimate, matchesSlice, numericValue, resolveSeries, sliceFor, valuesForYear } from '../../../src/core/data/select.js';
import type { Catalog, SeriesEntry, SeriesFile } from '../../../src/core/data/types.js';

const entry = (series: string, indicators: string[], extra: Partial<SeriesEntry> = {}): SeriesEntry => ({
  series,
  goal: 3,
  target: '3.2',
  indicators,
  headline: true,
  title: { en: series },
  unit: 'X',
  decimals: 1,
  better: 'lower',
  dimensions: {},
  defaultSlice: {},
  years: [2000, 2021],
  file: `series/${series}.json`,
  ...extra,
});

const catalog = {
  version: 1,
  source: { en: 'S' },
  areas: [],
  goals: [],
  units: {},
  indicators: {
    '3.2.1': { code: '3.2.1', goal: 3, target: '3.2', title: { en: 'U5' }, series: ['SH_DYN_IMRT', 'SH_DYN_MORT'], headline: 'SH_DYN_MORT' },
  },
  series: {
    SH_DYN_MORT: entry('SH_DYN_MORT', ['3.2.1'], { defaultSlice: { sex: 'BOTHSEX' } }),
    SH_DYN_IMRT: entry('SH_DYN_IMRT', ['3.2.1'], { headline: false }),
  },
} as Catalog;

describe('resolveSeries', () => {
  it('maps an indicator to its headline series, lets series win, accepts a series code as indicator', () => {
    expect(resolveSeries(catalog, '3.2.1')).toMatchObject({ ok: true, series: { series: 'SH_DYN_MORT' } });
    expect(resolveSeries(catalog, '3.2.1', 'SH_DYN_IMRT')).toMatchObject({ ok: true, series: { series: 'SH_DYN_IMRT' } });
    expect(resolveSeries(catalog, 'SH_DYN_IMRT')).toMatchObject({ ok: true, indicator: { code: '3.2.1' } });
    expect(resolveSeries(catalog, '99.9.9')).toEqual({ ok: false, code: '99.9.9' });
  });
});

describe('slices and years', () => {
  const file: SeriesFile = {
    series: 'SH_DYN_MORT',
    unit: 'X',
    area: ['KAZ', 'KAZ', 'KAZ', 'AFG', 'AFG', 'TKM'],
    year: [2020, 2020, 2019, 2017, 2021, 2015],
    value: [10.2, 9.1, 10.2, 64.6, 55.7, '>95'],
    nature: ['E', 'E', 'E', 'M', 'E', 'C'],
    dims: { sex: { codes: ['BOTHSEX', 'FEMALE'], index: [0, 1, 0, 0, 0, 0] } },
  };
  const rows = decodeSeries(file).filter((r) => matchesSlice(r, sliceFor(catalog.series.SH_DYN_MORT)));

  it('decodes columns and filters the default slice, overridable', () => {
    expect(rows.map((r) => [r.area, r.year, r.value])).toEqual([
      ['KAZ', 2020, 10.2],
      ['KAZ', 2019, 10.2],
      ['AFG', 2017, 64.6],
      ['AFG', 2021, 55.7],
      ['TKM', 2015, '>95'],
    ]);
    expect(sliceFor(catalog.series.SH_DYN_MORT, { sex: 'FEMALE' })).toEqual({ sex: 'FEMALE' });
  });

  it('takes the year itself, else the latest earlier year within the tolerance, never a later one', () => {
    const v = valuesForYear(rows, 2020, 3);
    expect(v.get('KAZ')).toMatchObject({ nearest: false, row: { year: 2020 } });
    expect(v.get('AFG')).toMatchObject({ nearest: true, row: { year: 2017, value: 64.6 } }); // 2021 is later
    expect(v.has('TKM')).toBe(false); // 2015 is 5 years back
    expect(valuesForYear(rows, 2020, 0).has('AFG')).toBe(false);
  });

  it('keeps flags out of the numbers and marks E and M as estimates', () => {
    expect(numericValue('>95')).toBeNull();
    expect(numericValue(64.6)).toBe(64.6);
    expect(isEstimate({ nature: 'M' })).toBe(true);
    expect(isEstimate({ nature: 'C' })).toBe(false);
  });
});
