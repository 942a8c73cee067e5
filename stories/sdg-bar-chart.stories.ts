import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sdg-bar-chart/sdg-bar-chart.js';
import '../src/i18n/all.js';

interface Args {
  indicator: string;
  year?: number;
  'year-tolerance': number;
  countries: string;
  aggregates: string;
  highlight: string;
  theme?: 'light' | 'dark';
}

const render = (a: Args) =>
  html`<sdg-bar-chart
    indicator=${a.indicator}
    year=${ifDefined(a.year)}
    year-tolerance=${a['year-tolerance']}
    countries=${a.countries}
    aggregates=${a.aggregates}
    highlight=${a.highlight}
    theme=${ifDefined(a.theme)}
  ></sdg-bar-chart>`;

const meta: Meta<Args> = {
  title: 'Elements/sdg-bar-chart',
  component: 'sdg-bar-chart',
  render,
  args: {
    indicator: '7.1.1',
    year: 2021,
    'year-tolerance': 3,
    countries: 'KAZ KGZ TJK TKM UZB AFG',
    aggregates: '',
    highlight: '',
  },
  argTypes: {
    year: { control: { type: 'range', min: 2000, max: 2022, step: 1 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Countries and regions ranked by their value in a year. Change `year` and the bars move to their new ranks ' +
          '(no motion under `prefers-reduced-motion`). Focus the chart: ↑/↓ move between bars, ←/→ change the year, ' +
          'Enter selects, Escape clears.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Access to electricity (7.1.1), 2021, with the universal-access target. */
export const Default: Story = {};

/** Under-five mortality with the World and Central Asia for comparison. */
export const WithAggregates: Story = { args: { indicator: '3.2.1', aggregates: 'WLD CAS' } };

/** Poverty in 2018: Tajikistan's value is from 2015 (marked), three countries have none within three years. */
export const MissingData: Story = { args: { indicator: '1.1.1', year: 2018 } };

/** Clean cooking fuels: Turkmenistan is published as “>95” — shown as text at its rank, not as a bar. */
export const PublishedRanges: Story = { args: { indicator: '7.1.2', aggregates: 'WLD' } };

export const SingleCountry: Story = { args: { countries: 'TJK', indicator: '3.2.1' } };

export const ErrorState: Story = {
  name: 'Error',
  args: { indicator: '99.9.9' },
  parameters: { sdg: { expect: 'error' } },
};

export const Narrow: Story = { render: (a) => html`<div style="max-width: 320px">${render(a)}</div>` };

export const Dark: Story = {
  args: { theme: 'dark', indicator: '3.2.1', aggregates: 'WLD' },
  render: (a) => html`<div style="background:#15191e;padding:1rem">${render(a)}</div>`,
};

/** Pashto: names at the right, bars grow leftwards. */
export const RightToLeft: Story = {
  args: { indicator: '3.2.1' },
  render: (a) => html`<div dir="rtl" lang="ps">${render(a)}</div>`,
};

export const Highlight: Story = { args: { indicator: '3.2.1', highlight: 'KGZ' } };
