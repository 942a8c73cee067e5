import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sdg-map/sdg-map.js';
import '../src/components/sdg-time-slider/sdg-time-slider.js';
import { schemeNames } from '../src/core/scales/schemes.js';
import { PROJECTIONS } from '../src/core/projections/names.js';

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
  'no-zoom'?: boolean;
  /** Story only: calls `zoomTo(code)` after the first draw. */
  zoomTo?: string;
  layers?: string;
  'highlight-basin'?: string;
  level?: string;
  countries?: string;
  'legend-years'?: string;
  'no-disclaimer'?: boolean;
}

/** Calls `zoomTo()` once, after the map's first draw. */
const zoomOnce = (code?: string) => ({
  handleEvent: (e: Event) => code && (e.target as HTMLElement & { zoomTo(c: string): void }).zoomTo(code),
  once: true,
});

const render = (a: Args) =>
  html`<div style="max-width: ${a.width ?? '900px'}">
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
      ?no-zoom=${a['no-zoom']}
      layers=${ifDefined(a.layers || undefined)}
      highlight-basin=${ifDefined(a['highlight-basin'] || undefined)}
      level=${ifDefined(a.level || undefined)}
      countries=${ifDefined(a.countries || undefined)}
      legend-years=${ifDefined(a['legend-years'] || undefined)}
      ?no-disclaimer=${a['no-disclaimer']}
      @sdg-render=${zoomOnce(a.zoomTo)}
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
    projection: { control: 'inline-radio', options: PROJECTIONS },
    bins: { control: { type: 'number', min: 0, max: 9 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: 'text', description: 'Width of the story container (not an attribute).' },
    zoomTo: { control: 'text', description: 'Calls `zoomTo(code)` after the first draw (not an attribute).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Afghanistan coloured by the published value ' +
          'of an SDG indicator in one year, on a conic equal-area projection fitted to the region. Hover, focus or tap a ' +
          'country for its value; Tab to the map, then use the arrow keys, Enter to select and Escape to clear. Missing ' +
          'values are hatched, values published as a range (`<2.5`) dotted, and values from an earlier year named in the ' +
          'tooltip and the source line.\n\n' +
          '**Zoom and pan** (d3-zoom): Ctrl/⌘ + wheel or a trackpad pinch (a plain wheel scrolls the page and shows a ' +
          'hint, unless the map has focus), drag with the mouse, pinch and two-finger pan on touch screens (one finger ' +
          'scrolls the page), the +/−/whole-map buttons, and on the keyboard + and − (0 for the whole map, Shift + ' +
          'arrows to pan). Double-click a country, or call `zoomTo(code)`, to frame it. Borders and names keep their ' +
          'size. The transform is the `zoom` property (`{k, x, y}`) and each finished zoom fires `sdg-zoom`; `no-zoom` ' +
          'turns all of it off.\n\n' +
          '**Boundaries.** The source line carries the UN-style disclaimer ("The boundaries and names shown … do not ' +
          'imply official endorsement or acceptance by the United Nations.") unless `no-disclaimer` is set. The shipped ' +
          'geometry (world-atlas / Natural Earth 1:50m) marks no disputed or undemarcated border segments, so no border ' +
          'is drawn dashed on that basis; the one disputed area it carries as a polygon of its own, the Siachen Glacier ' +
          "(`KAS`), is outlined dashed. Borders are Natural Earth's de facto lines.\n\n" +
          '**Layers.** `layers="rivers lakes capitals"`; `highlight-basin="amu-darya syr-darya"` (rivers matched by ' +
          'name: Amu Darya, Panj, Pamir, Zeravshan (Zarafshon); Syr Darya, Naryn). The Chu, Talas and Vakhsh are not in Natural ' +
          'Earth\'s 1:10m rivers. **Regions:** `level="region"`, `countries="KAZ KGZ"`, `indicator="shdi"` (GDL).',
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
export const UnknownIndicator: Story = { args: { indicator: '99.9.9' }, parameters: { sdg: { expect: 'error' } } };

/** A data folder that does not exist. */
export const MissingDataFolder: Story = {
  args: { 'data-base': '/no-such-folder/' },
  parameters: { sdg: { expect: 'error' } },
};

/** While the data loads (the request is held open for this story). */
export const Loading: Story = {
  args: { 'data-base': '/__sdg-held__/' },
  parameters: { sdg: { expect: 'loading' } },
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

/** Zoomed to Kyrgyzstan with `zoomTo('KGZ')` (also: double-click a country). Names keep their size. */
export const ZoomedToKyrgyzstan: Story = { args: { zoomTo: 'KGZ' } };

/** `no-zoom`: a static map, no zoom buttons, wheel and keys leave it alone. */
export const NoZoom: Story = { args: { 'no-zoom': true } };

/**
 * `layers="rivers lakes capitals"`: Natural Earth rivers (fetched only for this layer), every lake and reservoir, and
 * the six capitals plus Almaty. Names avoid each other in priority order (countries, seas and lakes, rivers,
 * capitals, neighbours); zoom in for more of them. The Aral Sea's outline is an earlier, larger extent and is
 * labelled so.
 */
export const RiversLakesCapitals: Story = { args: { layers: 'rivers lakes capitals', width: '1100px' } };

/** `highlight-basin="amu-darya syr-darya"` on water stress (6.4.2): the two transboundary basins' rivers stand out. */
export const BasinHighlight: Story = {
  args: { indicator: '6.4.2', year: 2020, 'highlight-basin': 'amu-darya syr-darya', layers: 'capitals' },
};

/** Only the Amu Darya basin: the Amu Darya, Panj, Pamir and Zeravshan; other rivers muted. */
export const AmuDaryaBasin: Story = { args: { indicator: '6.4.2', year: 2020, 'highlight-basin': 'amu-darya' } };

/** Zoomed to Tajikistan with every layer on: more names fit as the view grows. */
export const ZoomedWithLayers: Story = { args: { layers: 'rivers lakes capitals', zoomTo: 'TJK' } };

/**
 * `level="region" countries="KAZ"`: Kazakhstan's oblasts and cities coloured by the national SDG series
 * (Bureau of National Statistics), fitted to Kazakhstan.
 *
 * **Regions without a shape.** The shipped outlines are Kazakhstan's 2018–2022 layout and Natural Earth's admin-1
 * units. Regions created later (Abai, Jetisu and Ulytau in 2022) and Osh city (inside Osh region) have values but
 * no polygon of their own. They are never dropped: they are listed under the map, "Regions without a shape on this
 * map", with their value, year and the drawn region they lie in, and they are rows of the data table. The region
 * they were split from is drawn at its earlier, larger extent, hatched and outlined with a dashed line, and the
 * source line says so ("East Kazakhstan: since split (Abai)…"). Its colour is its own published value, not the
 * value of the larger area. City regions too small to see or click (Bishkek, Shymkent…) get a dot that selects them.
 */
export const RegionKazakhstan: Story = { args: { level: 'region', indicator: '3.2.1', countries: 'KAZ', year: 2019 } };

/** Kazakhstan in 2023: Abai, Jetisu and Ulytau are listed beside the map; the oblasts they came from are hatched. */
export const RegionKazakhstan2023: Story = {
  args: { level: 'region', indicator: '1.2.1', countries: 'KAZ', year: 2023 },
};

/** `level="region" countries="KGZ"`: Kyrgyzstan's oblasts (National Statistical Committee); Osh city listed beside. */
export const RegionKyrgyzstan: Story = { args: { level: 'region', indicator: '3.2.1', countries: 'KGZ', year: 2020 } };

/** Kazakhstan and Kyrgyzstan together, each from its own national source (the source line names both). */
export const RegionKazakhstanKyrgyzstan: Story = {
  args: { level: 'region', indicator: '3.2.1', countries: 'KAZ KGZ', year: 2019 },
};

/** `indicator="shdi"`: Global Data Lab's Subnational Human Development Index for all six countries. */
export const RegionGdlShdi: Story = { args: { level: 'region', indicator: 'shdi', year: 2019, width: '1100px' } };

/**
 * `legend-years="2010 2023"` with a `<sdg-time-slider for="…">` playing 2010–2023: the colour scale is fixed over
 * the range, so a colour means the same value in every year, and fills glide between years (steps when the reader
 * prefers reduced motion).
 */
export const PlayingWithTimeSlider: Story = {
  render: (a) =>
    html`<div style="max-width: 900px">
      <sdg-time-slider
        for="story-map"
        min="2010"
        max="2023"
        value="2010"
        indicator=${a.indicator}
        loop
        playing
      ></sdg-time-slider>
      <sdg-map id="story-map" indicator=${a.indicator} year="2010" legend-years="2010 2023"></sdg-map>
    </div>`,
  args: { indicator: '3.2.1' },
};

/** Region level over time: Kazakhstan's and Kyrgyzstan's regions 2010–2023 with a fixed scale. */
export const RegionsPlaying: Story = {
  render: () =>
    html`<div style="max-width: 900px">
      <sdg-time-slider
        for="story-region-map"
        min="2010"
        max="2023"
        value="2010"
        indicator="3.2.1"
        level="region"
        countries="KAZ KGZ"
      ></sdg-time-slider>
      <sdg-map
        id="story-region-map"
        level="region"
        indicator="3.2.1"
        countries="KAZ KGZ"
        year="2010"
        legend-years="2010 2023"
        layers="rivers lakes"
      ></sdg-map>
    </div>`,
};

/** The boundary disclaimer is on by default; `no-disclaimer` removes it (e.g. when the page carries its own). */
export const NoDisclaimer: Story = { args: { 'no-disclaimer': true } };
