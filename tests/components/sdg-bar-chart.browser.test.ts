import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-bar-chart/sdg-bar-chart.js';
import type { SdgBarChart } from '../../src/components/sdg-bar-chart/sdg-bar-chart.js';

async function ready(el: SdgBarChart): Promise<void> {
  if (!el.shadowRoot?.querySelector('svg, [part="error"]')) {
    await Promise.race([oneEvent(el, 'sdg-render'), oneEvent(el, 'sdg-error')]);
  }
  await el.updateComplete;
}

async function chart(markup: ReturnType<typeof html>): Promise<SdgBarChart> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 700px">${markup}</div>`);
  const el = wrapper.querySelector('sdg-bar-chart') as SdgBarChart;
  await ready(el);
  return el;
}

const rows = (el: SdgBarChart) =>
  [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.row')].sort(
    (a, b) => new DOMMatrix(getComputedStyle(a).transform).f - new DOMMatrix(getComputedStyle(b).transform).f,
  );
const barWidth = (g: Element) => Number.parseFloat(getComputedStyle(g.querySelector('.bar')!).width);

describe('sdg-bar-chart', () => {
  it('is accessible', async () => {
    const el = await chart(html`<sdg-bar-chart indicator="7.1.2" year="2021" aggregates="WLD"></sdg-bar-chart>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible highlighted and in the dark theme', async () => {
    const el = await chart(
      html`<sdg-bar-chart indicator="3.2.1" highlight="KGZ" theme="dark" aggregates="WLD"></sdg-bar-chart>`,
    );
    await expect(el).to.be.accessible();
    const dimmed = el.shadowRoot!.querySelector('g.row.dim .value')!;
    expect(getComputedStyle(dimmed).opacity).to.equal('1');
  });

  it('ranks areas by their published value and shows a range as text, not as a bar', async () => {
    // EG_EGY_CLEAN (7.1.2), all areas, 2021, raw extract: TKM ">95", KAZ 94, TJK 86, UZB 83, KGZ 78, AFG 35.
    const el = await chart(
      html`<sdg-bar-chart indicator="7.1.2" year="2021" style="--sdg-bar-chart-duration: 0s"></sdg-bar-chart>`,
    );
    const order = rows(el);
    expect(order.map((g) => g.dataset.code)).to.deep.equal(['TKM', 'KAZ', 'TJK', 'UZB', 'KGZ', 'AFG']);
    expect(order[0].dataset.kind).to.equal('flag');
    expect(barWidth(order[0])).to.equal(0);
    expect(order[0].querySelector('.value')!.textContent).to.contain('>95');
    expect(barWidth(order[5]) / barWidth(order[1])).to.be.closeTo(35 / 94, 0.01);
  });

  it('takes the nearest earlier year within the tolerance and says so', async () => {
    // SI_POV_DAY1 (1.1.1) in 2018: TJK has no 2018 value, its latest earlier one is 6.1 (2015); TKM last 1998, UZB 2003
    // and AFG none — beyond 3 years, so no data.
    const el = await chart(html`<sdg-bar-chart indicator="1.1.1" year="2018"></sdg-bar-chart>`);
    const tjk = el.shadowRoot!.querySelector('g.row[data-code="TJK"]')!;
    expect(tjk.querySelector('.value')!.textContent!.replace(/\s+/g, ' ')).to.contain('6.1%').and.contain('(2015)');
    for (const code of ['TKM', 'UZB', 'AFG'])
      expect(el.shadowRoot!.querySelector(`g.row[data-code="${code}"]`)!.getAttribute('data-kind')).to.equal('missing');
    expect(el.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain('2015');
    el.yearTolerance = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('g.row[data-code="TJK"]')!.getAttribute('data-kind')).to.equal('missing');
  });

  it('moves bars to their new ranks when the year changes, by the arrow keys too', async () => {
    // EG_ACS_ELEC (7.1.1), all areas, from the raw extract:
    // 2015: KAZ 100, TKM 100, UZB 99.9, KGZ 98.7, TJK 98, AFG 71.5
    // 2012: KAZ 100, TKM 99.9, KGZ 99.8, UZB 99.7, TJK 99.1, AFG 69.1 (Kyrgyzstan above Uzbekistan)
    const el = await chart(
      html`<sdg-bar-chart indicator="7.1.1" year="2015" style="--sdg-bar-chart-duration: 0s"></sdg-bar-chart>`,
    );
    expect(rows(el).map((g) => g.dataset.code)).to.deep.equal(['KAZ', 'TKM', 'UZB', 'KGZ', 'TJK', 'AFG']);
    el.year = 2012;
    await el.updateComplete;
    expect(rows(el).map((g) => g.dataset.code)).to.deep.equal(['KAZ', 'TKM', 'KGZ', 'UZB', 'TJK', 'AFG']);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('[part="plot"]')!;
    setTimeout(() => plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    const ev = await oneEvent(el, 'sdg-year-change');
    expect(ev.detail.year).to.equal(2013);
    expect(el.year).to.equal(2013);
  });

  it('selects with Enter and clears with Escape', async () => {
    const el = await chart(html`<sdg-bar-chart indicator="3.2.1" year="2021"></sdg-bar-chart>`);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('[part="plot"]')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await el.updateComplete;
    setTimeout(() => plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    const sel = await oneEvent(el, 'sdg-select');
    // Highest under-five mortality in 2021 (SH_DYN_MORT): Afghanistan 55.7
    expect(sel.detail).to.include({ code: 'AFG', value: 55.7, year: 2021 });
    setTimeout(() => plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect((await oneEvent(el, 'sdg-select')).detail.code).to.equal(null);
  });

  it('lists the ranking in its table', async () => {
    const el = await chart(html`<sdg-bar-chart indicator="3.2.1" year="2021"></sdg-bar-chart>`);
    const names = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody th')].map((t) => t.textContent!.trim());
    // 2021: AFG 55.7, TKM 41.4, TJK 31.4, KGZ 17.4, UZB 14.1, KAZ 10.3
    expect(names).to.deep.equal([
      'Afghanistan',
      'Turkmenistan',
      'Tajikistan',
      'Kyrgyzstan',
      'Uzbekistan',
      'Kazakhstan',
    ]);
  });

  it('shows an error for an unknown indicator', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sdg-bar-chart');
    el.indicator = 'nope';
    setTimeout(() => wrapper.append(el));
    const ev = await oneEvent(wrapper, 'sdg-error');
    expect(ev.detail.kind).to.equal('unknown-indicator');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
