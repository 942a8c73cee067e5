import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/core/data/types.js';
import { sparklineModel } from '../../../src/core/charts/sparkline-model.js';
import { rowsOfArea } from '../../../src/core/charts/data.js';

const row = (year: number, value: number | string, nature = 'C', area = 'KAZ'): Observation => ({
  area,
  series: 'X',
  year,
  value,
  nature,
});

describe('sparklineModel', () => {
  it('compares the first and last numbers: KAZ under-five mortality fell from 42.6 (2000) to 10.3 (2021)', () => {
    const m = sparklineModel([row(2021, 10.3, 'E'), row(2000, 42.6, 'E'), row(2010, 20.4, 'E')]);
    expect([m.first!.year, m.first!.value, m.last!.year, m.last!.value, m.direction]).toEqual([
      2000,
      42.6,
      2021,
      10.3,
      'fell',
    ]);
  });

  it('spans the box: the highest value at the top, the lowest at the bottom, years left to right', () => {
    const m = sparklineModel([row(2000, 5), row(2001, 9), row(2002, 1)], { width: 56, height: 16, pad: 2 });
    const [a, b, c] = m.points;
    expect([a.x, b.x, c.x]).toEqual([2, 28, 54]);
    expect(b.y).toBe(2); // max
    expect(c.y).toBe(14); // min
    expect(a.y).toBe(8); // (5-1)/(9-1) = 0.5 → middle
    expect(m.lines.length).toBe(1);
  });

  it('breaks at missing years and keeps a flag as the latest published value without plotting it', () => {
    const m = sparklineModel([row(2010, 3.5), row(2011, 3), row(2013, 2.8), row(2014, '<2.5')]);
    expect(m.lines.map((l) => l.d.match(/[ML]/g)!.length)).toEqual([2]);
    expect(m.dots.length).toBe(1); // 2013 alone
    expect(m.latest!.value).toBe('<2.5');
    expect(m.last!.year).toBe(2013);
  });

  it('says rose, same, single and none', () => {
    expect(sparklineModel([row(2000, 1), row(2001, 2)]).direction).toBe('rose');
    expect(sparklineModel([row(2000, 2), row(2005, 2)]).direction).toBe('same');
    expect(sparklineModel([row(2000, 2)]).direction).toBe('single');
    expect(sparklineModel([row(2000, 'N')]).direction).toBe('none');
    expect(sparklineModel([]).direction).toBe('none');
  });

  it('honours the year window', () => {
    const m = sparklineModel([row(2000, 1), row(2010, 2), row(2020, 3)], { startYear: 2005, endYear: 2015 });
    expect(m.points.map((p) => p.year)).toEqual([2010]);
  });
});

describe('rowsOfArea', () => {
  it('groups once and returns the rows of one area', () => {
    const rows = [row(2000, 1, 'C', 'KAZ'), row(2000, 2, 'C', 'AFG'), row(2001, 3, 'C', 'KAZ')];
    expect(rowsOfArea(rows, 'KAZ').map((r) => r.value)).toEqual([1, 3]);
    expect(rowsOfArea(rows, 'TJK')).toEqual([]);
  });
});
