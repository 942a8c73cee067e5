import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sdg-value/sdg-value.js';

interface Args {
  indicator: string;
  country: string;
  year: string;
  yearTolerance: number;
  sex: string;
  slice: string;
  format: 'value' | 'year' | 'value-year' | 'change';
  since: string;
  unit: 'short' | 'none';
  decimals?: number;
  theme?: 'light' | 'dark';
}

const value = (a: Args) =>
  html`<sdg-value
    indicator=${a.indicator}
    country=${a.country}
    year=${a.year}
    year-tolerance=${a.yearTolerance}
    sex=${a.sex}
    slice=${a.slice}
    format=${a.format}
    since=${a.since}
    unit=${a.unit}
    decimals=${ifDefined(a.decimals)}
    theme=${ifDefined(a.theme)}
  ></sdg-value>`;

/** In a sentence, as it is meant to be used: the value takes the paragraph's font. */
const render = (a: Args) =>
  html`<p style="font: 1.125rem/1.6 Georgia, serif; max-width: 36rem">
    The value in the text: ${value(a)}. Hover or focus it for the source.
  </p>`;

const meta: Meta<Args> = {
  title: 'Elements/sdg-value',
  component: 'sdg-value',
  render,
  args: {
    indicator: '5.5.1',
    country: 'KAZ',
    year: 'latest',
    yearTolerance: 0,
    sex: '',
    slice: '',
    format: 'value-year',
    since: '',
    unit: 'short',
  },
  argTypes: {
    format: { control: 'inline-radio', options: ['value-year', 'value', 'year', 'change'] },
    unit: { control: 'inline-radio', options: ['short', 'none'] },
    country: { control: 'select', options: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG', 'WLD', 'CAS'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One published value inside running text, in the page’s language: `27.36% (2023)`, ru `27,36 % (2023 г.)`. ' +
          'It inherits the paragraph’s font. Estimated and modelled values carry a mark (*), flags such as `<5` are ' +
          'printed as published, a missing value reads “no data”. A dotted underline says there is a tooltip with the ' +
          'indicator, country, year and source (hover or keyboard focus; Escape hides it). Numbers are printed with ' +
          'the series’ published decimals; `decimals` rounds the printed number for prose while the tooltip keeps ' +
          'the published value.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Women's seats in Kazakhstan's parliament, latest year. */
export const Default: Story = {};

/** `format="change" since="2015"`: the difference in percentage points between two published values. */
export const ChangeSince2015: Story = { args: { format: 'change', since: '2015' } };

/** An estimate (PM2.5, nature E), rounded to one decimal for prose; the tooltip gives the published 26.50215. */
export const EstimateRounded: Story = { args: { indicator: '11.6.2', country: 'KAZ', year: '2019', decimals: 1 } };

/** A flag printed as published: clean cooking fuels in urban Kazakhstan, `>95`. */
export const Flag: Story = { args: { indicator: '7.1.2', country: 'KAZ', year: '2021', slice: 'location=URBAN' } };

/** A slice: lower-secondary completion of girls in Afghanistan, 2015. */
export const Girls: Story = { args: { indicator: '4.1.2', country: 'AFG', year: '2015', sex: 'FEMALE', decimals: 1 } };

/** Turkmenistan has no published 5.2.1 value: the text says so. */
export const NoData: Story = { args: { indicator: '5.2.1', country: 'TKM' } };

/** Year 2019 for Afghanistan has no row; `year-tolerance="1"` takes 2018 and prints that year. */
export const NearestEarlierYear: Story = { args: { country: 'AFG', year: '2019', yearTolerance: 1 } };

/** Russian and Kazakh formatting side by side. */
export const Languages: Story = {
  render: (a) =>
    html`<p lang="ru">Русский: ${value(a)}</p>
      <p lang="kk">Қазақша: ${value(a)}</p>
      <p lang="en">English: ${value(a)}</p>`,
};

/** Unknown indicator: an inline error and an `sdg-error` event. */
export const UnknownIndicator: Story = { args: { indicator: '99.9.9' }, parameters: { sdg: { expect: 'error' } } };

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem">${render(a)}</div>`,
};
