import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/core/data/types.js';
import { barModel, flagBound, latestYear, yearsWithData } from '../../../src/core/charts/bar-model.js';

const row = (area: string, year: number, value: number | string, nature = 'C'): Observation => ({
  area,
  series: 'X',
  year,
  value,
  nature,
});
const areas = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'].map((code) => ({ code, name: code }));
const base = {
  areas,
  width: 600,
  rowHeight: 24,
  measure: (t: string) => t.length * 7,
  valueText: (v: number | string) => String(v),
};

// Clean fuels (EG_EGY_CLEAN, 7.1.2, all areas), 2021, from the raw extract: KAZ 94 E, KGZ 78 E, TJK 86 E, TKM ">95" E,
// UZB 83 E, AFG 35 E. Earlier years for the nearest-year case: AFG 2020 34 E.
const clean = [
  row('KAZ', 2021, 94, 'E'),
  row('KGZ', 2021, 78, 'E'),
  row('TJK', 2021, 86, 'E'),
  row('TKM', 2021, '>95', 'E'),
  row('UZB', 2021, 83, 'E'),
  row('AFG', 2020, 34, 'E'),
  row('AFG', 2021, 35, 'E'),
];

describe('barModel', () => {
  it('ranks by value, a range by its bound, and never gives a range a bar', () => {
    const m = barModel({ ...base, rows: clean, year: 2021 });
    expect(m.bars.map((b) => b.code)).toEqual(['TKM', 'KAZ', 'TJK', 'UZB', 'KGZ', 'AFG']);
    const tkm = m.bars[0];
    expect(tkm.kind).toBe('flag');
    expect(tkm.w).toBe(0);
    expect(tkm.value).toBe('>95');
    expect(m.hasFlags).toBe(true);
  });

  it('gives bars lengths proportional to the values from a zero baseline', () => {
    const m = barModel({ ...base, rows: clean, year: 2021 });
    const kaz = m.bars.find((b) => b.code === 'KAZ')!;
    const afg = m.bars.find((b) => b.code === 'AFG')!;
    expect(kaz.x).toBeCloseTo(m.zeroX);
    expect(afg.w / kaz.w).toBeCloseTo(35 / 94, 6);
  });

  it('uses the nearest earlier year within the tolerance and marks it', () => {
    const rows = clean.filter((r) => !(r.area === 'AFG' && r.year === 2021));
    const m = barModel({ ...base, rows, year: 2021 });
    const afg = m.bars.find((b) => b.code === 'AFG')!;
    expect([afg.numeric, afg.year, afg.nearest]).toEqual([34, 2020, true]);
    expect(m.nearestCount).toBe(1);
    const none = barModel({ ...base, rows, year: 2021, tolerance: 0 });
    expect(none.bars.find((b) => b.code === 'AFG')!.kind).toBe('missing');
    expect(none.bars[none.bars.length - 1].code).toBe('AFG');
  });

  it('mirrors in right-to-left: bars grow from the right', () => {
    const m = barModel({ ...base, rows: clean, year: 2021, dir: 'rtl' });
    const kaz = m.bars.find((b) => b.code === 'KAZ')!;
    expect(kaz.x + kaz.w).toBeCloseTo(m.zeroX);
    expect(m.zeroX).toBeGreaterThan(m.width / 2);
    expect(kaz.labelAnchor).toBe('end');
  });

  it('keeps the target inside the axis', () => {
    const m = barModel({ ...base, rows: clean, year: 2021, target: 100 });
    expect(m.target!.x).toBeLessThanOrEqual(m.plot.right + 1e-9);
    expect(m.target!.x).toBeGreaterThan(
      m.bars.find((b) => b.code === 'KAZ')!.x + m.bars.find((b) => b.code === 'KAZ')!.w,
    );
  });
});

describe('flagBound / latestYear / yearsWithData', () => {
  it('reads range bounds', () => {
    expect(flagBound('>95')).toBe(95);
    expect(flagBound('<2.5')).toBe(2.5);
    expect(flagBound('N')).toBeNull();
    expect(flagBound(3)).toBeNull();
  });
  it('finds years of the given areas only', () => {
    const rows = [row('KAZ', 2019, 1), row('WLD', 2022, 1), row('AFG', 2021, 1)];
    expect(latestYear(rows, ['KAZ', 'AFG'])).toBe(2021);
    expect(yearsWithData(rows, ['KAZ', 'AFG'])).toEqual([2019, 2021]);
  });
});
