/**
 * Column names of the user's data → the fields of an observation. Matching ignores case, surrounding spaces and the
 * difference between space, `-`, `.` and `_` (`Country code`, `country-code`, `COUNTRY_CODE` are the same).
 */

export type Field =
  | 'country'
  | 'region'
  | 'area'
  | 'indicator'
  | 'series'
  | 'year'
  | 'value'
  | 'unit'
  | 'nature'
  | 'sex'
  | 'age'
  | 'location'
  | 'quantile'
  | 'education_level';

/** Disaggregation fields: they become `Observation.dims`. */
export const DIM_FIELDS: Field[] = ['sex', 'age', 'location', 'quantile', 'education_level'];

/** Every accepted name of each field (documented in stories/user-data.mdx). */
export const SYNONYMS: Record<Field, string[]> = {
  country: ['country', 'country_code', 'countrycode', 'iso3', 'iso_3', 'iso_a3', 'iso_alpha3', 'iso3166_1', 'm49'],
  region: ['region', 'region_code', 'iso_3166_2', 'iso3166_2', 'subdivision', 'admin1'],
  area: ['area', 'area_code', 'code', 'geo', 'geo_code', 'geoareacode', 'ref_area'],
  indicator: ['indicator', 'indicator_code', 'sdg_indicator'],
  series: ['series', 'series_code', 'seriescode'],
  year: ['year', 'time_period', 'timeperiod', 'period'],
  value: ['value', 'obs_value', 'data_value'],
  unit: ['unit', 'units', 'unit_measure'],
  nature: ['nature'],
  sex: ['sex', 'gender'],
  age: ['age'],
  location: ['location', 'urbanisation', 'urbanization'],
  quantile: ['quantile', 'income_wealth_quantile'],
  education_level: ['education_level', 'education_lev'],
};

const byName = new Map<string, Field>();
for (const [field, names] of Object.entries(SYNONYMS) as Array<[Field, string[]]>) {
  for (const n of names) byName.set(n, field);
}

export function normaliseName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

/** The field a column name means, or undefined. */
export function fieldOf(name: string): Field | undefined {
  return byName.get(normaliseName(name));
}

/** A column header of a wide table that names a year (`2015`, ` 2016 `). */
export function yearColumn(name: string): number | undefined {
  const t = name.trim();
  if (!/^\d{4}$/.test(t)) return undefined;
  const y = Number(t);
  return y >= 1800 && y <= 2100 ? y : undefined;
}
