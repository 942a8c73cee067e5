import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sdg-trend-chart/sdg-trend-chart.js';
import '../src/i18n/all.js';

interface Args {
  indicator: string;
  countries: string;
  aggregates: string;
  'start-year'?: number;
  'end-year'?: number;
  scale: 'linear' | 'log';
  highlight: string;
  theme?: 'light' | 'dark';
  target?: number;
}

const render = (a: Args) =>
  html`<sdg-trend-chart
    indicator=${a.indicator}
    countries=${a.countries}
    aggregates=${a.aggregates}
    start-year=${ifDefined(a['start-year'])}
    end-year=${ifDefined(a['end-year'])}
    scale=${a.scale}
    highlight=${a.highlight}
    theme=${ifDefined(a.theme)}
    .target=${a.target ?? null}
  ></sdg-trend-chart>`;

const meta: Meta<Args> = {
  title: 'Elements/sdg-trend-chart',
  component: 'sdg-trend-chart',
  render,
  args: {
    indicator: '3.2.1',
    countries: 'KAZ KGZ TJK TKM UZB AFG',
    aggregates: 'WLD CAS',
    scale: 'linear',
    highlight: '',
  },
  argTypes: {
    scale: { control: 'inline-radio', options: ['linear', 'log'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A line per country or region over the years, labelled at the line ends. Years without data are gaps, ' +
          'estimated and modelled values are dashed, values published as a range are listed but not plotted, and the ' +
          '2030 target is drawn where the shipped target table gives one number for every country.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Under-five mortality (3.2.1) with the World and Central Asia; the 2030 target (at most 25) from `data/targets.json`. */
export const Default: Story = {};

/** Poverty at $2.15 a day (1.1.1): survey years only, so lines break at missing years and lone years are dots. */
export const MissingData: Story = { args: { indicator: '1.1.1', aggregates: '' } };

/** Undernourishment (2.1.1): Kazakhstan is published as “<2.5” from 2012 on — listed in the table, not plotted. */
export const PublishedRanges: Story = { args: { indicator: '2.1.1', aggregates: 'WLD' } };

export const SingleCountry: Story = { args: { countries: 'KGZ', aggregates: '' } };

/** An unknown indicator: a visible, localised error and an `sdg-error` event. */
export const ErrorState: Story = {
  name: 'Error',
  args: { indicator: '99.9.9' },
  parameters: { sdg: { expect: 'error' } },
};

export const Narrow: Story = {
  render: (a) => html`<div style="max-width: 320px">${render(a)}</div>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) => html`<div style="background:#15191e;padding:1rem">${render(a)}</div>`,
};

/** Pashto, right to left: chrome and value axis mirror, time still runs left to right. */
export const RightToLeft: Story = {
  render: (a) => html`<div dir="rtl" lang="ps">${render(a)}</div>`,
};

/** Poverty on a log axis: zeros cannot be drawn and the note says how many were left out. */
export const LogScale: Story = {
  args: { indicator: '1.1.1', countries: 'KAZ KGZ TJK UZB', aggregates: 'WLD', scale: 'log' },
};

export const Highlight: Story = { args: { highlight: 'KAZ' } };

/** Access to electricity (7.1.1) from 2010, with the universal-access target of 100 %. */
export const YearWindow: Story = { args: { indicator: '7.1.1', aggregates: 'WLD', 'start-year': 2010 } };
