import { describe, expect, it } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import '../../src/components/sdg-trend-chart/sdg-trend-chart.js';
import '../../src/components/sdg-bar-chart/sdg-bar-chart.js';
import { fetchCount } from '../../src/core/data/fetch-cache.js';
import { dataRequests, readCatalog, settled, startCounting, tally, until } from './helpers.js';

describe('<sdg-map> loads only what it shows', () => {
  it('a country map: the catalog index, the titles of its goal in its language, its series and the outlines, once each', async () => {
    const catalog = await readCatalog();
    const file = catalog.series[catalog.indicators['3.2.1'].headline].file;
    startCounting();
    const before = fetchCount();
    const el = await fixture(html`<sdg-map indicator="3.2.1" year="2020" style="width: 600px"></sdg-map>`);
    await until(() => settled(el), 'the map');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
    expect(tally(dataRequests())).toEqual({
      'catalog/codes.json': 1,
      'catalog/en/goal-3.json': 1,
      [file]: 1,
      'geo/countries.central-asia.topo.json': 1,
    });
    expect(fetchCount() - before).toBe(4);
  });

  it('a map in Russian reads the Russian titles of its goal, and only them', async () => {
    const catalog = await readCatalog();
    const file = catalog.series[catalog.indicators['6.1.1'].headline].file;
    startCounting();
    const el = await fixture(html`<sdg-map lang="ru" indicator="6.1.1" year="2020" style="width: 600px"></sdg-map>`);
    await until(() => settled(el), 'the map');
    expect(tally(dataRequests())).toEqual({
      'catalog/codes.json': 1,
      'catalog/ru/goal-6.json': 1,
      [file]: 1,
      'geo/countries.central-asia.topo.json': 1,
    });
    // The title shown is the catalog's Russian title of 6.1.1 (independently read from the full catalog).
    expect(el.shadowRoot!.textContent).toContain(catalog.indicators['6.1.1'].title.ru);
  });

  it('rivers are fetched only with the rivers layer', async () => {
    const catalog = await readCatalog();
    const file = catalog.series[catalog.indicators['6.4.2'].headline].file;
    startCounting();
    const el = await fixture(html`<sdg-map indicator="6.4.2" layers="rivers" style="width: 600px"></sdg-map>`);
    await until(() => settled(el), 'the map');
    expect(tally(dataRequests())).toEqual({
      'catalog/codes.json': 1,
      'catalog/en/goal-6.json': 1,
      [file]: 1,
      'geo/countries.topo.json': 1,
      'geo/rivers.topo.json': 1,
    });
  });

  it('a region map of Kazakhstan: region catalog, its files and geometry, no country series, no admin-1 of others', async () => {
    const rc = await (await fetch('/data/regions/catalog.json')).json();
    startCounting();
    const el = await fixture(
      html`<sdg-map level="region" countries="KAZ" indicator="3.2.1" style="width: 600px"></sdg-map>`,
    );
    await until(() => settled(el), 'the region map');
    const got = tally(dataRequests());
    // Every file once, and only files the Kazakh regions of 3.2.1 need (independently: the catalog's entries).
    expect(Object.values(got).every((n) => n === 1)).toBe(true);
    const kazFiles = Object.values(
      rc.indicators as Record<string, { file: string; dataset: string; indicator?: string }>,
    )
      .filter((e) => e.dataset === 'kaz')
      .map((e) => e.file);
    const shapeFiles = new Set(
      Object.values(rc.regions as Record<string, { country: string; shapes: Array<{ file: string }> }>)
        .filter((r) => r.country === 'KAZ')
        .flatMap((r) => r.shapes.map((s) => s.file)),
    );
    for (const path of Object.keys(got)) {
      const allowed =
        path === 'regions/catalog.json' ||
        path === 'geo/countries.topo.json' ||
        shapeFiles.has(path) ||
        kazFiles.includes(path);
      expect(allowed, path).toBe(true);
    }
    expect(got['geo/rivers.topo.json']).toBeUndefined();
    expect(Object.keys(got).some((p) => p.startsWith('series/'))).toBe(false);
  });
});

describe('aborting', () => {
  it('an element removed before its data arrive stops waiting; another waiting for the same file still draws', async () => {
    const catalog = await readCatalog();
    const file = catalog.series[catalog.indicators['3.1.1'].headline].file;
    startCounting();
    const before = fetchCount();
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 600px">
        <sdg-trend-chart indicator="3.1.1"></sdg-trend-chart>
        <sdg-bar-chart indicator="3.1.1"></sdg-bar-chart>
      </div>`,
    );
    const [leaving, staying] = [...box.children] as HTMLElement[];
    leaving.remove(); // synchronously, before the files can arrive
    await until(() => settled(staying), 'the chart that stayed');
    expect(staying.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
    expect(staying.shadowRoot!.querySelectorAll('g.row[data-kind="bar"]').length).toBeGreaterThan(0);
    expect(tally(dataRequests())[file]).toBe(1);
    // The leaving chart was never drawn, and coming back it loads and draws (its wait had been aborted).
    expect(leaving.shadowRoot!.querySelector('svg')).toBeNull();
    box.append(leaving);
    await (leaving as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await until(() => settled(leaving), 'the chart that came back');
    expect(leaving.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
    expect(leaving.shadowRoot!.querySelector('svg')).not.toBeNull();
    // The file was settled and shared, so coming back needs no new request.
    expect(fetchCount() - before).toBe(new Set(dataRequests()).size);
  });

  it('the last element waiting for a file aborts the request; the next one fetches it again', async () => {
    const catalog = await readCatalog();
    const code = '4.1.1';
    const file = catalog.series[catalog.indicators[code].headline].file;
    startCounting();
    await fixture(html`<sdg-trend-chart indicator="3.2.1"></sdg-trend-chart>`).then((el) =>
      until(() => settled(el), 'catalog warm-up'),
    );
    // The first request for the file is held back (the real request follows after 2 s unless aborted first), so that
    // the element is surely removed while it waits; the request sees the abort through its signal.
    const realFetch = window.fetch;
    let held = 0;
    let abortedWhileHeld = false;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).endsWith(file) || held++) return realFetch(input, init);
      return new Promise<Response>((resolve, reject) => {
        const t = setTimeout(() => realFetch(input, init).then(resolve, reject), 2000);
        init?.signal?.addEventListener('abort', () => {
          abortedWhileHeld = true;
          clearTimeout(t);
          reject(init.signal!.reason);
        });
      });
    };
    try {
      const before = fetchCount();
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 600px"><sdg-trend-chart indicator=${code}></sdg-trend-chart></div>`,
      );
      await until(() => held > 0, 'the series request');
      (box.firstElementChild as HTMLElement).remove();
      await until(() => abortedWhileHeld, 'the abort of the request');
      // The aborted request was dropped from the cache: the next chart fetches the file again, and draws.
      const again = await fixture(html`<sdg-trend-chart indicator=${code} style="width: 600px"></sdg-trend-chart>`);
      await until(() => settled(again), 'the second chart');
      expect(again.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
      // The series twice, and the titles of goal 4 once (read before the series, so never aborted).
      expect(fetchCount() - before).toBe(3);
    } finally {
      window.fetch = realFetch;
    }
  });
});
