/**
 * Shapes of the shipped data files in `data/` (written by `scripts/build-data.mjs`) and of the
 * observations the elements work with. Pure types: no runtime code.
 */

/** SDG "nature" code: C country data, CA country adjusted, E estimated, M modelled, G global monitoring, N aggregate. */
export type NatureCode = 'C' | 'CA' | 'E' | 'M' | 'G' | 'N' | string;

/**
 * A published value: a number, or a flag kept as published (`>95`, `<5`, `<2.5`, `N`).
 * Flags are never plotted as numbers.
 */
export type PublishedValue = number | string;

/** Language-keyed text. `en` is always present; other keys are BCP 47 tags (`ru`, `kk`, `ky`, `tg`, `tk`, …). */
export type LocalizedText = { en: string } & Partial<Record<string, string>>;

/** One area of the country-level data: a country (ISO alpha-3) or a UN aggregate (`WLD`, `CAS`, `CSA`, `SAS`, `LLDC`). */
export interface AreaEntry {
  code: string;
  type: 'country' | 'aggregate';
  m49: number;
  /** ISO 3166-1 alpha-2, countries only. */
  iso2?: string;
  name: LocalizedText;
}

/** One SDG series in `data/catalog.json`. */
export interface SeriesEntry {
  /** Official SDG series code, e.g. `SH_DYN_MORT`. */
  series: string;
  goal: number;
  target: string;
  /** Every indicator the series serves, e.g. `['3.2.1']`. */
  indicators: string[];
  /** Every goal and target when the series serves several (first = `goal` / `target`); absent otherwise. */
  goals?: number[];
  targets?: string[];
  /** True for the one representative series of its indicator. */
  headline: boolean;
  /** UN series description (English), unit in brackets removed. */
  title: LocalizedText;
  /** SDG unit code, e.g. `PER_1000_LIVE_BIRTHS`. */
  unit: string;
  /** The unit as the UN series description words it (e.g. `deaths per 1,000 live births`), where it does. */
  unitText?: string;
  /** Most decimals used by any published value of the series. */
  decimals: number;
  /** `higher` when a higher value is better, `lower` when lower is better, `null` when neither. */
  better: 'higher' | 'lower' | null;
  /** Disaggregation dimensions present (sex, age, location, quantile, education_level, other) with their codes. */
  dimensions: Record<string, string[]>;
  /**
   * The slice a map shows by default: one code per dimension. Chosen dimension by dimension (in `dimensions` order)
   * among the six countries' rows matching the codes already chosen: a total code (`BOTHSEX`, `ALLAGE`, `ALLAREA`,
   * `_T`, `TOTAL`, `ALL`, `ANYS`, then `''`) where present, else the code with most rows. Never an empty slice.
   */
  defaultSlice: Record<string, string>;
  /** First and last year with data for any of the six countries. */
  years: [number, number] | null;
  /** Path of the series file relative to `data/`. */
  file: string;
  /** Bytes of the series file (uncompressed), for the size report. */
  bytes?: number;
  /** Set when the series comes from another release than `Catalog.source` says (SE_TOT_CPLR: July 2021). */
  sourceNote?: LocalizedText;
}

/** One SDG indicator in `data/catalog.json`. */
export interface IndicatorEntry {
  code: string;
  goal: number;
  target: string;
  title: LocalizedText;
  /** Series codes serving this indicator; `headline` is the default one. */
  series: string[];
  headline: string;
}

export interface GoalEntry {
  goal: number;
  title: LocalizedText;
  short: LocalizedText;
  /** Official UN colour of the goal, `#rrggbb`. */
  color: string;
}

/** `data/catalog.json`. */
export interface Catalog {
  version: number;
  /** The source line printed under every element that shows these data. */
  source: LocalizedText;
  areas: AreaEntry[];
  goals: GoalEntry[];
  indicators: Record<string, IndicatorEntry>;
  series: Record<string, SeriesEntry>;
  /** Human-readable unit labels by SDG unit code. */
  units: Record<string, LocalizedText>;
}

/**
 * `data/series/<SERIES>.json`: columnar, one entry per observation at index i.
 * Dimension columns are dictionary-encoded: `dims.sex.codes[dims.sex.index[i]]`.
 * A dimension code `''` means the source row did not specify that dimension.
 * Numbers are written with the published digits (`27.20` stays `27.20` in the file; JSON reads it as 27.2).
 */
export interface SeriesFile {
  series: string;
  unit: string;
  area: string[];
  year: number[];
  value: PublishedValue[];
  nature: string[];
  /** SDG observation status (A normal, E estimated, I imputed; `''` = not given), present when the source has it. */
  status?: string[];
  dims: Record<string, { codes: string[]; index: number[] }>;
}

/** One observation as the elements use it (country- or region-level, shipped or the user's own). */
export interface Observation {
  /** Country ISO alpha-3, aggregate code, or ISO 3166-2 region code. */
  area: string;
  indicator?: string;
  series: string;
  year: number;
  value: PublishedValue;
  unit?: string;
  nature?: NatureCode;
  /** Disaggregation codes, e.g. `{sex: 'FEMALE'}`. */
  dims?: Record<string, string>;
}
