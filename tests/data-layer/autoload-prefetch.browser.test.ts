import { describe, expect, it } from 'vitest';
import { define } from '../../src/autoload.js';
import { fetchCount } from '../../src/core/data/fetch-cache.js';
import { prefetchData } from '../../src/internal/prefetch.js';
import { dataRequests, readCatalog, settled, startCounting, tally, until } from './helpers.js';

/**
 * The one-tag loader (dist/sdg.js) starts an element's data as soon as it sees the tag, while the element's code is
 * still loading, through the elements' own fetch cache: the same files, one request each. Its own file: a fresh page
 * where <sdg-map> and <sdg-value> are not registered yet.
 */
const entries = () => performance.getEntriesByType('resource') as PerformanceResourceTiming[];
const entry = (part: string) => entries().find((e) => new URL(e.name).pathname.endsWith(part));

describe('the one-tag loader', () => {
  it("asks for a map's data before the map's code has arrived, and the map makes no second request", async () => {
    const catalog = await readCatalog();
    const file = catalog.series[catalog.indicators['3.2.1'].headline].file;
    expect(customElements.get('sdg-map')).toBeUndefined();
    startCounting();
    const before = fetchCount();
    const wrapper = document.createElement('div');
    wrapper.style.width = '600px';
    wrapper.innerHTML = '<sdg-map indicator="3.2.1" year="2020"></sdg-map>';
    document.body.append(wrapper);
    const el = wrapper.querySelector('sdg-map')!;
    await define('sdg-map');
    await until(() => settled(el), 'the map');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
    expect(tally(dataRequests())).toEqual({
      'catalog/codes.json': 1,
      'catalog/en/goal-3.json': 1,
      [file]: 1,
      'geo/countries.central-asia.topo.json': 1,
    });
    expect(fetchCount() - before).toBe(4);
    // The index and the outlines were asked for before the element's class had even been received.
    const code = entry('/components/sdg-map/sdg-map.component.ts')!;
    expect(code, 'the map class module').toBeDefined();
    expect(entry('/data/catalog/codes.json')!.startTime).toBeLessThan(code.responseEnd);
    expect(entry('/data/geo/countries.central-asia.topo.json')!.startTime).toBeLessThan(code.responseEnd);
    wrapper.remove();
  });

  it('asks for the outlines the map will draw: the longitude/latitude ones for another projection', async () => {
    startCounting();
    const el = document.createElement('sdg-map');
    el.setAttribute('indicator', '3.2.1');
    el.setAttribute('projection', 'mercator');
    prefetchData(el);
    await until(() => 'geo/countries.topo.json' in tally(dataRequests()), 'the outlines');
    expect(tally(dataRequests())['geo/countries.central-asia.topo.json']).toBeUndefined();
  });

  it('starts nothing for an element with its own data or a region-level map', () => {
    startCounting();
    const make = (tag: string, attrs: Record<string, string>) => {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      return el;
    };
    const count = fetchCount();
    for (const el of [
      make('sdg-value', { indicator: '6.1.1', src: '/data/examples/none.csv' }),
      make('sdg-map', { indicator: '6.1.1', level: 'region' }),
      make('sdg-trend-chart', {}),
      make('sdg-dashboard', { indicator: '6.1.1' }),
    ]) {
      prefetchData(el);
      expect(fetchCount(), el.outerHTML).toBe(count);
    }
    // The same element without `src` does start its data (index, titles).
    prefetchData(make('sdg-value', { indicator: '6.1.1' }));
    expect(fetchCount()).toBeGreaterThan(count);
  });
});
