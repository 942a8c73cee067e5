import { describe, expect, it } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';
import { settled, startCounting, until } from './helpers.js';

/**
 * A default one-map page loads no code it does not use. Read from the browser's own list of the resources this test
 * file's page has requested (scripts included), not from the code under test. Its own file: a test file runs in a
 * fresh page, so nothing another test used has been loaded already.
 */
const scripts = () =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((e) => decodeURIComponent(new URL(e.name).pathname))
    .filter((p) => !p.includes('/data/'));

/** The modules that load on use, by what they are for. */
const LAZY: Record<string, RegExp> = {
  zoom: /\/controllers\/zoom\.ts|\/d3-zoom|\/d3-transition|\/d3-drag/,
  export: /\/internal\/export\.ts|\/internal\/export\/(svg|csv)\.ts|\/d3-dsv\//,
  // Another language's strings, unit names and number symbols (English is part of the core).
  'other languages': /\/i18n\/(locales|translations|units)\/(?!en\.ts)[^/]+\.ts|\/core\/locale\/(data\/|all\.ts)/,
  // Every colour scheme but the three defaults. The dev server serves d3-scale-chromatic as one file (the three
  // defaults are imported from it by name); that the built map leaves the other schemes' tables out is checked on
  // the bundle (tests/build/bundle.node.test.ts).
  'colour schemes': /\/core\/scales\/schemes-more\.ts/,
  // The spherical projections and the longitude/latitude outlines' decoder: the default map draws outlines projected
  // beforehand (the dev server serves d3-geo as one file; the bundle test checks the built map leaves them out).
  'spherical projections': /\/core\/geometry\/(features|layout)\.ts|\/core\/projections\/(presets|preclip)\.ts/,
  // The reader of a page's own data, and the wording of its problems (their English too).
  'user data':
    /\/controllers\/user-data\.ts|\/controllers\/user-regions\.ts|\/core\/data\/user\/(table|objects|validate|values|columns|messages|messages\.en)\.ts/,
};
const loaded = (what: string) => scripts().filter((p) => LAZY[what]!.test(p));

describe('a default one-map page', { timeout: 60_000 }, () => {
  it('requests no zoom, export or user-data code until a reader zooms or exports', async () => {
    // What this file's imports (the map's module graph) loaded, before the timings are cleared below.
    for (const what of Object.keys(LAZY)) expect(loaded(what), `${what} loaded with the map's module`).toEqual([]);
    startCounting();
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 700px"><sdg-map indicator="3.2.1" year="2020"></sdg-map></div>`,
    );
    const el = wrapper.querySelector('sdg-map') as SdgMap;
    await until(() => settled(el), 'the map');
    // A reader's time on the page: nothing arrives by itself.
    await new Promise((r) => setTimeout(r, 300));
    expect(
      el.shadowRoot!.querySelector('[part~="zoom-in"]'),
      'the zoom buttons are there from the start',
    ).not.toBeNull();
    expect(loaded('zoom')).toEqual([]);
    expect(loaded('user data')).toEqual([]);
    expect(loaded('export')).toEqual([]);
    expect(loaded('colour schemes')).toEqual([]);
    expect(loaded('spherical projections')).toEqual([]);
    const outlines = () =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.includes('/data/geo/'));
    expect(outlines()).toEqual(['/data/geo/countries.central-asia.topo.json']);

    // The first zoom (a button) loads d3-zoom and zooms.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
    await until(() => el.zoom.k === 2, 'the zoom-in');
    expect(loaded('zoom').length).toBeGreaterThan(0);
    expect(loaded('user data')).toEqual([]);

    // The first export loads the export code, and it exports the map.
    const svg = await el.toSVG();
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('path').length).toBeGreaterThan(5);
    const csv = await el.toCSV();
    expect(csv.split('\n').length).toBeGreaterThan(6);
    expect(loaded('export').length).toBeGreaterThan(0);

    // Another projection loads the spherical code and the longitude/latitude outlines, and draws with them.
    const before = el.shadowRoot!.querySelector('[part~="country"]')!.getAttribute('d');
    el.projection = 'mercator';
    await until(() => el.shadowRoot!.querySelector('[part~="country"]')?.getAttribute('d') !== before, 'mercator');
    await until(() => settled(el), 'the mercator map');
    expect(loaded('spherical projections').length).toBeGreaterThan(0);
    expect(outlines()).toContain('/data/geo/countries.topo.json');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
  });

  it('loads the user-data reader for a map with .data', async () => {
    const el = await fixture<SdgMap>(
      html`<sdg-map
        style="width: 600px"
        .data=${[
          { area: 'KAZ', indicator: '3.2.1', year: 2020, value: 10 },
          { area: 'KGZ', indicator: '3.2.1', year: 2020, value: 20 },
        ]}
      ></sdg-map>`,
    );
    await until(() => settled(el), 'the map of own data');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
    expect(loaded('user data').length).toBeGreaterThan(0);
  });

  it('loads a scheme named by `scheme` before its first drawing, and draws in it from then on', async () => {
    expect(loaded('colour schemes'), 'before any map names a scheme').toEqual([]);
    const fills: string[] = [];
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 700px"></div>`);
    const el = document.createElement('sdg-map') as SdgMap;
    // Every drawing's fills, from the first one on.
    el.addEventListener('sdg-render', () => fills.push(...el.model!.layers.focus.map((s) => s.fill ?? '')));
    Object.assign(el, { indicator: '3.2.1', year: 2020, scheme: 'viridis' });
    wrapper.append(el);
    await until(() => settled(el), 'the viridis map');
    expect(loaded('colour schemes').length).toBeGreaterThan(0);
    // d3's viridis is a table of hex colours; the defaults' ramps give rgb() text: no drawing in a default's colours.
    const drawn = fills.filter(Boolean);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((f) => !/^#[0-9a-f]{6}$/.test(f))).toEqual([]);
    expect(el.shadowRoot!.querySelector('[part~="notice"]'), 'viridis is a scheme the map accepts').toBeNull();
  });

  it('loads its own language only, and draws in it from the first drawing', async () => {
    startCounting();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="kk" style="width: 700px"><sdg-map indicator="3.2.1" year="2020"></sdg-map></div>`,
    );
    const el = wrapper.querySelector('sdg-map') as SdgMap;
    // The first render with a drawing is already in Kazakh: names of the shipped table, no English one.
    await until(() => !!el.shadowRoot?.querySelector('svg [part~="country"]'), 'the first drawing');
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Қазақстан');
    expect(text).not.toContain('Kazakhstan');
    const files = loaded('other languages');
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((p) => !/\/kk\.ts$/.test(p))).toEqual([]);
  });
});

/**
 * The region level's code (regional files, their geometry, the region view) is imported by a map at `level="region"`
 * only. Read from the browser's resource list like the blocks above (source modules only: `scripts()` leaves out
 * paths with `/data/`, which `src/core/data/` has); its own `describe`, so it can move with the map.
 */
const REGION_CODE = /^\/src\/(core\/data\/region-level\.ts|components\/sdg-map\/sdg-map\.region(-view|\.styles)\.ts)$/;
const regionCode = () =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((e) => new URL(e.name).pathname)
    .filter((p) => REGION_CODE.test(p));

describe('the region level of a map', { timeout: 60_000 }, () => {
  it('is not requested by a country-level map, and is once the map shows regions', async () => {
    startCounting();
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 700px"><sdg-map indicator="3.2.1" year="2020"></sdg-map></div>`,
    );
    const el = wrapper.querySelector('sdg-map') as SdgMap;
    await until(() => settled(el), 'the country-level map');
    await new Promise((r) => setTimeout(r, 300));
    expect(el.model!.layers.focus.map((s) => s.id)).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG']);
    expect(regionCode()).toEqual([]);

    // A module is fetched once per page: its request now shows that nothing on this page had loaded it before.
    el.level = 'region';
    await until(() => (el.model?.layers.focus.length ?? 0) > 6, 'the regions drawn');
    expect(regionCode().sort()).toEqual([
      '/src/components/sdg-map/sdg-map.region-view.ts',
      '/src/components/sdg-map/sdg-map.region.styles.ts',
      '/src/core/data/region-level.ts',
    ]);
    // Its rules came with it: regions are drawn with their own thinner stroke (0.6, the countries' is 1).
    const region = el.shadowRoot!.querySelector('[part~="region"]')!;
    expect(getComputedStyle(region).strokeWidth).toBe('0.6px');
  });
});
