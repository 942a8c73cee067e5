import { isNumber, parseBound } from './flags.js';
import { METHOD, band, bandsFor, meets, trendOfRatio } from './method.js';
import type { Comparator, IndicatorAssessment, Point, Polarity, Reason, Status, TargetRow, Trend } from './types.js';

/**
 * Rates one indicator for one country: status (distance of the latest value from the target) and trend (pace since
 * the baseline against the pace needed by the deadline). Pure; every rule is in `stories/progress-method.mdx`.
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
}

/** The numeric target for this country, `null` when there is none, `'no-base'` when its base year has no value. */
export function resolveTarget(row: TargetRow | null | undefined, points: Point[]): Resolved | null | 'no-base' {
  if (!row || row.noNumericTarget || row.exclude) return null;
  const year = row.year ?? METHOD.targetYear;
  if (row.kind === 'reduction') {
    const base = baseValue(points, row.baseYear ?? METHOD.baselineYear);
    if (base === null) return 'no-base';
    // Rounded to 12 significant digits so that 81 × 0.2 reads 16.2, not 16.199999999999996.
    return { value: Number((base * (1 - (row.reduction ?? 0))).toPrecision(12)), comparator: '<=', year };
  }
  if (!isNumber(row.value) || !row.comparator) return null;
  return { value: row.value, comparator: row.comparator, year };
}

function statusOf(latest: Point, t: Resolved, better: Polarity, row: TargetRow): { status: Status; reason: Reason } {
  const bands = bandsFor(t.value, better, t.comparator, row.bands);
  if (isNumber(latest.value)) {
    if (meets(latest.value, t.value, better, t.comparator)) return { status: 'achieved', reason: 'met' };
    return { status: band(latest.value, better, bands), reason: 'band' };
  }
  // A flag is a bound: rate the least favourable value it allows. A bound on the good side (`>95` when higher is
  // better, `<2.5` when lower is better) is rated as the bound itself; a bound on the bad side (`<5` when higher is
  // better) allows any worse value, hence "very far".
  const b = parseBound(latest.value)!;
  const goodSide = (better === 'higher') === (b.op === '>');
  if (!goodSide) return { status: 'very-far', reason: 'flag-bound' };
  const target = t.comparator === '=0' ? 0 : t.value;
  const met = better === 'higher' ? b.bound >= target : b.bound <= target;
  if (met) return { status: 'achieved', reason: 'flag-bound' };
  return { status: band(b.bound, better, bands), reason: 'flag-bound' };
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
    if (!latest) {
      result.status = 'insufficient';
      result.statusReason = 'no-value-since-baseline';
    } else {
      const s = statusOf(latest, target, better!, row!);
      result.status = s.status;
      result.statusReason = s.reason;
      result.latest = latest;
      used.push(latest);
    }
  }

  // Trend.
  const trend = (t: Trend, reason: Reason) => {
    result.trend = t;
    result.trendReason = reason;
  };
  const nums = pts.filter((p) => isNumber(p.value));
  if (row?.trend === false) trend('insufficient', 'rate-series');
  else if (!better) trend('insufficient', 'no-polarity');
  else if (target === 'no-base') trend('insufficient', 'no-base-value');
  else if (nums.length === 0) trend('insufficient', pts.length ? 'flags-only' : 'no-value-since-baseline');
  else if (nums.length === 1) trend('insufficient', 'one-point');
  else {
    const start = nums[0];
    const end = nums[nums.length - 1];
    const span = end.year - start.year;
    if (span < METHOD.minSpan) trend('insufficient', 'span-too-short');
    else {
      const s = start.value as number;
      const e = end.value as number;
      const pace = (e - s) / span;
      result.start = start;
      result.end = end;
      result.pace = pace;
      used.push(start, end);
      if (target) {
        const startMet = meets(s, target.value, better, target.comparator);
        const endMet = meets(e, target.value, better, target.comparator);
        const required = (target.value - s) / Math.max(1, target.year - start.year);
        result.requiredPace = startMet ? null : required;
        if (endMet) trend('on-track', startMet ? 'kept-target' : 'met');
        else if (startMet) trend('worsening', 'lost-target');
        else if (required === 0) trend(pace === 0 ? 'stagnating' : (pace > 0) === (better === 'higher') ? 'on-track' : 'worsening', 'pace-ratio');
        else {
          result.ratio = pace / required;
          trend(trendOfRatio(result.ratio), 'pace-ratio');
        }
      } else {
        const sign = better === 'higher' ? 1 : -1;
        const rc = s === 0 ? (pace === 0 ? 0 : sign * Math.sign(pace) * Infinity) : (sign * pace) / Math.abs(s);
        result.relativeChange = rc;
        trend(rc >= METHOD.relativeChange ? 'improving' : rc <= -METHOD.relativeChange ? 'worsening' : 'stagnating', 'relative-change');
      }
    }
  }
  result.estimated = used.some(isEstimate);
  return result;
}
