import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';

/**
 * Raw UN extract (sdg/sdg_indicators_central_asia.csv), SH_DYN_MORT BOTHSEX 2010–2020 for the six: lowest KAZ 2019
 * 10.2, highest AFG 2010 87.8. In 2020 alone the highest is AFG 57.8.
 */
async function map(markup: ReturnType<typeof html>, width = 800): Promise<SdgMap> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const el = wrapper.querySelector('sdg-map') as SdgMap;
  if (!el.shadowRoot?.querySelector('[part="svg"]')) await oneEvent(el, 'sdg-render');
  await el.updateComplete;
  return el;
}
const DISCLAIMER =
  'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.';

describe('sdg-map over time', () => {
  it('is accessible with a fixed legend', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" legend-years="2010 2020"></sdg-map>`);
    await expect(el).to.be.accessible();
  });

  it('legend-years fixes the colour domain over the range: the same in 2012 and 2020, spanning 10.2–87.8', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" legend-years="2010 2020"></sdg-map>`);
    const d2020 = el.model!.legend.scale.domain;
    expect(d2020[0]).to.be.at.most(10.2);
    expect(d2020[1]).to.be.at.least(87.8);
    const rendered = oneEvent(el, 'sdg-render');
    el.year = 2012;
    await rendered;
    expect(el.model!.legend.scale.domain).to.deep.equal(d2020);
    expect(el.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain(
      'Colour scale fixed over 2010–2020',
    );
  });

  it('without it the domain follows the year shown (2020 tops out below 87.8)', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    expect(el.model!.legend.scale.domain[1]).to.be.below(87.8);
  });

  it('the domain property wins', async () => {
    const el = await map(
      html`<sdg-map
        indicator="3.2.1"
        year="2020"
        .domain=${[0, 200] as [number, number]}
        legend-years="2010 2020"
      ></sdg-map>`,
    );
    expect(el.model!.legend.scale.domain).to.deep.equal([0, 200]);
  });

  it('fills change with a CSS transition (no flicker), none under reduced motion', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2010" legend-years="2010 2020"></sdg-map>`);
    const afg = el.shadowRoot!.querySelector<SVGPathElement>('[data-id="AFG"]')!;
    expect(getComputedStyle(afg).transitionProperty).to.contain('fill');
    const before = afg.getAttribute('fill');
    el.year = 2020;
    await el.updateComplete;
    expect(afg.getAttribute('fill')).to.not.equal(before);
    const transitions = afg.getAnimations().filter((a) => (a as CSSTransition).transitionProperty === 'fill');
    expect(transitions.length).to.equal(1);
    // The same element is updated, not replaced: the colour glides instead of blinking.
    expect(el.shadowRoot!.querySelector('[data-id="AFG"]')).to.equal(afg);
    const rules = [...el.shadowRoot!.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules])
      .map((r) => r.cssText)
      .join('\n');
    expect(rules).to.match(/prefers-reduced-motion: reduce[\s\S]*transition: none/);
  });

  it('shows the boundary disclaimer in the source line by default; no-disclaimer hides it', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    expect(el.shadowRoot!.querySelector('[part="source"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(DISCLAIMER);
    const off = await map(html`<sdg-map indicator="3.2.1" year="2020" no-disclaimer></sdg-map>`);
    expect(off.shadowRoot!.querySelector('[part="source"]')!.textContent).to.not.contain('boundaries');
  });

  it('a year change re-colours the same drawing: same path elements and outlines, same label places, new fills and values', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const root = el.shadowRoot!;
    const paths = () => [...root.querySelectorAll<SVGPathElement>('[part~="country"]')];
    const labels = () =>
      [...root.querySelectorAll('g.labels text')].map(
        (t) => `${t.textContent}@${t.getAttribute('x')},${t.getAttribute('y')}`,
      );
    const before = { paths: paths(), d: paths().map((p) => p.getAttribute('d')), labels: labels() };
    const fills = paths().map((p) => p.getAttribute('fill'));
    const afg = () => root.querySelector('[data-id="AFG"]')!.getAttribute('aria-label')!;
    expect(afg()).to.contain('57.8');

    el.year = 2010;
    await oneEvent(el, 'sdg-render');
    await el.updateComplete;
    expect(paths()).to.deep.equal(before.paths);
    paths().forEach((p, i) => expect(p).to.equal(before.paths[i]));
    expect(paths().map((p) => p.getAttribute('d'))).to.deep.equal(before.d);
    expect(labels()).to.deep.equal(before.labels);
    expect(paths().map((p) => p.getAttribute('fill'))).not.to.deep.equal(fills);
    // Raw UN extract: Afghanistan's under-five mortality was 87.8 in 2010.
    expect(afg()).to.contain('87.8');
    expect(root.querySelector('[part="title"] .year')!.textContent).to.equal('2010');
  });
});
