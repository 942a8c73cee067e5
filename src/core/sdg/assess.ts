import { isNumber, parseBound } from './flags.js';
import { METHOD, band, leastSquares, meets, scoreOf, trendOfRatio } from './method.js';
import type { Comparator, IndicatorAssessment, Point, Polarity, Reason, Status, TargetRow, Trend } from './types.js';

/**
 * Rates one indicator for one country: status (normalised score of the latest value between the lower bound and the
 * target) and trend (least-squares pace over every observation since the baseline against the pace needed by the
 * deadline). Pure; every rule is in `stories/progress-method.mdx`.
 */
export interface AssessInput {
  indicator: string;
  series: string;
  area: string;
  /** Observations of one series, one slice and one area, any order, any years. */
  points: Point[];
  /** The target table row, if any (a row with `noNumericTarget` gives a trend only). */
  row?: TargetRow | null;
  /** Polarity from the catalog; the row's `better` wins when it has one. */
  better?: Polarity | null;
  /** Latest year in the database: a status read from a value more than `METHOD.staleYears` before it is old. */
  latestYear?: number | null;
}

const isEstimate = (p: Point) => p.nature === 'E' || p.nature === 'M';

/** One point per year, ascending; a later duplicate of a year replaces an earlier one. `N` and other text dropped. */
function usable(points: Point[]): Point[] {
  const byYear = new Map<number, Point>();
  for (const p of points) {
    if (!Number.isInteger(p.year)) continue;
    if (!isNumber(p.value) && !parseBound(p.value)) continue;
    byYear.set(p.year, p);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The country's own value in `year`, else the nearest numeric year within 2 years (the earlier on a tie). */
function baseValue(points: Point[], year: number): number | null {
  let best: Point | null = null;
  for (const p of points) {
    if (!isNumber(p.value) || Math.abs(p.year - year) > 2) continue;
    const d = Math.abs(p.year - year);
    const bd = best ? Math.abs(best.year - year) : Infinity;
    if (d < bd || (d === bd && best && p.year < best.year)) best = p;
  }
  return best ? (best.value as number) : null;
}

interface Resolved {
  value: number;
  comparator: Comparator;
  year: number;
  /** Lower bound (score 0). */
  lower: number;
  floor?: number;
}

/** The numeric target for this country, `null` when there is none, `'no-base'` when its base year has no value. */
export function resolveTarget(row: TargetRow | null | undefined, points: Point[]): Resolved | null | 'no-base' {
  if (!row || row.noNumericTarget || row.exclude || row.rating === false) return null;
  const year = row.year ?? METHOD.targetYear;
  if (row.kind === 'reduction') {
    // The base value is observed in the SDG period (nothing before the baseline year counts).
    const base = baseValue(
      points.filter((p) => p.year >= METHOD.baselineYear),
      row.baseYear ?? METHOD.baselineYear,
    );
    if (base === null) return 'no-base';
    // Rounded to 12 significant digits so that 81 × 0.2 reads 16.2, not 16.199999999999996.
    const value = Number((base * (1 - (row.reduction ?? 0))).toPrecision(12));
    // Lower bound: the base value itself (no progress since the base year scores 0).
    return { value, comparator: '<=', year, lower: base };
  }
  if (!isNumber(row.value) || !row.comparator || !isNumber(row.lower)) return null;
  return { value: row.value, comparator: row.comparator, year, lower: row.lower, floor: row.floor };
}

/** The value a published point is rated at: the number, or for a flag the least favourable value it allows. */
function ratedValue(p: Point, t: Resolved, better: Polarity): { value: number; reason: Reason } {
  if (isNumber(p.value)) return { value: p.value, reason: 'score' };
  // A bound on the good side (`>95` when higher is better, `<2.5` when lower is better) is rated as the bound itself;
  // a bound on the bad side (`<5` when higher is better) allows any worse value: rated at the lower bound.
  const b = parseBound(p.value)!;
  const goodSide = (better === 'higher') === (b.op === '>');
  return { value: goodSide ? b.bound : t.lower, reason: 'flag-bound' };
}

function pointMeets(p: Point, t: Resolved, better: Polarity): boolean {
  return meets(ratedValue(p, t, better).value, t.value, better, t.comparator, t.floor);
}

function statusOf(latest: Point, t: Resolved, better: Polarity): { status: Status; reason: Reason; score: number } {
  const r = ratedValue(latest, t, better);
  if (pointMeets(latest, t, better))
    return { status: 'achieved', reason: r.reason === 'score' ? 'met' : 'flag-bound', score: 100 };
  const score = scoreOf(r.value, t.comparator === '=0' ? 0 : t.value, t.lower) ?? 0;
  return { status: band(score), reason: r.reason, score };
}

export function assessIndicator(input: AssessInput): IndicatorAssessment {
  const row = input.row ?? null;
  const better = row?.better ?? input.better ?? null;
  const all = usable(input.points);
  const pts = all.filter((p) => p.year >= METHOD.baselineYear);
  const result: IndicatorAssessment = {
    indicator: input.indicator,
    series: input.series,
    area: input.area,
    better,
    targetValue: null,
    comparator: null,
    targetYear: null,
    status: 'no-target',
    statusReason: 'no-target',
    latest: null,
    lowerBound: null,
    score: null,
    old: false,
    observations: 0,
    trend: 'insufficient',
    trendReason: 'no-polarity',
    start: null,
    end: null,
    pace: null,
    requiredPace: null,
    ratio: null,
    relativeChange: null,
    estimated: false,
    points: pts,
  };
  if (row?.exclude) {
    result.statusReason = result.trendReason = 'excluded';
    return result;
  }

  const target = better ? resolveTarget(row, all) : null;
  const latest = pts.length ? pts[pts.length - 1] : null;
  const used: Point[] = [];

  // Status.
  if (target === 'no-base') {
    result.status = 'insufficient';
    result.statusReason = 'no-base-value';
  } else if (target) {
    result.targetValue = target.value;
    result.comparator = target.comparator;
    result.targetYear = target.year;
    result.lowerBound = target.lower;
    if (!latest) {
      result.status = 'insufficient';
      result.statusReason = 'no-value-since-baseline';
    } else {
      const s = statusOf(latest, target, better!);
      result.status = s.status;
      result.statusReason = s.reason;
      result.score = s.score;
      result.latest = latest;
      const newest = input.latestYear ?? null;
      result.old = newest !== null && latest.year < newest - METHOD.staleYears;
      used.push(latest);
    }
  }

  // Trend.
  const trend = (t: Trend, reason: Reason) => {
    result.trend = t;
    result.trendReason = reason;
  };
  const nums = pts.filter((p) => isNumber(p.value)) as (Point & { value: number })[];
  result.observations = nums.length;
  const allMet = !!target && target !== 'no-base' && pts.length > 0 && pts.every((p) => pointMeets(p, target, better!));
  if (row?.trend === false) trend('insufficient', 'rate-series');
  else if (!better) trend('insufficient', 'no-polarity');
  else if (target === 'no-base') trend('insufficient', 'no-base-value');
  else if (allMet && pts.length >= METHOD.minObservations && nums.length < METHOD.minObservations) {
    // Flags at or beyond the target in every year (`<2.5` undernourishment): the target is kept.
    trend('maintaining', 'maintained');
  } else if (nums.length < METHOD.minObservations) {
    trend(
      'insufficient',
      pts.length === 0 ? 'no-value-since-baseline' : nums.length === 0 ? 'flags-only' : 'few-points',
    );
  } else {
    const fit = leastSquares(nums);
    const start = nums[0];
    const end = nums[nums.length - 1];
    const pace = fit.slope;
    result.start = start;
    result.end = end;
    result.pace = pace;
    used.push(...nums);
    if (target) {
      const toward = better === 'higher' ? 1 : -1;
      const latestMet = pointMeets(pts[pts.length - 1], target, better!);
      if (latestMet) {
        // At or beyond the target: does the fitted line keep it there until the deadline?
        const horizon = Math.max(0, target.year - end.year);
        const projected = end.value + pace * horizon;
        const keeps = meets(projected, target.value, better!, target.comparator, target.floor) || pace * toward >= 0;
        if (!keeps) trend('worsening', 'met-worsening');
        else if (allMet) trend('maintaining', 'maintained');
        else trend('on-track', 'met');
      } else {
        const goal = target.comparator === '=0' ? 0 : target.value;
        const required = (goal - end.value) / Math.max(1, target.year - end.year);
        result.requiredPace = required;
        if (required === 0)
          trend(pace * toward > 0 ? 'on-track' : pace === 0 ? 'stagnating' : 'worsening', 'pace-ratio');
        else {
          result.ratio = pace / required;
          trend(trendOfRatio(result.ratio), 'pace-ratio');
        }
      }
    } else {
      // Relative to the mean level of the fitted years, so a start at 0 gives no infinite change.
      const mean = nums.reduce((a, p) => a + Math.abs(p.value), 0) / nums.length;
      const sign = better === 'higher' ? 1 : -1;
      const rc = mean === 0 ? 0 : (sign * pace) / mean;
      result.relativeChange = rc;
      trend(
        rc >= METHOD.relativeChange ? 'improving' : rc <= -METHOD.relativeChange ? 'worsening' : 'stagnating',
        'relative-change',
      );
    }
  }
  result.estimated = used.some(isEstimate);
  return result;
}
