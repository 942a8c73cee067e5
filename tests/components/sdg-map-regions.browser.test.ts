import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';

/**
 * Expected values from the raw files in data-raw/ (read by hand, not from the element):
 * - subnational/kgz_regions_crosswalk.csv + geo/admin1_crosswalk.csv: Kyrgyzstan has 9 regions; 8 have a Natural
 *   Earth polygon (exact, or Osh region as a superset), Osh city (KG21, KG-GO) is `part_of` Osh region: no shape.
 * - subnational/kgz_sdg_by_region.csv, 3.2.1 SH_DYN_MORT, both sexes, 2020: KG07 Talas 25.1 (highest), KG06 Osh 10
 *   (lowest of the shaped), KG21 Osh city 36.9; 2019: KG21 37.2.
 * - subnational/kaz_regions_crosswalk.csv: in 2019 Kazakhstan has 14 oblasts (Turkistan since 2018; South
 *   Kazakhstan until 2017) and 3 cities (Astana, Almaty, Shymkent since 2018) = 17; Abai, Jetisu, Ulytau from 2022.
 *   kaz_sdg_by_region.csv 3.2.1 has rows for all 17 in 2019 (Shymkent and Turkistan: 2018–2019).
 * - subnational/gdl_shdi_subnational.csv: 39 GDL regions in the six countries, 37 with a polygon in
 *   geo/gdl_shdi_regions_central_asia.geojson; no polygon: KGZr101 Bishkek (shdi 2019 0.745), TKMr101 Ashgabat City
 *   (shdi 2019 0.77).
 */
async function map(markup: ReturnType<typeof html>, width = 900): Promise<SdgMap> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const el = wrapper.querySelector('sdg-map') as SdgMap;
  if (!el.shadowRoot?.querySelector('[part="svg"], [part="error"]'))
    await Promise.race([oneEvent(el, 'sdg-render'), oneEvent(el, 'sdg-error')]);
  await el.updateComplete;
  return el;
}
const regions = (el: SdgMap) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="region"]')];
const region = (el: SdgMap, code: string) =>
  el.shadowRoot!.querySelector<SVGPathElement>(`[part~="region"][data-id="${code}"]`)!;
const unshaped = (el: SdgMap) =>
  [...el.shadowRoot!.querySelectorAll('[part="unshaped"] li')].map((li) => ({
    code: li.getAttribute('data-code'),
    text: li.textContent!.replace(/\s+/g, ' ').trim(),
  }));
const lum = (p: Element) => {
  const [r, g, b] = getComputedStyle(p)
    .fill.match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b;
};

describe('sdg-map level="region"', () => {
  it('is accessible', async () => {
    const el = await map(
      html`<sdg-map level="region" indicator="3.2.1" countries="KGZ" year="2020" show-table></sdg-map>`,
    );
    await expect(el).to.be.accessible();
  });

  it('Kyrgyzstan: 8 shapes, Osh city listed beside the map with its published value, Talas darkest', async () => {
    const el = await map(html`<sdg-map level="region" indicator="3.2.1" countries="KGZ" year="2020"></sdg-map>`);
    expect(
      regions(el)
        .map((p) => p.getAttribute('data-id'))
        .sort(),
    ).to.deep.equal(['KG02', 'KG03', 'KG04', 'KG05', 'KG06', 'KG07', 'KG08', 'KG11']);
    const list = unshaped(el);
    expect(list.map((u) => u.code)).to.deep.equal(['KG21']);
    // As published: 36.9, not padded to the file's six decimals.
    expect(list[0].text).to.match(/36\.9(?!0)/);
    // A labelled region, not a heading: the host page's outline is not the element's to break (axe heading-order).
    const section = el.shadowRoot!.querySelector('[part="unshaped"]')!;
    const label = el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).to.equal('Regions without a shape on this map');
    expect(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length).to.equal(0);
    const byDarkness = regions(el).sort((a, b) => lum(a) - lum(b));
    expect(byDarkness[0].getAttribute('data-id')).to.equal('KG07');
    expect(byDarkness[byDarkness.length - 1].getAttribute('data-id')).to.equal('KG06');
    // Osh region's polygon still contains Osh city: hatched and noted.
    expect(region(el, 'KG06').getAttribute('part')).to.contain('split');
    expect(el.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain('Osh');
    // The table lists the unshaped region too.
    expect(el.shadowRoot!.querySelector('[part="table"]')!.textContent).to.contain('36.9');
  });

  it('Kazakhstan and Kyrgyzstan in 2019: 17 + 8 shapes, fitted to the two countries', async () => {
    const el = await map(html`<sdg-map level="region" indicator="3.2.1" countries="KAZ KGZ" year="2019"></sdg-map>`);
    const ids = regions(el).map((p) => p.getAttribute('data-id')!);
    expect(ids.filter((c) => c.startsWith('KZ'))).to.have.length(17);
    expect(ids.filter((c) => c.startsWith('KG'))).to.have.length(8);
    expect(ids).to.include.members(['KZYUZ', 'KZSHY', 'KZNS', 'KZALA']);
    expect(ids).to.not.include('KZONT');
    expect(unshaped(el).find((u) => u.code === 'KG21')!.text).to.contain('37.2');
    // Fitted to the two: Kazakhstan spans most of the frame's width.
    const frame = el.shadowRoot!.querySelector('[part="svg"]')!.getBoundingClientRect();
    const kaz = ids.filter((c) => c.startsWith('KZ')).map((c) => region(el, c).getBoundingClientRect());
    const span = Math.max(...kaz.map((r) => r.right)) - Math.min(...kaz.map((r) => r.left));
    expect(span / frame.width).to.be.above(0.85);
  });

  it('GDL shdi for all six: 37 shapes, Bishkek and Ashgabat listed with their values', async () => {
    const el = await map(html`<sdg-map level="region" indicator="shdi" year="2019"></sdg-map>`);
    expect(regions(el)).to.have.length(37);
    const list = unshaped(el);
    expect(list.map((u) => u.code).sort()).to.deep.equal(['KGZr101', 'TKMr101']);
    expect(list.find((u) => u.code === 'KGZr101')!.text).to.contain('0.745');
    expect(list.find((u) => u.code === 'TKMr101')!.text).to.contain('0.77');
  });

  it('legend-years at region level spans the shaped regions: 8.51–48 (2010–2023), not Osh city’s 72.4', async () => {
    // kgz_sdg_by_region.csv 3.2.1 both sexes 2010–2023: shaped regions from 8.51 (KG06 2023) to 48 (KG11 2023);
    // Osh city (no shape, listed) up to 72.4.
    const el = await map(
      html`<sdg-map level="region" indicator="3.2.1" countries="KGZ" year="2015" legend-years="2010 2023"></sdg-map>`,
    );
    const [lo, hi] = el.model!.legend.scale.domain;
    expect(lo).to.be.at.most(8.51);
    expect(hi).to.be.at.least(48);
    expect(hi).to.be.below(72.4);
  });

  it('small city regions get a marker that selects them', async () => {
    const el = await map(
      html`<sdg-map level="region" indicator="3.2.1" countries="KAZ KGZ" year="2019"></sdg-map>`,
      600,
    );
    const markers = [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('.markers circle')];
    const ids = markers.map((m) => m.getAttribute('data-marker'));
    expect(ids).to.include('KG11');
    const selected = oneEvent(el, 'sdg-select');
    markers[ids.indexOf('KG11')].dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.code).to.equal('KG11');
  });

  it("sdg-select at region level carries the indicator, series and goal of the region's file", async () => {
    // kgz_sdg_by_region.csv: KG07 Talas, 3.2.1, series SH_DYN_MORT, 2020 = 25.1; 3.2.1 is a Goal 3 indicator.
    const el = await map(html`<sdg-map level="region" indicator="3.2.1" countries="KGZ" year="2020"></sdg-map>`);
    const selected = oneEvent(el, 'sdg-select');
    region(el, 'KG07').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await selected;
    expect(detail.code).to.equal('KG07');
    expect(detail.indicator).to.equal('3.2.1');
    expect(detail.series).to.equal('SH_DYN_MORT');
    expect(detail.goal).to.equal(3);
  });

  it('keyboard traversal goes through the regions', async () => {
    const el = await map(html`<sdg-map level="region" indicator="3.2.1" countries="KGZ" year="2020"></sdg-map>`);
    const start = el.shadowRoot!.querySelector<SVGElement>('[tabindex="0"]')!;
    expect(start.getAttribute('part')).to.contain('region');
    start.focus();
    const seen = new Set<string>();
    for (const key of ['{ArrowRight}', '{ArrowRight}', '{ArrowDown}', '{ArrowLeft}', '{ArrowLeft}', '{End}']) {
      await userEvent.keyboard(key);
      await el.updateComplete;
      seen.add(el.shadowRoot!.activeElement!.getAttribute('data-id')!);
    }
    expect(seen.size).to.be.at.least(3);
    for (const id of seen) expect(id).to.match(/^KG\d\d$/);
  });

  it('an indicator without regional data is a visible error with sdg-error', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('sdg-map') as SdgMap;
    el.setAttribute('level', 'region');
    el.setAttribute('indicator', '99.9.9');
    const err = oneEvent(el, 'sdg-error');
    wrapper.append(el);
    expect((await err).detail.kind).to.equal('unknown-indicator');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
  });
});
