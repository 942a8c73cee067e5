import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sdg-map/sdg-map.js';
import '../src/components/sdg-time-slider/sdg-time-slider.js';

interface Args {
  for: string;
  min?: number;
  max?: number;
  value?: number;
  indicator: string;
  series: string;
  speed: number;
  interval: number;
  loop: boolean;
  theme?: 'light' | 'dark';
}

const render = (a: Args) =>
  html`<sdg-time-slider
    for=${a.for}
    min=${ifDefined(a.min)}
    max=${ifDefined(a.max)}
    value=${ifDefined(a.value)}
    indicator=${a.indicator}
    series=${a.series}
    speed=${a.speed}
    interval=${a.interval}
    ?loop=${a.loop}
    theme=${ifDefined(a.theme)}
  ></sdg-time-slider>`;

const meta: Meta<Args> = {
  title: 'Elements/sdg-time-slider',
  component: 'sdg-time-slider',
  render,
  args: { for: '', indicator: '2.2.2', series: '', speed: 1, interval: 1000, loop: false },
  argTypes: {
    speed: { control: 'inline-radio', options: [0.5, 1, 2] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A year slider with play/pause, speed and loop. It sets `year` on the elements named in `for` (ids in the ' +
          'same document or shadow root) and fires `sdg-year-change`. With `indicator` it marks the years in which ' +
          'none of the six countries has a value (hollow rings) and says so in the value text ("2008, no data"). ' +
          'Keys: arrows ±1 year, Page Up/Down ±5, Home/End. Time runs left to right in every writing direction.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Child wasting (2.2.2): no country published a value for 2008, 2011 or 2020 — those years are hollow rings. */
export const Default: Story = { args: { value: 2011 } };

/** Slum population (11.1.1) is published every second year only. */
export const EveryOtherYear: Story = { args: { indicator: '11.1.1' } };

/** Without an indicator: a plain year range, no marks. */
export const PlainRange: Story = { args: { indicator: '', min: 2000, max: 2023, value: 2020 } };

/** Driving a map: the slider sets the map's `year` (press Play). */
export const DrivingAMap: Story = {
  args: { for: 'story-map', indicator: '3.2.1', min: 2000, max: 2021, value: 2000, interval: 700, loop: true },
  render: (a) =>
    html`<div style="max-width: 900px">
      <sdg-map id="story-map" indicator="3.2.1" year="2000"></sdg-map>
      ${render(a)}
    </div>`,
};

/** Years with data given directly (`years-with-data`), e.g. for the page's own data. */
export const YearsGiven: Story = {
  args: { indicator: '', min: 2010, max: 2023 },
  render: (a) =>
    html`<sdg-time-slider
      min=${a.min!}
      max=${a.max!}
      years-with-data="2010 2012 2015 2016 2019 2022 2023"
    ></sdg-time-slider>`,
};

/** An unknown indicator: the slider still works, with a visible error and an `sdg-error` event. */
export const ErrorState: Story = {
  name: 'Error',
  args: { indicator: '99.9.9' },
  parameters: { sdg: { expect: 'error' } },
};

export const Narrow: Story = {
  render: (a) => html`<div style="max-width: 343px">${render(a)}</div>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) => html`<div style="background:#15191e;padding:1rem">${render(a)}</div>`,
};

/** Dari, right to left: the controls follow the reading order, the years still run left to right. */
export const RightToLeft: Story = {
  render: (a) => html`<div dir="rtl" lang="fa-AF">${render(a)}</div>`,
};
