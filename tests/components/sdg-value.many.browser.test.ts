import { describe, expect, it } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/components/sdg-value/sdg-value.js';
import type { SdgValue } from '../../src/components/sdg-value/sdg-value.js';
import { fetchCount } from '../../src/core/data/fetch-cache.js';
import { hasDrawn } from '../../src/controllers/render-once.js';
import { mainThread } from '../../src/internal/main-thread.js';
import { dataRequests, readCatalog, startCounting, tally, until } from '../data-layer/helpers.js';

/**
 * A page of many values, as a regional brief has (235 of them, one number in a sentence each): they share the data
 * (one request and one decoded copy of each file), take turns on the main thread instead of all updating in one
 * task, and each fires `sdg-render` once.
 */
describe('a page of 240 sdg-value', () => {
  it('shares one request and one decoded copy per file, updates over several tasks, and fires sdg-render once each', async () => {
    const catalog = await readCatalog();
    const indicators = ['5.5.1', '11.6.2'];
    const countries = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
    const markup = Array.from({ length: 240 }, (_, i) => {
      const indicator = indicators[i % 2];
      const country = countries[Math.floor(i / 2) % 6];
      return `<sdg-value indicator="${indicator}" country="${country}"></sdg-value>`;
    }).join(', ');
    const expected = new Set<string>(['catalog/codes.json']);
    for (const code of indicators) {
      expected.add(`catalog/en/goal-${catalog.indicators[code].goal}.json`);
      expected.add(catalog.series[catalog.indicators[code].headline].file);
    }

    startCounting();
    const requestsBefore = fetchCount();
    const yieldsBefore = mainThread.yields;
    const renders = new Map<EventTarget, number>();
    const count = (e: Event) => renders.set(e.composedPath()[0], (renders.get(e.composedPath()[0]) ?? 0) + 1);
    document.addEventListener('sdg-render', count);
    try {
      const page = await fixture<HTMLElement>(html`<p lang="en">${unsafeHTML(markup)}</p>`);
      const values = [...page.querySelectorAll<SdgValue>('sdg-value')];
      expect(values).toHaveLength(240);
      await until(() => values.every((v) => renders.has(v)), 'every value drawn', 30000);
      await Promise.all(values.map((v) => v.updateComplete));
      await new Promise((r) => setTimeout(r, 50));

      expect(values.filter((v) => renders.get(v) !== 1)).toEqual([]);
      // Every value printed a number (none is still "…" or an error).
      for (const v of values) expect(v.shadowRoot!.querySelector('[part="base"]:not([aria-busy])')).not.toBeNull();
      // One request per distinct file…
      expect(tally(dataRequests())).toEqual(Object.fromEntries([...expected].map((f) => [f, 1])));
      expect(fetchCount() - requestsBefore).toBe(expected.size);
      // …and one decoded copy: values of the same indicator and country print the very same row object.
      for (let i = 0; i < 12; i++) {
        const same = values.filter((_, j) => j % 12 === i);
        expect(same.length).toBe(20);
        expect(same[0].row).not.toBeNull();
        for (const v of same) expect(v.row).toBe(same[0].row);
      }
      // 240 updates are more than one task's budget: the main thread was handed back between them.
      expect(mainThread.yields).toBeGreaterThan(yieldsBefore);
    } finally {
      document.removeEventListener('sdg-render', count);
    }
  });

  it('takes turns only until drawn: a drawn value answers a change at once, a new one waits for the next task', async () => {
    const drawn = await fixture<SdgValue>(html`<sdg-value indicator="5.5.1" country="KAZ" year="2023"></sdg-value>`);
    // This value's own first drawing (not another element's, still drawing on a loaded machine).
    await until(() => hasDrawn(drawn), 'the first value drawn');
    await drawn.updateComplete;
    // No turn still awaited from earlier elements (one would be shared, not counted again)…
    for (let wait = mainThread.turn(); wait; wait = mainThread.turn()) await wait;
    // …then this task uses up its budget…
    const t0 = performance.now();
    while (performance.now() - t0 < 20) {
      /* busy */
    }
    let yields = mainThread.yields;
    drawn.year = '2015';
    await drawn.updateComplete;
    // …yet the drawn value updated within it: no turn was waited for.
    expect(mainThread.yields).toBe(yields);
    expect(drawn.row?.year).toBe(2015);

    // Still the same task, past its budget: a value that has not drawn yet waits for the next one.
    yields = mainThread.yields;
    const fresh = document.createElement('sdg-value');
    fresh.setAttribute('indicator', '5.5.1');
    fresh.setAttribute('country', 'KGZ');
    drawn.after(fresh);
    await fresh.updateComplete;
    expect(mainThread.yields).toBe(yields + 1);
    fresh.remove();
  });
});
