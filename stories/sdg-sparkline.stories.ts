import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sdg-sparkline/sdg-sparkline.js';
import '../src/i18n/all.js';

interface Args {
  indicator: string;
  country: string;
  'start-year'?: number;
  'end-year'?: number;
  'hide-value': boolean;
  theme?: 'light' | 'dark';
}

const spark = (a: Args) =>
  html`<sdg-sparkline
    indicator=${a.indicator}
    country=${a.country}
    start-year=${ifDefined(a['start-year'])}
    end-year=${ifDefined(a['end-year'])}
    ?hide-value=${a['hide-value']}
    theme=${ifDefined(a.theme)}
  ></sdg-sparkline>`;

const meta: Meta<Args> = {
  title: 'Elements/sdg-sparkline',
  component: 'sdg-sparkline',
  render: (a) =>
    html`<p style="font-size: 1.125rem; line-height: 1.55; max-width: 40rem">
      Under-five mortality ${spark(a)} has fallen across the region since 2000.
    </p>`,
  args: { indicator: '3.2.1', country: 'KAZ', 'hide-value': false },
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  parameters: {
    docs: {
      description: {
        component:
          'A word-sized line for running text. It takes the font, size and colour of the text around it, sits on its ' +
          'baseline, and is read by screen readers as one sentence built from the data. Focus it: ←/→ move along the ' +
          'years, Enter selects, Escape goes back to the latest value.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** Every country and region in one paragraph: the catalog and the series file are fetched once for all. */
export const InText: Story = {
  render: () =>
    html`<p style="font-size: 1.125rem; line-height: 1.6; max-width: 40rem">
      Under-five mortality fell in Kazakhstan <sdg-sparkline indicator="3.2.1" country="KAZ"></sdg-sparkline>,
      Kyrgyzstan <sdg-sparkline indicator="3.2.1" country="KGZ"></sdg-sparkline>, Tajikistan
      <sdg-sparkline indicator="3.2.1" country="TJK"></sdg-sparkline>, Turkmenistan
      <sdg-sparkline indicator="3.2.1" country="TKM"></sdg-sparkline>, Uzbekistan
      <sdg-sparkline indicator="3.2.1" country="UZB"></sdg-sparkline> and Afghanistan
      <sdg-sparkline indicator="3.2.1" country="AFG"></sdg-sparkline>; the world average went from
      <sdg-sparkline indicator="3.2.1" country="WLD"></sdg-sparkline>.
    </p>`,
};

/** Poverty in Tajikistan: six survey years, so mostly lone dots — no line is invented between them. */
export const MissingData: Story = { args: { indicator: '1.1.1', country: 'TJK' } };

/** Undernourishment in Kazakhstan: published as “<2.5” since 2012, shown as such, not plotted. */
export const PublishedRange: Story = { args: { indicator: '2.1.1', country: 'KAZ' } };

export const ErrorState: Story = {
  name: 'Error',
  args: { indicator: '99.9.9' },
  parameters: { sdg: { expect: 'error' } },
};

export const Narrow: Story = {
  render: (a) => html`<p style="max-width: 200px">Mortality ${spark(a)} fell.</p>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) => html`<p style="background:#15191e;color:#e6edf3;padding:1rem">Mortality ${spark(a)} fell.</p>`,
};

export const RightToLeft: Story = {
  args: { country: 'AFG' },
  render: (a) => html`<p dir="rtl" lang="ps" style="font-size: 1.125rem">په افغانستان کې ${spark(a)}</p>`,
};

export const Large: Story = {
  render: (a) => html`<h2 style="font-size: 2rem">Kazakhstan ${spark(a)}</h2>`,
};

export const LineOnly: Story = { args: { 'hide-value': true } };
