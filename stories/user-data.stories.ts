import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/sdg-bar-chart/sdg-bar-chart.js';
import '../src/components/sdg-trend-chart/sdg-trend-chart.js';
import '../src/components/sdg-map/sdg-map.js';
import '../src/i18n/all.js';

/**
 * Elements fed with the downloadable example files of "Your own data" (`data/examples/`, described in
 * `examples/data/README.md`), and what a reader sees when a file is missing or no row can be used.
 */

const meta: Meta = {
  title: 'Guides/Your own data: examples',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/**
 * `kaz-regions-example.csv`: 50 rows of Kazakhstan's poverty indicator (1.2.1) by region, 5 of them wrong on purpose.
 * The 45 good rows are drawn (regions ranked for 2023, the latest year in the file); the 5 are listed under the
 * chart with their line, column and reason, and sent in the `sdg-error` event (`kind: 'validation'`).
 */
export const RegionsWithFiveBadRows: Story = {
  render: () => html`<sdg-bar-chart src="data/examples/kaz-regions-example.csv"></sdg-bar-chart>`,
};

/**
 * The same file on the map at `level="region"`: the user's values joined to Kazakhstan's region shapes by ISO 3166-2
 * code; Abai, Jetisu and Ulytau (created 2022, no shape yet) listed beside the map; the 5 bad rows listed under it.
 */
export const RegionMapWithFiveBadRows: Story = {
  render: () => html`<sdg-map level="region" indicator="1.2.1" src="data/examples/kaz-regions-example.csv"></sdg-map>`,
};

/** The wide CSV on the region map, for a chosen year. */
export const RegionMapFromWideCsv: Story = {
  render: () =>
    html`<sdg-map level="region" indicator="1.2.1" year="2020" src="data/examples/kaz-regions-wide.csv"></sdg-map>`,
};

/** Country level: the user's values by country code replace the shipped series (both sexes kept). */
export const CountryMapFromTidyCsv: Story = {
  render: () => html`<sdg-map indicator="3.2.1" year="2021" src="data/examples/countries-tidy.csv"></sdg-map>`,
};

/** A map whose file is not there: the error state with Retry, no blank map. */
export const MapMissingFile: Story = {
  parameters: { sdg: { expect: 'error' } },
  render: () => html`<sdg-map indicator="3.2.1" src="data/examples/no-such-file.csv"></sdg-map>`,
};

/** The same file in the dark theme, in Russian (region names from the region catalog). */
export const RegionsWithFiveBadRowsDarkRussian: Story = {
  render: () =>
    html`<div style="background: #111; padding: 8px">
      <sdg-bar-chart lang="ru" theme="dark" src="data/examples/kaz-regions-example.csv"></sdg-bar-chart>
    </div>`,
};

/** A wide CSV (one column per year): every region of Kazakhstan, ranked for a chosen year. */
export const WideCsvBarChart: Story = {
  render: () =>
    html`<sdg-bar-chart src="data/examples/kaz-regions-wide.csv" year="2021" highlight="KZ-75"></sdg-bar-chart>`,
};

/** The wide CSV as lines over the years, for four regions named in `countries` (ISO 3166-2 codes). */
export const WideCsvTrendOfFourRegions: Story = {
  render: () =>
    html`<sdg-trend-chart
      src="data/examples/kaz-regions-wide.csv"
      countries="KZ-75 KZ-71 KZ-79 KZ-61"
    ></sdg-trend-chart>`,
};

/**
 * A tidy CSV with a breakdown by sex: the chart keeps the both-sexes rows (the total), as it does with the shipped
 * data. Values marked `E` in the `nature` column are drawn as estimates.
 */
export const TidyCsvTrend: Story = {
  render: () => html`<sdg-trend-chart src="data/examples/countries-tidy.csv"></sdg-trend-chart>`,
};

/** JSON `{"rows": […]}`. */
export const JsonBarChart: Story = {
  render: () => html`<sdg-bar-chart src="data/examples/countries.json" year="2021"></sdg-bar-chart>`,
};

/**
 * The `data` property: rows from a script (under-five mortality 2021 from `countries-tidy.csv`), with codes in the
 * accepted forms (alpha-3, alpha-2, M49) and a `label` for the title, since the rows name no indicator. The last
 * row gives a name instead of a code: it is listed, not drawn.
 */
export const DataProperty: Story = {
  render: () =>
    html`<sdg-bar-chart
      label="Under-five deaths per 1,000 live births (UN IGME estimates)"
      .data=${[
        { country: 'KAZ', year: 2021, value: 10.3, nature: 'E' },
        { country: 'KG', year: 2021, value: 17.4, nature: 'E' },
        { country: '762', year: 2021, value: 31.4, nature: 'E' },
        { country: 'Uzbekistan', year: 2021, value: 14.1, nature: 'E' },
      ]}
    ></sdg-bar-chart>`,
};

/** A file that is not there: the error state names it and offers Retry. Nothing is drawn, nothing is guessed. */
export const MissingFile: Story = {
  parameters: { sdg: { expect: 'error' } },
  render: () => html`<sdg-bar-chart src="data/examples/no-such-file.csv"></sdg-bar-chart>`,
};

/** No row can be used: the reason, then every row's problem. */
export const NoUsableRow: Story = {
  parameters: { sdg: { expect: 'error' } },
  render: () =>
    html`<sdg-trend-chart
      .data=${'country,year,value\nKAZ,20,10.3\nXX,2021,17.4\nTJK,2021,"31,4"\n'}
    ></sdg-trend-chart>`,
};

/**
 * `countries-decimal-comma.csv`: a spreadsheet export with a decimal comma (`10,3`) and `;` between cells, as Russian
 * and Kazakh settings write it. `decimal=","` reads it; with `decimal="."` (the default) every value is rejected as
 * ambiguous and the chart says so: switch the control to see it. `delimiter` names the separator when the header
 * line does not tell it.
 */
export const DecimalComma: StoryObj<{ decimal: '.' | ','; delimiter?: ',' | ';' | 'tab' }> = {
  args: { decimal: ',', delimiter: undefined },
  argTypes: {
    decimal: { control: 'inline-radio', options: ['.', ','] },
    delimiter: { control: 'inline-radio', options: [undefined, ',', ';', 'tab'] },
  },
  render: ({ decimal, delimiter }) =>
    html`<sdg-bar-chart
      src="data/examples/countries-decimal-comma.csv"
      decimal=${decimal}
      delimiter=${delimiter ?? nothing}
      lang="ru"
    ></sdg-bar-chart>`,
};
