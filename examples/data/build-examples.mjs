/**
 * Writes the downloadable example files of the user-data schema into data/examples/ (served by Storybook and the dev
 * server at /data/examples/). Every value is copied from data-raw/ (see examples/data/README.md for sources);
 * the five faults of kaz-regions-example.csv are listed below, each a realistic mistake made on a real row.
 * Run: node examples/data/build-examples.mjs [path/to/data-raw]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse, csvFormatRows } from 'd3-dsv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const raw = path.resolve(process.argv[2] ?? path.join(root, 'data-raw'));
const out = path.join(process.env.SDG_DATA_OUT || path.join(root, 'data'), 'examples');
mkdirSync(out, { recursive: true });
const read = (f) => csvParse(readFileSync(path.join(raw, f), 'utf8'));
const write = (name, text) => {
  writeFileSync(path.join(out, name), text);
  console.log(`data/examples/${name}: ${text.split('\n').length - 1} lines`);
};

// --- Kazakhstan, indicator 1.2.1 (population below the subsistence minimum, %), kazstat via subnational/ ---
const total = (r) => !r.sex && !r.urbanisation && !r.age && !r.other_disaggregation;
const kaz = read('subnational/kaz_sdg_by_region.csv').filter((r) => r.indicator_code === '1.2.1' && total(r));
const byCode = (a, b) => (a.iso_3166_2 < b.iso_3166_2 ? -1 : a.iso_3166_2 > b.iso_3166_2 ? 1 : 0);
const national = kaz.filter((r) => r.area_level === 'national' && +r.year >= 2011);
const regional = (y) => kaz.filter((r) => r.area_level === 'region' && r.year === y).sort(byCode);
const tidy = [...national, ...regional('2022'), ...regional('2023')].map((r) => ({
  country: 'KAZ',
  region: r.iso_3166_2,
  indicator: '1.2.1',
  year: r.year,
  value: r.value,
  unit: '%',
}));
if (tidy.length !== 50) throw new Error(`expected 50 rows, got ${tidy.length}`);

/** The five faults: [region, year] of the real row, what is done to it, and the problem code the parser must give. */
const FAULTS = [
  ['KZ-75', '2023', (r) => ({ ...r, region: 'Almaty city' }), 'area-unknown'], // a name instead of a code
  ['KZ-15', '2023', (r) => ({ ...r, value: r.value.replace('.', ',') }), 'value-separator'], // decimal comma
  ['KZ-23', '2023', (r) => ({ ...r, year: '23' }), 'year-invalid'], // two-digit year
  ['KZ-39', '2022', (r) => ({ ...r, value: `${r.value}%` }), 'value-not-number'], // unit typed into the value
  ['KZ-11', '2023', (r) => ({ ...r, year: '2022' }), 'duplicate'], // copied row, year not updated
];
for (const [region, year, fault] of FAULTS) {
  const i = tidy.findIndex((r) => r.region === region && r.year === year);
  tidy[i] = fault(tidy[i]);
}
const columns = ['country', 'region', 'indicator', 'year', 'value', 'unit'];
write('kaz-regions-example.csv', csvFormatRows([columns, ...tidy.map((r) => columns.map((c) => r[c]))]) + '\n');

// --- the same indicator as a wide table: one column per year, 2018-2023, every region ---
const years = ['2018', '2019', '2020', '2021', '2022', '2023'];
const regions = [...new Set(kaz.filter((r) => r.area_level === 'region' && r.iso_3166_2).map((r) => r.iso_3166_2))].sort();
const cell = new Map(kaz.filter((r) => r.area_level === 'region').map((r) => [`${r.iso_3166_2} ${r.year}`, r.value]));
write(
  'kaz-regions-wide.csv',
  csvFormatRows([
    ['region', 'indicator', 'unit', ...years],
    ...regions.map((code) => [code, '1.2.1', '%', ...years.map((y) => cell.get(`${code} ${y}`) ?? '')]),
  ]) + '\n',
);

// --- country level, tidy with breakdowns: under-five mortality (SH_DYN_MORT, 3.2.1), UN SDG database via sdg/ ---
const six = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
const mort = read('sdg/sdg_indicators_central_asia.csv').filter(
  (r) => r.series === 'SH_DYN_MORT' && six.includes(r.geo_code) && +r.year >= 2019,
);
const cols = ['country', 'indicator', 'series', 'year', 'value', 'unit', 'sex', 'age', 'nature'];
write(
  'countries-tidy.csv',
  csvFormatRows([cols, ...mort.map((r) => [r.geo_code, r.indicator, r.series, r.year, r.value, r.unit, r.sex, r.age, r.nature])]) + '\n',
);
const rows = mort
  .filter((r) => r.sex === 'BOTHSEX')
  .map((r) => ({ country: r.geo_code, indicator: r.indicator, series: r.series, year: +r.year, value: +r.value, unit: r.unit, nature: r.nature }));
write('countries.json', JSON.stringify({ rows }, null, 1) + '\n');

// --- the same both-sexes 2021 rows as a Russian or Kazakh spreadsheet exports them: `;` between cells, decimal comma ---
const semicolonCols = ['country', 'indicator', 'year', 'value', 'unit', 'nature'];
write(
  'countries-decimal-comma.csv',
  [
    semicolonCols,
    ...mort
      .filter((r) => r.sex === 'BOTHSEX' && r.year === '2021')
      .map((r) => [r.geo_code, r.indicator, r.year, r.value.replace('.', ','), r.unit, r.nature]),
  ]
    .map((cells) => cells.join(';'))
    .join('\n') + '\n',
);
