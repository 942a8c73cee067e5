import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';
import { clearFetchCache } from '../../src/core/data/fetch-cache.js';

/**
 * Expected values are read from the raw UN extract (data-raw/sdg/sdg_indicators_central_asia.csv), not from
 * the element:
 * - SH_DYN_MORT (3.2.1), BOTHSEX, 2020, all nature E: AFG 57.8, TKM 42.2, TJK 32.5, KGZ 17.8, UZB 14.7, KAZ 10.2.
 * - SG_GEN_PARL (5.5.1): AFG has 2018 (27.71) and 2020, no 2019 row; no AFG row for 2023, 2022 is 27.02.
 * - SH_HIV_INCD (3.3.1): TKM has no value in 2017–2020.
 * - SN_ITK_DEFC (2.1.1), 2020: KAZ and UZB published as `<2.5`.
 */
const U5_2020: Record<string, number> = { AFG: 57.8, TKM: 42.2, TJK: 32.5, KGZ: 17.8, UZB: 14.7, KAZ: 10.2 };
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

async function ready(el: SdgMap): Promise<void> {
  if (!el.shadowRoot?.querySelector('[part="svg"], [part="error"]')) {
    await Promise.race([oneEvent(el, 'sdg-render'), oneEvent(el, 'sdg-error')]);
  }
  await el.updateComplete;
}

async function map(markup: ReturnType<typeof html>, width = 800): Promise<SdgMap> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const el = wrapper.querySelector('sdg-map') as SdgMap;
  await ready(el);
  return el;
}

const country = (el: SdgMap, code: string) =>
  el.shadowRoot!.querySelector<SVGPathElement>(`[part~="country"][data-id="${code}"]`)!;

/** Relative luminance of a computed `rgb(r, g, b)` fill, computed here independently of the element's code. */
function lum(el: SdgMap, code: string): number {
  const [r, g, b] = getComputedStyle(country(el, code))
    .fill.match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

describe('sdg-map', () => {
  it('is accessible', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible with no-data and range patterns and the table shown', async () => {
    const el = await map(html`<sdg-map indicator="2.1.1" year="2020" show-table></sdg-map>`);
    await expect(el).to.be.accessible();
  });

  it('draws the six countries, named with their values', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const paths = [...el.shadowRoot!.querySelectorAll('[part~="country"]')];
    expect(paths.map((p) => p.getAttribute('data-id')).sort()).to.deep.equal([...SIX].sort());
    for (const p of paths) expect(p.getAttribute('d')).to.match(/^M[\d.]/);
    expect(country(el, 'AFG').getAttribute('aria-label'))
      .to.contain('Afghanistan')
      .and.contain('57.8')
      .and.contain('estimate');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('2020');
    expect(el.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain('UN Statistics Division');
  });

  it('fills follow the data order: Afghanistan darkest, Kazakhstan lightest', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const byValue = [...SIX].sort((a, b) => U5_2020[b] - U5_2020[a]);
    const byDarkness = [...SIX].sort((a, b) => lum(el, a) - lum(el, b));
    expect(byDarkness).to.deep.equal(byValue);
    expect(byDarkness[0]).to.equal('AFG');
  });

  it('uses quantized classes with bins', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" bins="3"></sdg-map>`);
    const fills = new Set(SIX.map((c) => getComputedStyle(country(el, c)).fill));
    expect(fills.size).to.be.at.most(3);
    expect(el.shadowRoot!.querySelectorAll('[part="legend"] .classes span').length).to.equal(3);
    // 57.8 and 42.2 in the top third of a domain that contains 10.2–57.8, KAZ in the bottom one
    expect(lum(el, 'AFG')).to.be.below(lum(el, 'KAZ'));
  });

  it('draws a missing country with the no-data pattern and a legend entry', async () => {
    const el = await map(html`<sdg-map indicator="3.3.1" year="2020"></sdg-map>`);
    expect(country(el, 'TKM').getAttribute('fill')).to.equal('url(#no-data)');
    expect(country(el, 'TKM').getAttribute('aria-label')).to.contain('No data');
    for (const c of SIX.filter((c) => c !== 'TKM')) expect(country(el, c).getAttribute('fill')).to.match(/^rgb|^#/);
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('No data');
    expect(el.shadowRoot!.querySelector('#no-data')).to.exist;
  });

  it('with year-tolerance 0 a one-year gap is no data', async () => {
    const el = await map(html`<sdg-map indicator="5.5.1" year="2019" year-tolerance="0"></sdg-map>`);
    expect(country(el, 'AFG').getAttribute('fill')).to.equal('url(#no-data)');
  });

  it('shows the nearest earlier year and says so', async () => {
    const el = await map(html`<sdg-map indicator="5.5.1" year="2023"></sdg-map>`);
    const afg = country(el, 'AFG');
    expect(afg.getAttribute('fill')).to.match(/^rgb|^#/);
    expect(afg.getAttribute('aria-label')).to.contain('27.02').and.contain('2022');
    const source = el.shadowRoot!.querySelector('[part="source"]')!.textContent!;
    expect(source).to.contain('Afghanistan').and.contain('2022');
    afg.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 10, clientY: 10 }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).to.contain('value from 2022');
  });

  it('draws values published as a range with their own pattern and shows them as published', async () => {
    const el = await map(html`<sdg-map indicator="2.1.1" year="2020"></sdg-map>`);
    expect(country(el, 'KAZ').getAttribute('fill')).to.equal('url(#range)');
    expect(country(el, 'UZB').getAttribute('fill')).to.equal('url(#range)');
    expect(country(el, 'KAZ').getAttribute('aria-label')).to.contain('<2.5');
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('published as a range');
  });

  it('has one tab stop; arrows move between countries; Enter selects; Escape clears', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const stops = [...el.shadowRoot!.querySelectorAll('[tabindex="0"]')];
    expect(stops.length).to.equal(1);
    (stops[0] as SVGElement).focus();
    const focused = () => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id');
    expect(focused()).to.equal('KAZ'); // the northernmost, first in reading order
    const seen = new Set<string>([focused()!]);
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard('{ArrowDown}');
      await el.updateComplete;
      seen.add(focused()!);
    }
    expect(focused()).to.equal('AFG'); // nothing lies south of Afghanistan
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard('{ArrowUp}');
      await el.updateComplete;
      seen.add(focused()!);
    }
    expect(focused()).to.equal('KAZ');
    for (const key of ['{ArrowDown}', '{ArrowLeft}', '{ArrowRight}', '{ArrowRight}', '{ArrowDown}']) {
      await userEvent.keyboard(key);
      await el.updateComplete;
      seen.add(focused()!);
    }
    expect(seen.size).to.be.at.least(5);
    expect(el.shadowRoot!.querySelectorAll('[tabindex="0"]').length).to.equal(1);

    const code = focused();
    const selected = oneEvent(el, 'sdg-select');
    await userEvent.keyboard('{Enter}');
    const detail = (await selected).detail;
    expect(detail.code).to.equal(code);
    expect(detail.year).to.equal(2020);
    expect(detail.value).to.equal(U5_2020[code!]);
    expect(el.selected).to.equal(code);
    const cleared = oneEvent(el, 'sdg-select');
    await userEvent.keyboard('{Escape}');
    expect((await cleared).detail.code).to.equal(null);
    expect(el.selected).to.equal(null);
  });

  it('fires sdg-select on click with name, value and year', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const selected = oneEvent(el, 'sdg-select');
    country(el, 'TJK').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await selected;
    expect(detail).to.include({ code: 'TJK', name: 'Tajikistan', value: 32.5, year: 2020 });
  });

  it('fires sdg-render after each year change, without refetching', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const rendered = oneEvent(el, 'sdg-render');
    el.year = 2010;
    expect((await rendered).detail).to.include({ indicator: '3.2.1', series: 'SH_DYN_MORT', year: 2010 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('2010');
  });

  it('fires sdg-error and shows a localised error, without Retry, for an unknown indicator', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sdg-map');
    el.indicator = '99.9.9';
    const failed = oneEvent(el, 'sdg-error');
    wrapper.append(el);
    const { detail } = await failed;
    expect(detail.kind).to.equal('unknown-indicator');
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('99.9.9');
    // Retrying cannot make an unknown code known.
    expect(error.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires sdg-error once for a data-base pointing to a missing folder', async () => {
    clearFetchCache();
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sdg-map');
    el.indicator = '3.2.1';
    el.dataBase = '/no-such-folder/';
    let count = 0;
    el.addEventListener('sdg-error', () => count++);
    const failed = oneEvent(el, 'sdg-error');
    wrapper.append(el);
    const { detail } = await failed;
    expect(detail.kind).to.equal('fetch');
    expect(detail.url).to.contain('/no-such-folder/catalog/codes.json');
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(count).to.equal(1);
    // Retry against the right folder recovers.
    el.dataBase = null;
    const rendered = oneEvent(el, 'sdg-render');
    await rendered;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('fills its container and moves the legend under the map when narrow', async () => {
    const wide = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`, 900);
    const svgWide = wide.shadowRoot!.querySelector('svg[part="svg"]')!;
    expect(svgWide.getBoundingClientRect().width).to.be.closeTo(900, 1);
    expect(getComputedStyle(wide.shadowRoot!.querySelector('[part="legend"]')!).position).to.equal('absolute');
    const narrow = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`, 360);
    const svg = narrow.shadowRoot!.querySelector('svg[part="svg"]')!;
    expect(svg.getBoundingClientRect().width).to.be.closeTo(360, 1);
    const legend = narrow.shadowRoot!.querySelector('[part="legend"]')!;
    expect(getComputedStyle(legend).position).to.equal('static');
    expect(legend.getBoundingClientRect().top).to.be.at.least(svg.getBoundingClientRect().bottom - 1);
  });

  it('describes the extremes for screen readers and lists the data in a table', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const desc = el.shadowRoot!.querySelector('desc')!.textContent!;
    expect(desc).to.contain('highest in Afghanistan (57.8)').and.contain('lowest in Kazakhstan (10.2)');
    const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')];
    expect(rows.length).to.equal(6);
    const afg = rows.find((r) => r.textContent!.includes('Afghanistan'))!;
    expect(afg.textContent).to.contain('57.8');
  });
});
