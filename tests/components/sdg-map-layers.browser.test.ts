import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';
import { clearFetchCache } from '../../src/core/data/fetch-cache.js';

/**
 * Expected values from the shipped data files themselves, read here with fetch, not from the element:
 * river names and counts from data/geo/rivers.topo.json, water bodies from data/geo/countries.topo.json.
 */
async function map(markup: ReturnType<typeof html>, width = 900): Promise<SdgMap> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const el = wrapper.querySelector('sdg-map') as SdgMap;
  if (!el.shadowRoot?.querySelector('[part="svg"]')) await oneEvent(el, 'sdg-render');
  await el.updateComplete;
  return el;
}

/** Waits until the rivers (fetched after the first draw) are drawn. */
async function riversDrawn(el: SdgMap): Promise<void> {
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.rivers path'); i++)
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
}

const riverRequests = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/geo/rivers.topo.json')).length;
const labels = (el: SdgMap, cls: string) =>
  [...el.shadowRoot!.querySelectorAll(`.labels text.${cls}`)].map((t) => t.textContent!.trim());

describe('sdg-map layers', () => {
  it('is accessible with rivers, lakes and capitals', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" layers="rivers lakes capitals"></sdg-map>`);
    await riversDrawn(el);
    await expect(el).to.be.accessible();
  });

  it('fetches the rivers only when the layer is asked for', async () => {
    clearFetchCache();
    performance.clearResourceTimings();
    const plain = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    expect(plain.shadowRoot!.querySelector('.rivers')).to.equal(null);
    expect(riverRequests()).to.equal(0);
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" layers="rivers"></sdg-map>`);
    await riversDrawn(el);
    expect(riverRequests()).to.equal(1);
    const topo = await (await fetch(new URL('../../data/geo/rivers.topo.json', import.meta.url))).json();
    const total = topo.objects.rivers.geometries.length;
    const drawn = el.shadowRoot!.querySelectorAll('.rivers path').length;
    // Rivers wholly outside the frame (the Ganges' lower course, the Volga's upper one) are clipped away.
    expect(drawn).to.be.above(total / 2);
    expect(drawn).to.be.at.most(total);
    expect(labels(el, 'river')).to.include.members(['Syr Darya', 'Amu Darya']);
  });

  it('highlight-basin="amu-darya" emphasises its rivers by name and mutes the others', async () => {
    const el = await map(html`<sdg-map indicator="6.4.2" year="2020" highlight-basin="amu-darya"></sdg-map>`);
    await riversDrawn(el);
    const strong = labels(el, 'river.strong');
    expect(strong).to.include('Amu Darya');
    for (const name of strong) expect(['Amu Darya', 'Panj', 'Pamir', 'Zarafshon']).to.include(name);
    expect(labels(el, 'river.muted')).to.include('Syr Darya');
    expect(el.shadowRoot!.querySelectorAll('.rivers path.strong').length).to.be.at.least(2);
    expect(el.shadowRoot!.querySelectorAll('.rivers path.muted').length).to.be.above(10);
  });

  it('capitals: seven dots, named where there is room', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" layers="capitals"></sdg-map>`, 1200);
    expect(el.shadowRoot!.querySelectorAll('.points circle').length).to.equal(7);
    expect(labels(el, 'capital')).to.include.members(['Astana', 'Bishkek', 'Kabul', 'Almaty']);
  });

  it('lakes: every lake and reservoir; without it only the seas and the great lakes', async () => {
    const topo = await (await fetch(new URL('../../data/geo/countries.topo.json', import.meta.url))).json();
    const water = topo.objects.water.geometries.map(
      (g: { properties: { kind: string; scalerank: number } }) => g.properties,
    );
    const major = water.filter(
      (p: { kind: string; scalerank: number }) => p.kind === 'sea' || p.kind === 'bay' || p.scalerank <= 2,
    ).length;
    const plain = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    expect(plain.shadowRoot!.querySelectorAll('.water path').length).to.equal(major);
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" layers="lakes"></sdg-map>`);
    const n = el.shadowRoot!.querySelectorAll('.water path').length;
    expect(n).to.be.above(major);
    expect(n).to.be.at.most(water.length);
    expect(labels(el, 'water')).to.include('Aral Sea (historic extent)');
  });

  it('no label overlaps another at 1×, 2× and 4×', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" layers="rivers lakes capitals"></sdg-map>`, 700);
    await riversDrawn(el);
    for (const k of [1, 2, 4]) {
      el.zoom = { k, x: (-(k - 1) * el.model!.width) / 2, y: (-(k - 1) * el.model!.height) / 2 };
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 30));
      const boxes = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.labels text')].map((t) =>
        t.getBoundingClientRect(),
      );
      expect(boxes.length).to.be.above(3);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // Measured glyph boxes; a pixel of touching is allowed (the placement works on estimated widths).
          expect(ox > 1.5 && oy > 1.5, `k=${k}: ${i} and ${j} overlap`).to.equal(false);
        }
    }
  });
});
