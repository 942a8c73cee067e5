import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/core/data/types.js';
import { nearestStop, trendModel } from '../../../src/core/charts/trend-model.js';

const row = (area: string, year: number, value: number | string, nature = 'C'): Observation => ({
  area,
  series: 'X',
  year,
  value,
  nature,
});

// Under-five mortality (SH_DYN_MORT, both sexes), read from sdg_indicators_central_asia.csv: KAZ 2000 42.6 E,
// 2021 10.3 E; AFG 2000 129.3 E, 2021 55.7 E.
const u5 = [
  row('KAZ', 2000, 42.6, 'E'),
  row('KAZ', 2021, 10.3, 'E'),
  row('AFG', 2000, 129.3, 'E'),
  row('AFG', 2021, 55.7, 'E'),
];
const measure = (t: string) => t.length * 7;

describe('trendModel', () => {
  it('maps years to x and values to y inside the plot', () => {
    const m = trendModel({
      rows: u5,
      areas: [
        { code: 'KAZ', name: 'Kazakhstan' },
        { code: 'AFG', name: 'Afghanistan' },
      ],
      width: 600,
      height: 300,
      measure,
    });
    const afg = m.series[1];
    expect(afg.points.get(2000)!.x).toBeCloseTo(m.plot.left);
    expect(afg.points.get(2021)!.x).toBeCloseTo(m.plot.right);
    // Linear from 0: y(v) = bottom - v / top-of-domain * (bottom - top)
    const [d0, d1] = m.y.domain;
    expect(d0).toBe(0);
    const expected = m.plot.bottom - (129.3 / d1) * (m.plot.bottom - m.plot.top);
    expect(afg.points.get(2000)!.y).toBeCloseTo(expected, 6);
    expect(m.years).toEqual([2000, 2021]);
    expect(m.stops).toEqual([2000, 2021]);
  });

  it('draws 2000 and 2021 as dots, not a line, since the years between are missing', () => {
    const m = trendModel({ rows: u5, areas: [{ code: 'KAZ', name: 'Kazakhstan' }], width: 600, height: 300, measure });
    expect(m.series[0].lines).toEqual([]);
    expect(m.series[0].dots.map((d) => d.year)).toEqual([2000, 2021]);
    expect(m.series[0].dots.every((d) => d.estimate)).toBe(true);
    expect(m.hasEstimates).toBe(true);
  });

  it('keeps flags out of the lines but in the points', () => {
    // Shaped like SN_ITK_DEFC for KAZ, which turns to the published flag "<2.5" from 2012.
    const rows = [row('KAZ', 2010, 3.5, 'E'), row('KAZ', 2011, 3, 'E'), row('KAZ', 2012, '<2.5', 'E')];
    const m = trendModel({ rows, areas: [{ code: 'KAZ', name: 'Kazakhstan' }], width: 600, height: 300, measure });
    const s = m.series[0];
    expect(s.lines.length).toBe(1);
    expect(s.lines[0].d.match(/[ML]/g)!.length).toBe(2); // two vertices: 2010 and 2011
    expect(s.points.get(2012)!.value).toBe('<2.5');
    expect(s.points.get(2012)!.y).toBeNull();
    expect(s.last!.year).toBe(2011);
    expect(m.hasFlags).toBe(true);
  });

  it('restricts to the year window', () => {
    const m = trendModel({
      rows: u5,
      areas: [{ code: 'KAZ', name: 'Kazakhstan' }],
      width: 600,
      height: 300,
      measure,
      startYear: 2010,
    });
    expect(m.series[0].points.has(2000)).toBe(false);
    expect(m.years).toEqual([2010, 2021]);
  });

  it('leaves zero out of a log axis and counts it', () => {
    const rows = [row('KAZ', 2000, 0), row('KAZ', 2001, 10), row('KAZ', 2002, 100)];
    const m = trendModel({
      rows,
      areas: [{ code: 'KAZ', name: 'Kazakhstan' }],
      width: 600,
      height: 300,
      measure,
      scale: 'log',
    });
    expect(m.omittedNonPositive).toBe(1);
    expect(m.series[0].points.get(2000)!.y).toBeNull();
    expect(m.series[0].lines[0].d.match(/[ML]/g)!.length).toBe(2);
  });

  it('places labels at the last values without overlaps and keeps the target inside the axis', () => {
    // Two series ending at almost the same value must get labels at least one line apart.
    const rows = [row('KAZ', 2020, 10), row('KAZ', 2021, 10.3), row('UZB', 2020, 14.7), row('UZB', 2021, 10.4)];
    const m = trendModel({
      rows,
      areas: [
        { code: 'KAZ', name: 'Kazakhstan' },
        { code: 'UZB', name: 'Uzbekistan' },
      ],
      width: 600,
      height: 300,
      measure,
      labelHeight: 14,
      target: 25,
    });
    const [a, b] = m.series.map((s) => s.label!);
    expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(14 - 1e-9);
    expect(m.y.domain[1]).toBeGreaterThanOrEqual(25);
    expect(m.target!.y).toBeCloseTo(m.y.scale(25));
  });

  it('dims the others when one is highlighted', () => {
    const m = trendModel({
      rows: u5,
      areas: [
        { code: 'KAZ', name: 'K' },
        { code: 'AFG', name: 'A' },
      ],
      width: 600,
      height: 300,
      measure,
      highlight: ['KAZ'],
    });
    expect(m.series.map((s) => [s.highlighted, s.dimmed])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('finds the nearest crosshair stop', () => {
    const m = trendModel({ rows: u5, areas: [{ code: 'KAZ', name: 'K' }], width: 600, height: 300, measure });
    expect(nearestStop(m, m.plot.left + 1)).toBe(2000);
    expect(nearestStop(m, m.plot.right + 50)).toBe(2021);
  });
});
