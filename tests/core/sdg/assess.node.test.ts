import { describe, expect, it } from 'vitest';
import { assessIndicator, resolveTarget } from '../../../src/core/sdg/assess.js';
import { METHOD, bandsFor } from '../../../src/core/sdg/method.js';
import type { Point, TargetRow } from '../../../src/core/sdg/types.js';

// Expected values below are worked by hand from the formulas in stories/progress-method.mdx:
// status bands (higher: close ≥ 0.9T, far ≥ 0.5T; lower: close ≤ 1.5T, far ≤ 3T; zero: close ≤ 5, far ≤ 20),
// pace = (end − start) / years, required = (T − start) / (deadline − start year), ratio = pace / required.

const row = (over: Partial<TargetRow>): TargetRow => ({
  indicator: 'X',
  series: 'X',
  target: 'X',
  targetText: '',
  quote: '',
  citation: '',
  ...over,
});
const u5: TargetRow = row({ indicator: '3.2.1', better: 'lower', comparator: '<=', value: 25 });
const mmr: TargetRow = row({ indicator: '3.1.1', better: 'lower', comparator: '<', value: 70 });
const elec: TargetRow = row({ indicator: '7.1.1', better: 'higher', comparator: '>=', value: 100 });
const zero: TargetRow = row({ indicator: '2.1.1', better: 'lower', comparator: '=0', value: 0 });
const p = (year: number, value: number | string, nature = 'C'): Point => ({ year, value, nature });
const run = (points: Point[], r: TargetRow | null, better: 'higher' | 'lower' | null = null) =>
  assessIndicator({ indicator: r?.indicator ?? 'X', series: 'S', area: 'KAZ', points, row: r, better });

describe('method constants', () => {
  it('are the ones the docs state', () => {
    expect(METHOD.baselineYear).toBe(2015);
    expect(METHOD.minSpan).toBe(3);
    expect(METHOD.onTrack).toBe(1);
    expect(METHOD.moderate).toBe(0.5);
  });
  it('bandsFor: default bands per direction', () => {
    expect(bandsFor(25, 'lower', '<=')).toEqual({ close: 37.5, far: 75 });
    expect(bandsFor(100, 'higher', '>=')).toEqual({ close: 90, far: 50 });
    expect(bandsFor(0, 'lower', '=0')).toEqual({ close: 5, far: 20 });
    expect(bandsFor(25, 'lower', '<=', { close: 30, far: 40 })).toEqual({ close: 30, far: 40 });
  });
});

describe('assessIndicator: status', () => {
  it('target already met (lower is better): achieved, and on track because it stays met', () => {
    // SH_DYN_MORT KAZ: 2015 11.9, 2021 10.3 (≤ 25).
    const a = run([p(2015, 11.9, 'E'), p(2021, 10.3, 'E')], u5);
    expect(a.status).toBe('achieved');
    expect(a.statusReason).toBe('met');
    expect(a.trend).toBe('on-track');
    expect(a.trendReason).toBe('kept-target');
    expect(a.latest).toEqual(p(2021, 10.3, 'E'));
    expect(a.estimated).toBe(true);
  });

  it('bands for lower-is-better: 31.4 close, 41.4 far, 80 very far; boundaries belong to the better band', () => {
    expect(run([p(2021, 31.4)], u5).status).toBe('close');
    expect(run([p(2021, 37.5)], u5).status).toBe('close');
    expect(run([p(2021, 37.6)], u5).status).toBe('far');
    expect(run([p(2021, 41.4)], u5).status).toBe('far');
    expect(run([p(2021, 75)], u5).status).toBe('far');
    expect(run([p(2021, 80)], u5).status).toBe('very-far');
    expect(run([p(2021, 25)], u5).status).toBe('achieved');
  });

  it('strict comparator: maternal mortality of exactly 70 is not below 70', () => {
    expect(run([p(2020, 70)], mmr).status).toBe('close');
    expect(run([p(2020, 69.9)], mmr).status).toBe('achieved');
    // AFG 2020: 620.40751 > 3 × 70 = 210.
    expect(run([p(2020, 620.40751, 'E')], mmr).status).toBe('very-far');
  });

  it('bands for higher-is-better: 92 close, 61 far, 40 very far, 100 achieved', () => {
    expect(run([p(2021, 92)], elec).status).toBe('close');
    expect(run([p(2021, 90)], elec).status).toBe('close');
    expect(run([p(2021, 61)], elec).status).toBe('far');
    expect(run([p(2021, 50)], elec).status).toBe('far');
    expect(run([p(2021, 40)], elec).status).toBe('very-far');
    expect(run([p(2021, 100)], elec).status).toBe('achieved');
  });

  it('zero targets: 0 achieved, 4 close, 12 far, 30 very far', () => {
    expect(run([p(2019, 0)], zero).status).toBe('achieved');
    expect(run([p(2019, 4)], zero).status).toBe('close');
    expect(run([p(2019, 12)], zero).status).toBe('far');
    expect(run([p(2019, 30)], zero).status).toBe('very-far');
  });

  it('uses the latest observation since 2015; values before 2015 give no status', () => {
    const a = run([p(2010, 10), p(2016, 40), p(2019, 30)], u5);
    expect(a.latest?.year).toBe(2019);
    expect(a.status).toBe('close'); // 30 ≤ 1.5 × 25
    const old = run([p(2003, 10), p(2014, 12)], u5);
    expect(old.status).toBe('insufficient');
    expect(old.statusReason).toBe('no-value-since-baseline');
    expect(old.trend).toBe('insufficient');
  });

  it('no data at all: not enough data, for status and trend', () => {
    const a = run([], u5);
    expect(a.status).toBe('insufficient');
    expect(a.trend).toBe('insufficient');
    expect(a.points).toEqual([]);
  });

  it('a row with no numeric target gives no status', () => {
    const a = run([p(2015, 10), p(2020, 8)], row({ noNumericTarget: true }), 'lower');
    expect(a.status).toBe('no-target');
    expect(a.targetValue).toBeNull();
  });
});

describe('assessIndicator: flags', () => {
  it('>95 where higher is better and the target is 100: rated as 95, close, never achieved', () => {
    const a = run([p(2021, '>95', 'E')], elec);
    expect(a.status).toBe('close');
    expect(a.statusReason).toBe('flag-bound');
    expect(a.latest?.value).toBe('>95');
  });
  it('>95 meets a target of 95', () => {
    expect(run([p(2021, '>95')], row({ better: 'higher', comparator: '>=', value: 95 })).status).toBe('achieved');
  });
  it('<5 where higher is better: any lower value is possible, so very far', () => {
    expect(run([p(2021, '<5')], elec).status).toBe('very-far');
  });
  it('<2.5 against a zero target (undernourishment): rated as 2.5, close', () => {
    const a = run([p(2021, '<2.5', 'E')], zero);
    expect(a.status).toBe('close');
  });
  it('<2.5 against "less than 3": achieved (every value below 2.5 is below 3)', () => {
    expect(run([p(2021, '<2.5')], row({ better: 'lower', comparator: '<', value: 3 })).status).toBe('achieved');
  });
  it('a series of flags only has no trend; flags never enter the pace', () => {
    const flags = run([p(2015, '>95'), p(2018, '>95'), p(2021, '>95')], elec);
    expect(flags.trend).toBe('insufficient');
    expect(flags.trendReason).toBe('flags-only');
    // Numbers 2015–2019, flag in 2021: status from the flag, pace from the numbers only.
    const mixed = run([p(2015, 80), p(2019, 88), p(2021, '>95')], elec);
    expect(mixed.status).toBe('close');
    expect(mixed.end).toEqual(p(2019, 88));
    expect(mixed.pace).toBeCloseTo(2, 10);
  });
  it('N (not applicable) and other text are dropped', () => {
    const a = run([p(2016, 'N'), p(2020, 'N')], elec);
    expect(a.points).toEqual([]);
    expect(a.status).toBe('insufficient');
  });
});

describe('assessIndicator: trend', () => {
  it('falling-is-good, on track: TJK under-five mortality 37.4 (2015) → 31.4 (2021), ratio 1.2097', () => {
    const a = run([p(2015, 37.4), p(2021, 31.4)], u5);
    // pace = −6 / 6 = −1; required = (25 − 37.4) / 15 = −0.826667; ratio = 1.209677
    expect(a.pace).toBeCloseTo(-1, 10);
    expect(a.requiredPace).toBeCloseTo(-0.826667, 5);
    expect(a.ratio).toBeCloseTo(1.209677, 5);
    expect(a.trend).toBe('on-track');
    expect(a.status).toBe('close');
  });

  it('falling-is-good, moderately improving: AFG 70.2 → 55.7, ratio 0.8020', () => {
    const a = run([p(2015, 70.2), p(2021, 55.7)], u5);
    // pace = −14.5 / 6 = −2.416667; required = −45.2 / 15 = −3.013333; ratio = 0.801991
    expect(a.ratio).toBeCloseTo(0.801991, 5);
    expect(a.trend).toBe('moderate');
  });

  it('stagnating: 40 → 39 over six years against 25, ratio 1/6', () => {
    const a = run([p(2015, 40), p(2021, 39)], u5);
    expect(a.ratio).toBeCloseTo(1 / 6, 10);
    expect(a.trend).toBe('stagnating');
  });

  it('worsening: neonatal mortality 23.4 → 23.5 against 12', () => {
    const a = run([p(2015, 23.4), p(2021, 23.5)], row({ better: 'lower', comparator: '<=', value: 12 }));
    expect(a.ratio!).toBeLessThan(0);
    expect(a.trend).toBe('worsening');
  });

  it('rising-is-good: 80 → 92 on track (ratio 1.5); 60 → 61 stagnating; 60 → 55 worsening', () => {
    const up = run([p(2015, 80), p(2021, 92)], elec);
    // pace 12/6 = 2; required 20/15 = 1.333333
    expect(up.ratio).toBeCloseTo(1.5, 10);
    expect(up.trend).toBe('on-track');
    const flat = run([p(2015, 60), p(2021, 61)], elec);
    // pace 1/6; required 40/15; ratio 0.0625
    expect(flat.ratio).toBeCloseTo(0.0625, 10);
    expect(flat.trend).toBe('stagnating');
    expect(run([p(2015, 60), p(2021, 55)], elec).trend).toBe('worsening');
  });

  it('ratio exactly 0.5 is moderately improving, exactly 1 on track', () => {
    // required (25 − 40) / 15 = −1 a year; pace −0.5 a year and −1 a year.
    expect(run([p(2015, 40), p(2019, 38)], u5).trend).toBe('moderate');
    expect(run([p(2015, 40), p(2019, 36)], u5).trend).toBe('on-track');
  });

  it('target met at the start but lost at the end: worsening', () => {
    const a = run([p(2015, 20), p(2021, 30)], u5);
    expect(a.trend).toBe('worsening');
    expect(a.trendReason).toBe('lost-target');
  });

  it('target reached during the period: on track', () => {
    const a = run([p(2015, 30), p(2021, 24)], u5);
    expect(a.trend).toBe('on-track');
    expect(a.trendReason).toBe('met');
  });

  it('one data point: not enough data for a trend, but a status', () => {
    const a = run([p(2018, 31.4)], u5);
    expect(a.trend).toBe('insufficient');
    expect(a.trendReason).toBe('one-point');
    expect(a.status).toBe('close');
  });

  it('two points fewer than three years apart: not enough data', () => {
    expect(run([p(2015, 40), p(2017, 30)], u5).trendReason).toBe('span-too-short');
    expect(run([p(2015, 40), p(2018, 30)], u5).trendReason).toBe('pace-ratio');
  });

  it('the baseline is the first year from 2015 on with data', () => {
    const a = run([p(2012, 90), p(2016, 40), p(2020, 36)], u5);
    expect(a.start?.year).toBe(2016);
    // required = (25 − 40) / (2030 − 2016) = −1.071429; pace = −1; ratio 0.933333
    expect(a.ratio).toBeCloseTo(0.933333, 5);
    expect(a.trend).toBe('moderate');
  });

  it('a deadline other than 2030: wasting below 5 % by 2025, 8 → 6.5 (2015–2019), ratio 1.25', () => {
    const wasting = row({ better: 'lower', comparator: '<', value: 5, year: 2025 });
    const a = run([p(2015, 8), p(2019, 6.5)], wasting);
    // pace −1.5 / 4 = −0.375; required (5 − 8) / 10 = −0.3
    expect(a.ratio).toBeCloseTo(1.25, 10);
    expect(a.trend).toBe('on-track');
    expect(a.targetYear).toBe(2025);
  });

  it('estimates are marked; country data are not', () => {
    expect(run([p(2015, 40, 'M'), p(2021, 30, 'C')], u5).estimated).toBe(true);
    expect(run([p(2015, 40, 'C'), p(2021, 30, 'CA')], u5).estimated).toBe(false);
  });
});

describe('assessIndicator: reduction targets', () => {
  const tb = row({ better: 'lower', kind: 'reduction', reduction: 0.8, baseYear: 2015 });
  it('TB incidence KAZ 81 (2015) → 74 (2021): target 16.2, very far, stagnating (ratio 0.2701)', () => {
    const a = run([p(2015, 81, 'G'), p(2021, 74, 'G')], tb);
    expect(a.targetValue).toBeCloseTo(16.2, 10);
    // bands: close ≤ 24.3, far ≤ 48.6
    expect(a.status).toBe('very-far');
    // pace −7/6 = −1.166667; required (16.2 − 81)/15 = −4.32; ratio 0.270062
    expect(a.ratio).toBeCloseTo(0.270062, 5);
    expect(a.trend).toBe('stagnating');
  });
  it('base value from the nearest year within two years, the earlier on a tie', () => {
    expect(resolveTarget(tb, [p(2014, 100), p(2016, 50)])).toEqual({ value: 20, comparator: '<=', year: 2030 });
    expect(resolveTarget(tb, [p(2017, 50)])).toEqual({ value: 10, comparator: '<=', year: 2030 });
  });
  it('no base value: not enough data for either', () => {
    const a = run([p(2018, 50), p(2021, 40)], tb);
    expect(a.status).toBe('insufficient');
    expect(a.statusReason).toBe('no-base-value');
    expect(a.trend).toBe('insufficient');
  });
});

describe('assessIndicator: indicators without a numeric target', () => {
  const none = row({ noNumericTarget: true });
  it('relative change per year against ±1 %: improving, stagnating, worsening', () => {
    // lower is better, 10 → 9 over 4 years: −0.25 a year = 2.5 % of 10 → improving
    const a = run([p(2015, 10), p(2019, 9)], none, 'lower');
    expect(a.relativeChange).toBeCloseTo(0.025, 10);
    expect(a.trend).toBe('improving');
    expect(a.status).toBe('no-target');
    // 10 → 9.9 over 5 years: 0.2 % a year → stagnating
    expect(run([p(2015, 10), p(2020, 9.9)], none, 'lower').trend).toBe('stagnating');
    // higher is better, 10 → 9: worsening
    expect(run([p(2015, 10), p(2019, 9)], none, 'higher').trend).toBe('worsening');
  });
  it('no polarity: no trend', () => {
    expect(run([p(2015, 10), p(2019, 9)], none, null).trendReason).toBe('no-polarity');
  });
  it('series that are rates of change: no trend', () => {
    expect(run([p(2015, 3), p(2019, 5)], row({ noNumericTarget: true, trend: false }), 'higher').trendReason).toBe(
      'rate-series',
    );
  });
  it('excluded rows are not assessed', () => {
    const a = run([p(2015, 3), p(2019, 5)], row({ exclude: true, noNumericTarget: true }), 'higher');
    expect(a.statusReason).toBe('excluded');
    expect(a.trend).toBe('insufficient');
  });
});
