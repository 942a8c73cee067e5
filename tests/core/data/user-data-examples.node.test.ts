import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { parseUserData } from '../../../src/core/data/user-data.js';

/** The downloadable example files (data/examples/, written by examples/data/build-examples.mjs). */
const file = (name: string) => readFileSync(new URL(`../../../data/examples/${name}`, import.meta.url), 'utf8');
const rawCsv = new URL('../../../data-raw/subnational/kaz_sdg_by_region.csv', import.meta.url);

describe('kaz-regions-example.csv: 5 bad rows among 50', () => {
  const r = parseUserData(file('kaz-regions-example.csv'));

  it('renders the 45 and rejects the 5', () => {
    expect([r.accepted, r.rejected, r.missing]).toEqual([45, 5, 0]);
    expect(r.error).toBeUndefined();
  });

  it('says exactly what was wrong with each of the 5 (lines counted by hand, header = 1)', () => {
    expect(r.problems.map((p) => p.message)).toEqual([
      'Line 22, column “value”: “5.0%” is not a number or a published flag (>95, <5, N).',
      'Line 33, column “value”: Same area, series, year and breakdown as line 15; not used.',
      'Line 34, column “value”: “4,2” is ambiguous: write numbers with “.” as the decimal mark and no thousands separator.',
      'Line 36, column “year”: “23” is not a year (write four digits, e.g. 2020).',
      'Line 50, column “region”: Unknown country or region code “Almaty city” (use ISO alpha-3, alpha-2, M49 or ISO 3166-2, e.g. KAZ, KZ, 398, KZ-75).',
    ]);
  });

  it('every accepted value is the published one', () => {
    const source = csvParse(readFileSync(rawCsv, 'utf8')).filter(
      (s) => s.indicator_code === '1.2.1' && !s.sex && !s.urbanisation && !s.age && !s.other_disaggregation,
    );
    for (const o of r.rows) {
      const match = source.filter((s) => (o.area === 'KAZ' ? s.area_level === 'national' : s.iso_3166_2 === o.area) && +s.year === o.year);
      expect(match, `${o.area} ${o.year}`).toHaveLength(1);
      expect(o.value).toBe(Number(match[0].value));
    }
  });
});

describe('the other example files read cleanly', () => {
  it('kaz-regions-wide.csv: 17 regions × 6 years + 3 regions created in 2022 with 2023 only', () => {
    const r = parseUserData(file('kaz-regions-wide.csv'));
    expect(r.format).toBe('csv-wide');
    expect([r.accepted, r.rejected, r.missing]).toEqual([17 * 6 + 3, 0, 3 * 5]);
    expect(r.problems).toEqual([]);
    expect(r.rows.find((o) => o.area === 'KZ-61' && o.year === 2020)?.value).toBe(12.2);
  });

  it('countries-tidy.csv: six countries × 3 years × 3 sexes', () => {
    const r = parseUserData(file('countries-tidy.csv'));
    expect([r.accepted, r.rejected, r.problems.length]).toEqual([54, 0, 0]);
    expect(r.rows[0]).toEqual({
      area: 'KAZ',
      indicator: '3.2.1',
      series: 'SH_DYN_MORT',
      year: 2019,
      value: 10.2,
      unit: 'PER_1000_LIVE_BIRTHS',
      nature: 'E',
      dims: { sex: 'BOTHSEX', age: '<5Y' },
    });
  });

  it('countries.json', () => {
    const r = parseUserData(file('countries.json'));
    expect([r.accepted, r.rejected, r.problems.length, r.format]).toEqual([18, 0, 0, 'json-rows']);
  });
});
