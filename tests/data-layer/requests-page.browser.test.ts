import { describe, expect, it } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/components/sdg-map/sdg-map.js';
import '../../src/components/sdg-trend-chart/sdg-trend-chart.js';
import '../../src/components/sdg-bar-chart/sdg-bar-chart.js';
import '../../src/components/sdg-sparkline/sdg-sparkline.js';
import { fetchCount } from '../../src/core/data/fetch-cache.js';
import { dataRequests, readCatalog, settled, startCounting, tally, until } from './helpers.js';

const TAGS = ['sdg-map', 'sdg-trend-chart', 'sdg-sparkline', 'sdg-bar-chart'] as const;

describe('a page of 30 elements', () => {
  it('makes exactly one request per distinct file', async () => {
    const catalog = await readCatalog();
    // 20 indicators in catalog order, the first 10 used twice (by another kind of element), 30 elements in all.
    const codes = Object.keys(catalog.indicators).sort().slice(0, 20);
    const picks = [...codes, ...codes.slice(0, 10)].map((code, i) => ({
      code,
      tag: TAGS[(i + (i >= 20 ? 1 : 0)) % 4],
    }));
    // What the page needs, from the catalog and the tags alone: the catalog index and the English text of each goal
    // shown; each indicator's headline series file; the country outlines for maps; the 2030 target table for trend
    // and bar charts.
    const expected = new Set<string>(['catalog/codes.json']);
    for (const { code, tag } of picks) {
      expected.add(`catalog/en/goal-${catalog.indicators[code].goal}.json`);
      expected.add(catalog.series[catalog.indicators[code].headline].file);
      if (tag === 'sdg-map') expected.add('geo/countries.central-asia.topo.json');
      if (tag === 'sdg-trend-chart' || tag === 'sdg-bar-chart') expected.add('targets.json');
    }
    const markup = picks
      .map(({ code, tag }) => `<${tag} indicator="${code}"${tag === 'sdg-sparkline' ? ' country="KAZ"' : ''}></${tag}>`)
      .join('\n');
    startCounting();
    const before = fetchCount();
    const page = await fixture<HTMLElement>(html`<div style="width: 640px">${unsafeHTML(markup)}</div>`);
    const elements = [...page.children];
    expect(elements).toHaveLength(30);
    await until(() => elements.every(settled), 'all 30 elements', 30000);
    const requests = dataRequests();
    expect(tally(requests)).toEqual(Object.fromEntries([...expected].map((f) => [f, 1])));
    expect(fetchCount() - before).toBe(expected.size);
  });
});
