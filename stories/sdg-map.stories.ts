import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sdg-map/sdg-map.js';
import { schemeNames } from '../src/core/scales/schemes.js';
import { presets } from '../src/core/projections/presets.js';

interface Args {
  indicator: string;
  series?: string;
  year?: number;
  'year-tolerance': number;
  bins: number;
  scheme: string;
  projection: string;
  slice?: string;
  theme?: 'light' | 'dark';
  'data-base'?: string;
  width?: string;
}

const render = (a: Args) => html`<div style="max-width: ${a.width ?? '900px'}">
  <sdg-map
    indicator=${a.indicator}
    series=${ifDefined(a.series || undefined)}
    year=${ifDefined(a.year)}
    year-tolerance=${a['year-tolerance']}
    bins=${a.bins}
    scheme=${a.scheme}
    projection=${a.projection}
    slice=${ifDefined(a.slice || undefined)}
    theme=${ifDefined(a.theme)}
    data-base=${ifDefined(a['data-base'])}
  ></sdg-map>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/sdg-map',
  component: 'sdg-map',
  render,
  args: {
    indicator: '3.2.1',
    year: 2020,
    'year-tolerance': 3,
    bins: 0,
    scheme: '',
    projection: 'central-asia',
  },
  argTypes: {
    scheme: { control: 'select', options: ['', ...schemeNames] },
    projection: { control: 'inline-radio', options: Object.keys(presets) },
    bins: { control: { type: 'number', min: 0, max: 9 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: 'text', description: 'Width of the story container (not an attribute).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Afghanistan coloured by the published value ' +
          'of an SDG indicator in one year, on a conic equal-area projection fitted to the region. Hover, focus or tap a ' +
          'country for its value; Tab to the map, then use the arrow keys, Enter to select and Escape to clear. Missing ' +
          'values are hatched, values published as a range (`<2.5`) dotted, and values from an earlier year named in the ' +
          'tooltip and the source line.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Under-five mortality, 2020: Afghanistan darkest. */
export const UnderFiveMortality: Story = {};

/** 7.1.1 Access to electricity (higher is better: blue). */
export const Electricity: Story = { args: { indicator: '7.1.1', year: 2020 } };

/** 6.1.1 Safely managed drinking water. */
export const DrinkingWater: Story = { args: { indicator: '6.1.1', year: 2020 } };

/** 5.5.1 Women in national parliaments. */
export const WomenInParliament: Story = { args: { indicator: '5.5.1', year: 2022 } };

/** 3.3.1 HIV incidence, 2020: Turkmenistan has no value in 2017–2020 and is hatched, with a legend entry. */
export const MissingData: Story = { args: { indicator: '3.3.1', year: 2020 } };

/** 5.5.1 in 2023: Afghanistan's latest value is from 2022; the tooltip and source line say so. */
export const NearestYear: Story = { args: { indicator: '5.5.1', year: 2023 } };

/** 2.1.1 Undernourishment, 2020: Kazakhstan and Uzbekistan are published as `<2.5`, not plotted as numbers. */
export const PublishedAsRange: Story = { args: { indicator: '2.1.1', year: 2020 } };

/** Five equal-width classes instead of a continuous ramp. */
export const Bins: Story = { args: { bins: 5 } };

/** Another scheme; higher values stay darker. */
export const Viridis: Story = { args: { scheme: 'viridis', bins: 4 } };

/** A disaggregation: under-five mortality of girls. */
export const Female: Story = { args: { slice: 'sex=FEMALE' } };

/** A phone-width container: the legend moves under the map. */
export const Narrow: Story = { args: { width: '360px' } };

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:12px">${story()}</div>`],
};

/** Mercator, for comparison: the north is inflated. */
export const Mercator: Story = { args: { projection: 'mercator' } };

/** An unknown indicator: a visible, localised error with Retry, and an `sdg-error` event. */
export const UnknownIndicator: Story = { args: { indicator: '99.9.9' } };

/** A data folder that does not exist. */
export const MissingDataFolder: Story = { args: { 'data-base': '/no-such-folder/' } };

/** While the data loads (the request is held open for this story). */
export const Loading: Story = {
  args: { 'data-base': '/__sdg-held__/' },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes('/__sdg-held__/')
        ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
        : original(input, init);
    return () => {
      window.fetch = original;
    };
  },
};
