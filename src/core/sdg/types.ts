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

/** Status bands in the indicator's units (see `bandsFor`): values between the target and `close` are close, etc. */
export interface Bands {
  close: number;
  far: number;
}

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
  /** `reduction`: the target is the country's own value in `baseYear` reduced by `reduction` (0.8 = by 80 %). */
  kind?: 'absolute' | 'reduction';
  reduction?: number;
  baseYear?: number;
  /** Deadline of the target, 2030 unless the target says otherwise. */
  year?: number;
  better?: Polarity;
  /** Status bands; when absent they follow the default rule of `bandsFor`. */
  bands?: Bands;
  /** Where the number comes from when it is not in the SDG text itself (e.g. WHO End TB Strategy). */
  basis?: string;
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
  rows: TargetRow[];
}

/** Status: how far the latest value is from the target. */
export type Status = 'achieved' | 'close' | 'far' | 'very-far' | 'insufficient' | 'no-target';

/**
 * Trend: the pace since the baseline against the pace needed. `improving` is used only for indicators without a
 * numeric target (whether the pace is enough cannot be judged).
 */
export type Trend = 'on-track' | 'moderate' | 'improving' | 'stagnating' | 'worsening' | 'insufficient';

/** Why a rating came out as it did (machine-readable; the docs page and tooltips explain each). */
export type Reason =
  | 'met'
  | 'band'
  | 'flag-bound'
  | 'no-value-since-baseline'
  | 'no-base-value'
  | 'no-target'
  | 'no-polarity'
  | 'rate-series'
  | 'excluded'
  | 'one-point'
  | 'span-too-short'
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
  /** Start and end of the pace (numeric observations only). */
  start: Point | null;
  end: Point | null;
  /** Units per year achieved since `start`, needed from `start` to the target, and their ratio. */
  pace: number | null;
  requiredPace: number | null;
  ratio: number | null;
  /** For trend-only indicators: the change per year relative to the start value (0.01 = 1 % a year). */
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
  /** Mean of the status scores (1 very far … 4 achieved) of the indicators with a status, or null. */
  statusScore: number | null;
  /** How many indicators have a status / a trend, and the count of each rating. */
  statusCount: number;
  trendCount: number;
  statusTally: Partial<Record<Status, number>>;
  trendTally: Partial<Record<Trend, number>>;
  indicators: IndicatorAssessment[];
}
