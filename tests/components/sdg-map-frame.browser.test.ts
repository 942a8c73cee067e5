import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';

async function map(width: number): Promise<SdgMap> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px"><sdg-map indicator="3.2.1" year="2020"></sdg-map></div>`,
  );
  const el = wrapper.querySelector('sdg-map') as SdgMap;
  if (!el.shadowRoot?.querySelector('[part="svg"]')) await oneEvent(el, 'sdg-render');
  await el.updateComplete;
  return el;
}

/** Ids of the six countries' paths found under a grid of points in `rect` (hit testing, not the element's maths). */
function countriesUnder(el: SdgMap, rect: DOMRect): Set<string> {
  const hits = new Set<string>();
  for (let i = 1; i < 20; i++)
    for (let k = 1; k < 10; k++) {
      const x = rect.left + (rect.width * i) / 20;
      const y = rect.top + (rect.height * k) / 10;
      for (const e of el.shadowRoot!.elementsFromPoint(x, y))
        if (e.matches('[part~="country"]')) hits.add(e.getAttribute('data-id')!);
    }
  return hits;
}

describe('sdg-map frame', () => {
  it('is accessible', async () => {
    const el = await map(1200);
    await expect(el).to.be.accessible();
  });

  for (const width of [1200, 1000, 700, 560])
    it(`at ${width}px the legend covers none of the six countries`, async () => {
      const el = await map(width);
      const legend = el.shadowRoot!.querySelector('[part="legend"]')!.getBoundingClientRect();
      expect(legend.width).to.be.above(50);
      expect([...countriesUnder(el, legend)]).to.deep.equal([]);
    });

  it('keeps the legend over the map when the corner is free (1200px)', async () => {
    const el = await map(1200);
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!.getBoundingClientRect();
    const svg = el.shadowRoot!.querySelector('[part="svg"]')!.getBoundingClientRect();
    expect(legend.bottom).to.be.at.most(svg.bottom + 0.5);
  });

  it('countries="KAZ" fits the view to Kazakhstan and keeps the six coloured for comparison', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 800px"><sdg-map indicator="3.2.1" year="2020" countries="KAZ"></sdg-map></div>`,
    );
    const el = wrapper.querySelector('sdg-map') as SdgMap;
    if (!el.shadowRoot?.querySelector('[part="svg"]')) await oneEvent(el, 'sdg-render');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="country"]').length).to.equal(6);
    const frame = el.shadowRoot!.querySelector('[part="svg"]')!.getBoundingClientRect();
    const kaz = el.shadowRoot!.querySelector('[data-id="KAZ"]')!.getBoundingClientRect();
    expect(kaz.width / frame.width).to.be.above(0.9);
  });

  it('fills the whole frame: neighbours reach the corners (no cut edge of the geometry), the drawing clipped to it', async () => {
    const el = await map(375);
    const svg = el.shadowRoot!.querySelector('[part="svg"]')!;
    svg.scrollIntoView();
    expect(getComputedStyle(svg).overflow).to.equal('clip');
    const r = svg.getBoundingClientRect();
    // Russia at the top corners, China/India at the bottom right (the bottom left is the Persian Gulf: sea).
    for (const [x, y] of [
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
    ]) {
      const land = el.shadowRoot!.elementsFromPoint(x, y).find((e) => e.matches('.context path'));
      expect(land, `${x - r.left},${y - r.top}`).to.exist;
    }
  });
});
