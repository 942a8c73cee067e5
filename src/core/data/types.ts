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

/**
 * Language-keyed text: BCP 47 tags (`en`, `ru`, `kk`, `ky`, `tg`, `tk`, …). `en` is present in `data/catalog.json`;
 * a text from `data/catalog/<lang>/` holds only the language it is in (typed alike so one picker reads both).
 */
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
  /**
   * Disaggregation dimensions present (sex, age, location, quantile, education_level, other) with their codes. In
   * `data/catalog.json` only: the elements read the codes from the series file itself.
   */
  dimensions?: Record<string, string[]>;
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
 * `data/catalog/codes.json`: the catalog without its text, what an element needs to pick a series.
 * Series entries have no `file` (it is `seriesFile` with the code put in) and no `dimensions`.
 */
export interface CatalogIndex {
  version: number;
  /** The languages `data/catalog/<lang>/` has text files for. */
  languages: string[];
  /** Path of a series file inside `data/`, `{series}` standing for its code. */
  seriesFile?: string;
  areas: Omit<AreaEntry, 'name'>[];
  goals: Omit<GoalEntry, 'title' | 'short'>[];
  indicators: Record<string, Omit<IndicatorEntry, 'title'>>;
  series: Record<string, Omit<SeriesEntry, 'title' | 'sourceNote' | 'file' | 'bytes'> & { file?: string }>;
}

/**
 * `data/catalog/<lang>/goal-<n>.json` (one goal) or `…/all.json` (every goal): the catalog's text in one language.
 * Each text is keyed by the language it is in: `lang`, a parent tag of it, or `en` where the catalog has no text in
 * that language.
 */
export interface CatalogText {
  lang: string;
  source: LocalizedText;
  areas: Record<string, LocalizedText>;
  units: Record<string, LocalizedText>;
  goals: Record<string, { title: LocalizedText; short: LocalizedText }>;
  indicators: Record<string, LocalizedText>;
  series: Record<string, LocalizedText>;
  sourceNotes?: Record<string, LocalizedText>;
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

/* ----------------------------------------------------------------------------------------------
 * Region level: `data/regions/catalog.json` and `data/regions/<dataset>/<id>.json`.
 * -------------------------------------------------------------------------------------------- */

/** The three regional sources: Kazakhstan's kazstat platform, Kyrgyzstan's NSC, Global Data Lab (all six). */
export type RegionDatasetId = 'kaz' | 'kgz' | 'gdl';

export interface RegionDataset {
  id: RegionDatasetId;
  /** Country alpha-3 for a national source; `null` for GDL (all six). */
  country: string | null;
  name: LocalizedText;
  /** Source line to print under an element showing this dataset. */
  source: LocalizedText;
  licence: string;
  /** Geometry files (relative to `data/`) the dataset's regions can be drawn with, preferred first. */
  geometry: string[];
}

/** A polygon a region can be drawn with. */
export interface RegionShape {
  /** TopoJSON file relative to `data/`, e.g. `geo/kaz-2018.topo.json`. */
  file: string;
  /** Object in that topology (`regions`, `admin1`). */
  object: string;
  /** Feature id (= `properties.id`) in that object. */
  id: string;
  /**
   * `exact`: the polygon is this region. `superset`: the region's earlier, larger extent (e.g. Almaty region
   * before Jetisu split off in 2022). `part_of`: the region lies inside that polygon and has none of its own.
   */
  match: 'exact' | 'superset' | 'part_of';
}

/** One area of the regional data: a region or the national total of its source. */
export interface RegionEntry {
  /**
   * Code used in the data files' `area` column: the source's own region code (kazstat `KZAKM`, Kyrgyz NSC `KG02`,
   * GDL `KAZr101`); national rows of kazstat / NSC use the alpha-3 code (`KAZ`, `KGZ`), GDL its `KAZt` codes.
   */
  code: string;
  /** Country alpha-3. */
  country: string;
  level: 'national' | 'region';
  /** Current ISO 3166-2 code (Kazakhstan's numeric codes since 2023), `null` where none (abolished, GDL groups). */
  iso_3166_2: string | null;
  /** Earlier ISO 3166-2 code (Kazakhstan's letter codes). */
  iso_3166_2_legacy?: string;
  /** Names as the source gives them (en, ru, kk for Kazakhstan; en, ru for Kyrgyzstan; en for GDL). */
  name: LocalizedText;
  /** Year the unit was created / last year it existed. */
  validFrom?: number;
  validTo?: number;
  note?: string;
  shapes: RegionShape[];
  /**
   * False when no polygon is the region itself or its earlier extent (only `part_of` shapes or none): Abai
   * (KZ-10), Jetisu (KZ-33), Ulytau (KZ-62), Osh city, and GDL Bishkek / Ashgabat. Their values are kept: list
   * them beside the map, never drop them.
   */
  hasShape: boolean;
  /** GDL groups: ISO 3166-2 codes of the admin-1 units inside (from the crosswalk). */
  contains?: string[];
}

/** One regional indicator file listed in `data/regions/catalog.json`. */
export interface RegionIndicatorEntry {
  /** `<dataset>/<file id>`, e.g. `kaz/3-2-1`, `kgz/3.2.1`, `gdl/shdi`. */
  id: string;
  dataset: RegionDatasetId;
  countries: string[];
  /** SDG indicator code (official or national, e.g. `1.1.1.1`); `null` for GDL indices. */
  indicator: string | null;
  goal: number | null;
  /**
   * Title as the source gives it: kazstat's indicator title (national wording where there is one), the Kyrgyz NSC's
   * label of the file's first series, GDL's indicator description. en and ru.
   */
  title: LocalizedText;
  /**
   * True when `indicator` is a global SDG indicator code: its official title in en, ru, kk, ky, tg, tk is then
   * `Catalog.indicators[indicator].title` (kept there once, not repeated here) when the country catalog lists it.
   */
  global?: boolean;
  /** Series codes in the file (`''` = no series code in the source); labels in `codes[dataset].SERIES`. */
  series: string[];
  /** Unit codes in the file; labels in `RegionCatalog.units[dataset]`. */
  units: string[];
  decimals: number;
  /** Disaggregation dimensions (SDMX names: SEX, AGE, URBANISATION, EDUCATION_LEV, …) with their codes. */
  dimensions: Record<string, string[]>;
  /** First and last year of any row, and of the regional (non-national) rows. */
  years: [number, number];
  regionYears: [number, number] | null;
  /** Region codes with data (national codes excluded). */
  regions: string[];
  file: string;
  bytes: number;
}

/** `data/regions/catalog.json`. */
export interface RegionCatalog {
  version: number;
  datasets: Record<RegionDatasetId, RegionDataset>;
  regions: Record<string, RegionEntry>;
  indicators: Record<string, RegionIndicatorEntry>;
  /** Unit labels per dataset, by the dataset's unit code. */
  units: Record<RegionDatasetId, Record<string, LocalizedText>>;
  /** Code labels per dataset and SDMX dimension (`codes.kaz.SEX.F`, `codes.kgz.SERIES.SH_DYN_MORT`). */
  codes: Partial<Record<RegionDatasetId, Record<string, Record<string, LocalizedText>>>>;
}

/**
 * `data/regions/<dataset>/<id>.json`: columnar like `SeriesFile`, one observation at index i. `series` and `unit`
 * are dictionary-encoded like the dimensions. Values are the published numbers (digits as published).
 */
export interface RegionSeriesFile {
  id: string;
  dataset: RegionDatasetId;
  /** `RegionEntry.code` of each row. */
  area: string[];
  year: number[];
  value: PublishedValue[];
  series: { codes: string[]; index: number[] };
  unit: { codes: string[]; index: number[] };
  /** Kyrgyz NSC only: SDG nature and observation status of each row. */
  nature?: string[];
  status?: string[];
  /** Kyrgyz NSC only, where used: SDMX UNIT_MULT (power of ten the value is expressed in; 0 = units). */
  unitMult?: number[];
  /** Dictionary-encoded dimensions; code `''` = not specified on that row (the total where others are split). */
  dims: Record<string, { codes: string[]; index: number[] }>;
}
