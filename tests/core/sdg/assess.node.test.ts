import { describe, expect, it } from 'vitest';
import { assessIndicator, resolveTarget } from '../../../src/core/sdg/assess.js';
import { METHOD, band, leastSquares, scoreOf } from '../../../src/core/sdg/method.js';
import type { Point, TargetRow } from '../../../src/core/sdg/types.js';

// Expected values below are worked by hand from the formulas in stories/progress-method.mdx:
// score = 100 × (v − lower) / (target − lower), clipped to [0, 100), 100 only when met; bands close ≥ 90, far ≥ 50;
// trend: least-squares slope over every numeric value since 2015 (≥ 3), ratio = slope / ((T − latest) / (deadline − year)).

const row = (over: Partial<TargetRow>): TargetRow => ({
  indicator: 'X',
  series: 'X',
  target: 'X',
  targetText: '',
  quote: '',
  citation: '',
  ...over,
});
const u5 = row({ indicator: '3.2.1', better: 'lower', comparator: '<=', value: 25, lower: 75 });
const mmr = row({ indicator: '3.1.1', better: 'lower', comparator: '<', value: 70, lower: 210 });
const elec = row({ indicator: '7.1.1', better: 'higher', comparator: '>=', value: 100, lower: 50 });
const zero = row({ indicator: '2.2.1', better: 'lower', comparator: '=0', value: 0, lower: 20 });
const hunger = row({ indicator: '2.1.1', better: 'lower', comparator: '=0', value: 0, lower: 20, floor: 2.5 });
const remit = row({ indicator: '10.c.1', better: 'lower', comparator: '<', value: 3, lower: 9 });
const tb = row({ indicator: '3.3.2', better: 'lower', kind: 'reduction', reduction: 0.5, baseYear: 2015 });
const p = (year: number, value: number | string, nature = 'C'): Point => ({ year, value, nature });
const run = (
  points: Point[],
  r: TargetRow | null,
  better: 'higher' | 'lower' | null = null,
  latestYear: number | null = null,
) => assessIndicator({ indicator: r?.indicator ?? 'X', series: 'S', area: 'KAZ', points, row: r, better, latestYear });
const years = (from: number, values: (number | string)[]) => values.map((v, i) => p(from + i, v));

describe('method constants', () => {
  it('are the ones the docs state', () => {
    expect(METHOD.version).toBe(2);
    expect(METHOD.baselineYear).toBe(2015);
    expect(METHOD.minObservations).toBe(3);
    expect([METHOD.close, METHOD.far]).toEqual([90, 50]);
    expect(METHOD.staleYears).toBe(5);
    expect(METHOD.worst).toBe(2);
  });
  it('scoreOf: linear between lower bound and target, both directions, clipped below 100', () => {
    expect(scoreOf(50, 25, 75)).toBe(50);
    expect(scoreOf(97.7, 100, 50)).toBeCloseTo(95.4, 10);
    expect(scoreOf(80, 25, 75)).toBe(0);
    expect(scoreOf(25, 25, 75)).toBe(99.99);
    expect(scoreOf(3, 3, 3)).toBeNull();
  });
  it('band: boundaries belong to the better band', () => {
    expect([band(90), band(89.99), band(50), band(49.99)]).toEqual(['close', 'far', 'far', 'very-far']);
  });
  it('leastSquares: slope of 40, 38, 36, 34 is −2; a flat series has slope 0', () => {
    expect(leastSquares(years(2015, [40, 38, 36, 34]) as { year: number; value: number }[]).slope).toBeCloseTo(-2, 12);
    expect(leastSquares(years(2015, [5, 5, 5]) as { year: number; value: number }[]).slope).toBe(0);
  });
});

describe('assessIndicator: status on the normalised score', () => {
  it('lower is better (U5MR ≤ 25, lower bound 75): 30 → 90 close, 30.5 → 89 far, 50 → 50 far, 80 → 0 very far', () => {
    const s = (v: number) => run([p(2021, v)], u5);
    expect([s(30).status, s(30).score]).toEqual(['close', 90]);
    expect(s(30.5).status).toBe('far');
    expect(s(30.5).score).toBeCloseTo(89, 10);
    expect([s(50).status, s(50).score]).toEqual(['far', 50]);
    expect([s(80).status, s(80).score]).toEqual(['very-far', 0]);
    expect([s(25).status, s(25).score, s(25).statusReason]).toEqual(['achieved', 100, 'met']);
  });

  it('higher is better (universal access 100, lower bound 50): 99.6 close (99.2), 90 far (80), 74 very far (48)', () => {
    const s = (v: number) => run([p(2021, v)], elec);
    expect(s(99.6).status).toBe('close');
    expect(s(99.6).score).toBeCloseTo(99.2, 10);
    expect([s(90).status, s(90).score]).toEqual(['far', 80]);
    expect([s(74).status, s(74).score]).toEqual(['very-far', 48]);
    expect(s(100).status).toBe('achieved');
  });

  it('the same score means the same band for every unit and direction', () => {
    // 80 % of the way from the bound to the target: far in both.
    expect(run([p(2021, 35)], u5).status).toBe(run([p(2021, 90)], elec).status);
    expect(run([p(2021, 35)], u5).score).toBeCloseTo(80, 10);
  });

  it('strict comparator: maternal mortality of exactly 70 is not below 70, so close, not met', () => {
    const a = run([p(2020, 70)], mmr);
    expect(a.status).toBe('close');
    expect(a.score).toBeLessThan(100);
    expect(run([p(2020, 69.9)], mmr).status).toBe('achieved');
  });

  it('zero targets ("end"): 0 achieved, 2 → 90 close, 11 → 45 very far', () => {
    expect(run([p(2021, 0)], zero).status).toBe('achieved');
    expect([run([p(2021, 2)], zero).status, run([p(2021, 2)], zero).score]).toEqual(['close', 90]);
    expect([run([p(2021, 11)], zero).status, run([p(2021, 11)], zero).score]).toEqual(['very-far', 45]);
  });

  it('uses the latest observation since 2015; values before 2015 never count', () => {
    const a = run([p(2010, 10), p(2016, 40), p(2019, 30)], u5);
    expect(a.latest).toEqual(p(2019, 30));
    expect(run([p(2012, 20), p(2014, 21)], u5).status).toBe('insufficient');
    expect(run([p(2012, 20), p(2014, 21)], u5).statusReason).toBe('no-value-since-baseline');
  });

  it('a row with no numeric target gives no status, no score', () => {
    const a = run([p(2015, 1), p(2020, 2)], row({ noNumericTarget: true }), 'higher');
    expect([a.status, a.score]).toEqual(['no-target', null]);
  });
});

describe('assessIndicator: flags', () => {
  it('>95 against universal access (100): rated at 95 → score 90, close, never met', () => {
    const a = run([p(2021, '>95')], elec);
    expect([a.status, a.score, a.statusReason]).toEqual(['close', 90, 'flag-bound']);
  });
  it('<5 where higher is better: any lower value is possible, rated at the lower bound (score 0)', () => {
    const a = run([p(2021, '<5')], elec);
    expect([a.status, a.score]).toEqual(['very-far', 0]);
  });
  it('<2.5 against "end hunger" where the series publishes a floor of 2.5: met', () => {
    expect(run([p(2021, '<2.5')], hunger).status).toBe('achieved');
  });
  it('<2.5 against a zero target without a floor: rated at 2.5 → 87.5, far', () => {
    const a = run([p(2021, '<2.5')], zero);
    expect([a.status, a.score]).toEqual(['far', 87.5]);
  });
  it('flags never enter the fit: three <2.5 with a floor are maintained; three >95 give no trend', () => {
    const kept = run(years(2015, ['<2.5', '<2.5', '<2.5']), hunger);
    expect([kept.trend, kept.trendReason, kept.observations]).toEqual(['maintaining', 'maintained', 0]);
    const bounds = run(years(2015, ['>95', '>95', '>95']), elec);
    expect([bounds.trend, bounds.trendReason]).toEqual(['insufficient', 'flags-only']);
  });
});

describe('assessIndicator: data age', () => {
  it('a status read from a value more than 5 years before the latest year of the database is old', () => {
    expect(run([p(2017, 30)], u5, null, 2023).old).toBe(true);
    expect(run([p(2018, 30)], u5, null, 2023).old).toBe(false);
    expect(run([p(2017, 30)], u5, null, null).old).toBe(false);
  });
});

describe('assessIndicator: trend (least squares over every observation since 2015)', () => {
  it('flat at the target: 100, 100, 100, 100 is maintaining, not stagnating', () => {
    const a = run(years(2015, [100, 100, 100, 100]), elec);
    expect([a.status, a.trend, a.trendReason, a.pace]).toEqual(['achieved', 'maintaining', 'maintained', 0]);
  });

  it('target met but worsening: remittance cost 1.5, 2.0, 2.5, 2.99 (2015–2021, < 3) is worsening', () => {
    // slope: Σ(x − 2018)(y − 2.2475) / Σ(x − 2018)² = 4.97 / 20 = 0.2485; 2.99 + 9 × 0.2485 = 5.2265 ≥ 3 by 2030.
    const a = run([p(2015, 1.5), p(2017, 2.0), p(2019, 2.5), p(2021, 2.99)], remit);
    expect(a.status).toBe('achieved');
    expect(a.pace).toBeCloseTo(0.2485, 10);
    expect([a.trend, a.trendReason]).toEqual(['worsening', 'met-worsening']);
  });

  it('target reached during the period and still rising: on track', () => {
    const a = run([p(2015, 90), p(2017, 95), p(2019, 100)], elec);
    expect([a.trend, a.trendReason]).toEqual(['on-track', 'met']);
  });

  it('source jump: 70 then 96 four times — the fit (5.2 a year) uses every year, not the first and last (6.5)', () => {
    // mean year 2017, mean value 90.8; Σ(x − x̄)(y − ȳ) = 52, Σ(x − x̄)² = 10.
    const a = run(years(2015, [70, 96, 96, 96, 96]), elec);
    expect(a.pace).toBeCloseTo(5.2, 10);
    expect(a.observations).toBe(5);
    // required (100 − 96) / (2030 − 2019) = 0.3636…; ratio 14.3 → on track.
    expect(a.requiredPace).toBeCloseTo(4 / 11, 10);
    expect(a.ratio).toBeCloseTo(5.2 / (4 / 11), 10);
    expect(a.trend).toBe('on-track');
  });

  it('pace ratio: 40, 38, 36, 34 against ≤ 25 (ratio 2.67) on track; 40, 39.5, 39, 38.5 (ratio 0.44) stagnating', () => {
    const fast = run(years(2015, [40, 38, 36, 34]), u5);
    expect(fast.requiredPace).toBeCloseTo(-0.75, 10);
    expect(fast.ratio).toBeCloseTo(-2 / -0.75, 10);
    expect(fast.trend).toBe('on-track');
    const slow = run(years(2015, [40, 39.5, 39, 38.5]), u5);
    expect(slow.ratio).toBeCloseTo(-0.5 / (-13.5 / 12), 10);
    expect(slow.trend).toBe('stagnating');
  });

  it('moving away from the target: worsening', () => {
    expect(run(years(2015, [60, 59, 58]), elec).trend).toBe('worsening');
  });

  it('fewer than three numeric observations: no trend (survey noise 99.6 → 99.1 is not "worsening")', () => {
    const a = run([p(2016, 99.6), p(2019, 99.1)], elec);
    expect([a.trend, a.trendReason]).toEqual(['insufficient', 'few-points']);
    expect(a.status).toBe('close');
  });

  it('start at zero without a target: relative change is slope ÷ mean level (0.7 / 0.75), finite, improving', () => {
    // 0, 0, 1, 2: slope 3.5 / 5 = 0.7; mean 0.75.
    const a = run(years(2015, [0, 0, 1, 2]), row({ noNumericTarget: true }), 'higher');
    expect(a.relativeChange).toBeCloseTo(0.7 / 0.75, 10);
    expect(Number.isFinite(a.relativeChange!)).toBe(true);
    expect(a.trend).toBe('improving');
  });

  it('start at zero with a zero target: 0, 0, 0 is maintained', () => {
    expect(run(years(2015, [0, 0, 0]), zero).trend).toBe('maintaining');
  });

  it('no polarity or a rate series: no trend', () => {
    expect(run(years(2015, [1, 2, 3]), row({ noNumericTarget: true }), null).trendReason).toBe('no-polarity');
    expect(run(years(2015, [1, 2, 3]), row({ noNumericTarget: true, trend: false }), 'higher').trendReason).toBe(
      'rate-series',
    );
  });

  it('estimates used by the status or the fit are marked', () => {
    expect(run([p(2015, 40, 'E'), p(2016, 39), p(2017, 38)], u5).estimated).toBe(true);
    expect(run([p(2015, 40), p(2016, 39), p(2017, 38)], u5).estimated).toBe(false);
  });
});

describe('assessIndicator: reduction targets (lower bound = own base value)', () => {
  it('halving from 100 (2015): 80 in 2021 scores 40 (very far); 100, 90, 80 is on track (ratio 1)', () => {
    const a = run([p(2015, 100), p(2018, 90), p(2021, 80)], tb);
    expect([a.targetValue, a.lowerBound]).toEqual([50, 100]);
    expect(a.score).toBeCloseTo(40, 10);
    expect(a.status).toBe('very-far');
    expect(a.pace).toBeCloseTo(-10 / 3, 10);
    expect(a.ratio).toBeCloseTo(1, 10);
    expect(a.trend).toBe('on-track');
  });
  it('the base value is observed since 2015 (a 2014 value is not a base)', () => {
    expect(resolveTarget(tb, [p(2014, 90), p(2019, 80)])).toBe('no-base');
    expect(resolveTarget(tb, [p(2014, 90), p(2016, 80)])).toMatchObject({ value: 40, lower: 80 });
  });
  it('no base value: not enough data for either', () => {
    const a = run([p(2020, 70)], tb);
    expect([a.status, a.trend]).toEqual(['insufficient', 'insufficient']);
  });
});

describe('assessIndicator: excluded rows and chart-only rows', () => {
  it('excluded rows are not assessed; rows kept for a chart give no target', () => {
    expect(run([p(2020, 1)], row({ exclude: true, noNumericTarget: true }), 'higher').statusReason).toBe('excluded');
    expect(resolveTarget(row({ ...elec, rating: false }), [p(2020, 1)])).toBeNull();
  });
});
