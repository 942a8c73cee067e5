/**
 * Types of the progress assessment: the target table shipped as `data/targets.json` and the ratings computed from it.
 * Pure types: no runtime code. The method is documented in `stories/progress-method.mdx`.
 */

/** Which way is better for an indicator. */
export type Polarity = 'higher' | 'lower';

/**
 * How a target value is met: `<` strictly below (MMR "less than 70"), `<=` at most (U5MR "at least as low as 25"),
 * `>=` at least (universal access, 100 %), `=0` zero (eradicate, end, eliminate: met at 0 or below).
 */
export type Comparator = '<' | '<=' | '>=' | '=0';

/** One row of `data/targets.json`. */
export interface TargetRow {
  indicator: string;
  series: string;
  /** SDG target code, e.g. `3.2`. */
  target: string;
  /** Official English wording of the SDG target (full text). */
  targetText: string;
  /** The words of the target the number is read from (a substring of `targetText`). */
  quote: string;
  /** Where the text comes from. */
  citation: string;
  /** True when the target states no number for this indicator: trend only. */
  noNumericTarget?: boolean;
  /** Absolute target value in the series' unit (kind `absolute`). */
  value?: number;
  comparator?: Comparator;
  /**
   * `absolute`: a value read from the target text; `benchmark`: a value from a cited benchmark (`basis`); `best`: the
   * stated best-performer rule; `reduction`: the country's own value in `baseYear` reduced by `reduction` (0.8 = by
   * 80 %). Charts draw a "2030 target" line for `absolute` rows only.
   */
  kind?: 'absolute' | 'benchmark' | 'best' | 'reduction';
  reduction?: number;
  baseYear?: number;
  /** Deadline of the target, 2030 unless the target says otherwise. */
  year?: number;
  better?: Polarity;
  /**
   * Lower bound: the value that counts as furthest from the target (score 0), in the series' unit. Absent on
   * `reduction` rows, whose lower bound is the country's own base value (no progress since the base year).
   */
  lower?: number;
  /** Why the lower bound is what it is: the benchmark cited, or the stated rule. */
  lowerBasis?: string;
  /** Where the target number comes from when it is not in the SDG text itself (benchmark cited, or stated rule). */
  basis?: string;
  /** The series publishes values below `floor` as the flag `<floor`: a target of 0 counts as met at or below it. */
  floor?: number;
  /** False for rows kept only for a chart's target line: not used by the ratings. */
  rating?: boolean;
  /** Slice overrides of the series' default slice for the assessment (e.g. adolescent births at 15–19). */
  slice?: Record<string, string>;
  /** False for series that are themselves rates of change (GDP growth): no trend is assessed. */
  trend?: boolean;
  /** Excluded from the assessment altogether, with `note` saying why (e.g. values for single cities). */
  exclude?: boolean;
  note?: string;
}

/** `data/targets.json`. */
export interface TargetTable {
  version: number;
  /** Provenance of the target texts. */
  source: string;
  /** The published assessment methods this table's method follows (title, year, address). */
  references?: string[];
  rows: TargetRow[];
}

/** Status: how far the latest value is from the target. */
export type Status = 'achieved' | 'close' | 'far' | 'very-far' | 'insufficient' | 'no-target' | 'not-applicable';

/**
 * Trend: the fitted pace since the baseline against the pace needed. `maintaining`: at or beyond the target and
 * projected to stay there. `improving` is used only for indicators without a numeric target (whether the pace is
 * enough cannot be judged); those trends are kept apart from the goal's trend.
 */
export type Trend = 'on-track' | 'maintaining' | 'moderate' | 'improving' | 'stagnating' | 'worsening' | 'insufficient';

/** Why a rating came out as it did (machine-readable; the docs page and tooltips explain each). */
export type Reason =
  | 'met'
  | 'band'
  | 'score'
  | 'landlocked'
  | 'flag-bound'
  | 'no-value-since-baseline'
  | 'no-base-value'
  | 'no-target'
  | 'no-polarity'
  | 'rate-series'
  | 'excluded'
  | 'one-point'
  | 'span-too-short'
  | 'few-points'
  | 'maintained'
  | 'met-worsening'
  | 'flags-only'
  | 'pace-ratio'
  | 'kept-target'
  | 'lost-target'
  | 'relative-change';

/** A published observation as used by the method. */
export interface Point {
  year: number;
  /** As published: a number or a flag such as `>95`, `<2.5`. */
  value: number | string;
  nature?: string;
}

export interface IndicatorAssessment {
  indicator: string;
  series: string;
  area: string;
  better: Polarity | null;
  /** The resolved target value (for `reduction` targets: the country's base value × (1 − reduction)). */
  targetValue: number | null;
  comparator: Comparator | null;
  targetYear: number | null;
  status: Status;
  statusReason: Reason;
  /** The observation the status is read from (latest since the baseline year, numeric or flag). */
  latest: Point | null;
  trend: Trend;
  trendReason: Reason;
  /** Lower bound (score 0) resolved for this country, or null. */
  lowerBound: number | null;
  /** Normalised score 0–100 between the lower bound and the target (100 only when the target is met), or null. */
  score: number | null;
  /** True when the status is read from a value more than `METHOD.staleYears` before the database's latest year. */
  old: boolean;
  /** Numeric observations since the baseline year used by the trend fit. */
  observations: number;
  /** First and last numeric observation of the fit (for display). */
  start: Point | null;
  end: Point | null;
  /** Least-squares slope (units per year), the pace needed from the latest value to the target, their ratio. */
  pace: number | null;
  requiredPace: number | null;
  ratio: number | null;
  /** For trend-only indicators: the slope relative to the mean absolute value of the fit (0.01 = 1 % a year). */
  relativeChange: number | null;
  /** True when any observation used is an estimate or modelled (nature E or M). */
  estimated: boolean;
  /** Every observation of the slice since the baseline year (for the table and for tracing). */
  points: Point[];
}

export interface GoalAssessment {
  goal: number;
  area: string;
  status: Status;
  trend: Trend;
  /** Mean of the normalised scores of the two lowest-scoring indicators (the drivers), or null. */
  statusScore: number | null;
  /** The indicators whose scores set the goal's status (the two lowest, or the only one). */
  drivers: string[];
  /** True when the status rests on one indicator only. */
  thin: boolean;
  /** True when a driver's value is old (see `IndicatorAssessment.old`). */
  old: boolean;
  /** How many indicators have a status / a trend with a target, and the count of each rating. */
  statusCount: number;
  trendCount: number;
  statusTally: Partial<Record<Status, number>>;
  trendTally: Partial<Record<Trend, number>>;
  indicators: IndicatorAssessment[];
}
