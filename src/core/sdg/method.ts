import type { Comparator, Polarity, Status, Trend } from './types.js';

/**
 * The constants of the method (version 2), in one place, each used by `assess.ts` / `aggregate.ts` and quoted in
 * `stories/progress-method.mdx`.
 */
export const METHOD = {
  /** Version of the method and of `data/progress.json`. */
  version: 2,
  /** The SDG period starts in 2015: nothing observed before this year counts. */
  baselineYear: 2015,
  /** A trend needs at least this many numeric observations since the baseline year (least-squares fit). */
  minObservations: 3,
  /** Default deadline. */
  targetYear: 2030,
  /** A status read from a value more than this many years before the database's latest year is marked old. */
  staleYears: 5,
  /** Pace ratio (fitted slope ÷ pace needed) at or above which an indicator is on track. */
  onTrack: 1,
  /** Pace ratio at or above which it is moderately improving (below: stagnating; below 0: worsening). */
  moderate: 0.5,
  /** Without a target: fitted change per year, relative to the mean level, that counts as improving/worsening. */
  relativeChange: 0.01,
  /** Status bands on the normalised score 0–100: close at ≥ 90, far at ≥ 50, very far below 50. */
  close: 90,
  far: 50,
  /** Goals rated on the worst indicators: the mean score of this many lowest-scoring indicators. */
  worst: 2,
  /** Fewer indicators with a status than this: the goal status is marked thin. */
  minIndicators: 2,
  /** Goal 14 (oceans) does not apply to landlocked countries (all six: the Caspian Sea is a lake). */
  landlocked: ['AFG', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as readonly string[],
  oceanGoal: 14,
} as const;

/** Status levels used for display order and aggregation of trends. */
export const STATUS_SCORE: Partial<Record<Status, number>> = { achieved: 4, close: 3, far: 2, 'very-far': 1 };
export const TREND_SCORE: Partial<Record<Trend, number>> = {
  'on-track': 4,
  maintaining: 4,
  moderate: 3,
  improving: 3,
  stagnating: 2,
  worsening: 1,
};

/** True when `v` meets the target (`floor`: values at or below it meet a zero target, see `TargetRow.floor`). */
export function meets(v: number, target: number, better: Polarity, comparator: Comparator, floor?: number): boolean {
  switch (comparator) {
    case '<':
      return v < target;
    case '<=':
      return v <= target;
    case '>=':
      return v >= target;
    case '=0':
      if (floor !== undefined && better === 'lower' && v <= floor) return true;
      return better === 'lower' ? v <= 0 : v >= 0;
  }
}

/**
 * Normalised score of a value that does not meet the target: 100 × (v − lower) / (target − lower), clipped to
 * [0, 100). Works for both directions (the sign of target − lower carries it). `null` when the bound equals the target.
 */
export function scoreOf(v: number, target: number, lower: number): number | null {
  if (target === lower) return null;
  const s = (100 * (v - lower)) / (target - lower);
  // A value at the edge of a strict target (`< 70` at 70) is not met: its score stays below 100.
  return Math.max(0, Math.min(99.99, s));
}

/** Band of a score (not met): close, far or very far. Boundaries belong to the better band. */
export function band(score: number, edges: { close: number; far: number } = METHOD): 'close' | 'far' | 'very-far' {
  return score >= edges.close ? 'close' : score >= edges.far ? 'far' : 'very-far';
}

/** Trend class of a pace ratio (fitted pace ÷ pace needed; positive = towards the target). */
export function trendOfRatio(ratio: number): Trend {
  if (ratio >= METHOD.onTrack) return 'on-track';
  if (ratio >= METHOD.moderate) return 'moderate';
  if (ratio >= 0) return 'stagnating';
  return 'worsening';
}

/** Ordinary least squares of value on year: slope (units per year) and intercept. At least two distinct years. */
export function leastSquares(points: { year: number; value: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.year, 0) / n;
  const my = points.reduce((a, p) => a + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - mx) * (p.value - my);
    sxx += (p.year - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
