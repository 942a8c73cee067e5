import type { Bands, Comparator, Polarity, Status, Trend } from './types.js';

/**
 * The constants of the method, in one place, each used by `assess.ts` and quoted in `stories/progress-method.mdx`.
 */
export const METHOD = {
  /** The SDG period starts in 2015: status and trend use observations from this year on. */
  baselineYear: 2015,
  /** A pace needs two numeric observations at least this many years apart. */
  minSpan: 3,
  /** Default deadline. */
  targetYear: 2030,
  /** Pace ratio at or above which an indicator is on track. */
  onTrack: 1,
  /** Pace ratio at or above which it is moderately improving (below: stagnating; below 0: worsening). */
  moderate: 0.5,
  /** Without a target: relative change per year that counts as improving or worsening (1 % a year). */
  relativeChange: 0.01,
  /** Default bands for higher-is-better targets: close at ≥ 90 % of the target, far at ≥ 50 %. */
  higherClose: 0.9,
  higherFar: 0.5,
  /** Default bands for lower-is-better targets above 0: close at ≤ 1.5 × target, far at ≤ 3 ×. */
  lowerClose: 1.5,
  lowerFar: 3,
  /** Default bands for zero targets (percentages): close at ≤ 5, far at ≤ 20 (percentage points). */
  zeroClose: 5,
  zeroFar: 20,
} as const;

/** Scores used to aggregate to a goal. */
export const STATUS_SCORE: Partial<Record<Status, number>> = { achieved: 4, close: 3, far: 2, 'very-far': 1 };
export const TREND_SCORE: Partial<Record<Trend, number>> = {
  'on-track': 4,
  moderate: 3,
  improving: 3,
  stagnating: 2,
  worsening: 1,
};

/** Status bands of a target value, in its units: `row.bands` when the table gives them, else the default rule. */
export function bandsFor(value: number, better: Polarity, comparator: Comparator, given?: Bands): Bands {
  if (given) return given;
  if (better === 'higher') return { close: value * METHOD.higherClose, far: value * METHOD.higherFar };
  if (comparator === '=0' || value === 0) return { close: METHOD.zeroClose, far: METHOD.zeroFar };
  return { close: value * METHOD.lowerClose, far: value * METHOD.lowerFar };
}

/** True when `v` meets the target. */
export function meets(v: number, target: number, better: Polarity, comparator: Comparator): boolean {
  switch (comparator) {
    case '<':
      return v < target;
    case '<=':
      return v <= target;
    case '>=':
      return v >= target;
    case '=0':
      return better === 'lower' ? v <= 0 : v >= 0;
  }
}

/** Band of a value that does not meet the target: close, far or very far. Boundaries belong to the better band. */
export function band(v: number, better: Polarity, bands: Bands): 'close' | 'far' | 'very-far' {
  if (better === 'higher') return v >= bands.close ? 'close' : v >= bands.far ? 'far' : 'very-far';
  return v <= bands.close ? 'close' : v <= bands.far ? 'far' : 'very-far';
}

/** Trend class of a pace ratio (pace achieved ÷ pace required; positive = towards the target). */
export function trendOfRatio(ratio: number): Trend {
  if (ratio >= METHOD.onTrack) return 'on-track';
  if (ratio >= METHOD.moderate) return 'moderate';
  if (ratio >= 0) return 'stagnating';
  return 'worsening';
}
