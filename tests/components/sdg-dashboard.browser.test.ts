import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-dashboard/sdg-dashboard.js';
import type { SdgDashboard } from '../../src/components/sdg-dashboard/sdg-dashboard.js';

/**
 * Hand-checked cells, from the raw UN extract (data-raw/sdg/sdg_indicators_central_asia.csv) and the targets
 * of data/targets.json, by the rules of stories/progress-method.mdx (score = 100 × (v − lower) / (target − lower);
 * close ≥ 90, far ≥ 50; a goal is the mean of its two lowest scores, met only when every indicator is met):
 * - goal 10, KAZ: 10.c.1 1.53 < 3 met, 10.2.1 3.8 is the best performer's value → met. AFG: 10.c.1 only, 8.39 against
 *   < 3 with bound 9 → 100 × (8.39 − 9) / (3 − 9) = 10.2 → very far, thin. TKM has no value → not enough data.
 * - goal 16, UZB: birth registration 100 met, violence against children 62.21 (bound 79.315) → 21.6; mean 60.8 → far.
 *   AFG: birth registration 42.3 (2015) below the bound 50 → 0, very far, thin and old.
 * - goal 3, KAZ: HIV 0.18297 (bound 0.25908) → 29.4 and NCD 37.5 are the two lowest → 33.4 → very far.
 */
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

async function dashboard(markup: ReturnType<typeof html>, width = 1200): Promise<SdgDashboard> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const el = wrapper.querySelector('sdg-dashboard') as SdgDashboard;
  if (!el.shadowRoot?.querySelector('[part="grid"], [part="error"]')) {
    await Promise.race([oneEvent(el, 'sdg-render'), oneEvent(el, 'sdg-error')]);
  }
  await el.updateComplete;
  return el;
}
const cells = (el: SdgDashboard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('td[part~="cell"]')];
const cell = (el: SdgDashboard, area: string, goal: number) => cells(el)[SIX.indexOf(area) * 17 + goal - 1];
const key = (el: HTMLElement, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
const active = (el: SdgDashboard) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('sdg-dashboard', () => {
  it('is accessible', async () => {
    const el = await dashboard(html`<sdg-dashboard></sdg-dashboard>`);
    await expect(el).to.be.accessible();
  });

  it('shows 6 × 17 cells, each with its status and trend as text as well as symbols', async () => {
    const el = await dashboard(html`<sdg-dashboard></sdg-dashboard>`);
    const all = cells(el);
    expect(all).to.have.length(102);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim());
    expect(rows).to.deep.equal(['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'Afghanistan']);
    for (const c of all) {
      const text = c.querySelector('.visually-hidden')!.textContent!;
      expect(text).to.match(
        /Target met|Close to target|Far from target|Very far from target|Not enough data|No numeric target|Not applicable/,
      );
      expect(text).to.match(/On track|maintained|Moderately improving|Improving|Stagnating|Worsening|No trend/);
      expect(c.querySelector('.sym')!.textContent!.trim() || c.querySelector('.meter')).to.be.ok;
    }
  });

  it('rates the hand-checked cells as the method says', async () => {
    const el = await dashboard(html`<sdg-dashboard></sdg-dashboard>`);
    expect(cell(el, 'KAZ', 10).dataset.status).to.equal('achieved');
    expect(cell(el, 'AFG', 10).dataset.status).to.equal('very-far');
    expect(cell(el, 'AFG', 10).dataset.thin).to.equal('true');
    expect(cell(el, 'AFG', 10).querySelector('.visually-hidden')!.textContent).to.contain(
      'rests on one indicator only',
    );
    expect(cell(el, 'TKM', 10).dataset.status).to.equal('insufficient');
    expect(cell(el, 'UZB', 16).dataset.status).to.equal('far');
    expect(cell(el, 'AFG', 16).dataset.status).to.equal('very-far');
    expect(cell(el, 'AFG', 16).dataset.old).to.equal('true');
    expect(cell(el, 'AFG', 16).querySelector('.visually-hidden')!.textContent).to.contain('read from old data (2015)');
    expect(cell(el, 'KAZ', 3).dataset.status).to.equal('very-far');
    expect(cell(el, 'KAZ', 3).querySelector('.visually-hidden')!.textContent).to.contain('status from 7 indicator(s)');
    // goal 14 (oceans): not applicable to landlocked countries, and said so
    for (const a of SIX) expect(cell(el, a, 14).dataset.status).to.equal('not-applicable');
    expect(cell(el, 'KAZ', 14).querySelector('.visually-hidden')!.textContent).to.contain('landlocked');
  });

  it("each cell's status follows from the indicators listed on its second level", async () => {
    const el = await dashboard(html`<sdg-dashboard countries="AFG"></sdg-dashboard>`);
    for (let goal = 1; goal <= 17; goal++) {
      const top = cells(el)[goal - 1].dataset.status!;
      el.country = 'AFG';
      el.goal = goal;
      await el.updateComplete;
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-score]')];
      const scores = rows.map((tr) => Number(tr.dataset.score)).sort((x, y) => x - y);
      if (scores.length) {
        const worst = scores.slice(0, 2);
        const mean = worst.reduce((a, b) => a + b) / worst.length;
        const allMet = rows.every((tr) => tr.dataset.status === 'achieved');
        expect(top, `goal ${goal}`).to.equal(
          allMet ? 'achieved' : mean >= 90 ? 'close' : mean >= 50 ? 'far' : 'very-far',
        );
        // the drivers are marked on the second level
        expect(el.shadowRoot!.querySelectorAll('tbody tr[data-driver]').length, `goal ${goal}`).to.equal(worst.length);
      } else expect(['insufficient', 'no-target', 'not-applicable']).to.include(top);
      el.country = null;
      el.goal = null;
      await el.updateComplete;
    }
  });

  it('moves by arrow keys, opens a goal with Enter and returns with Escape (focus restored)', async () => {
    const el = await dashboard(html`<sdg-dashboard></sdg-dashboard>`);
    const first = cells(el)[0];
    expect(first.tabIndex).to.equal(0);
    expect(cells(el).filter((c) => c.tabIndex === 0)).to.have.length(1);
    first.focus();
    key(first, 'ArrowRight');
    await el.updateComplete;
    expect(active(el)).to.equal(cell(el, 'KAZ', 2));
    key(active(el)!, 'ArrowDown');
    await el.updateComplete;
    expect(active(el)).to.equal(cell(el, 'KGZ', 2));
    key(active(el)!, 'End');
    await el.updateComplete;
    expect(active(el)).to.equal(cell(el, 'KGZ', 17));
    key(active(el)!, 'Home');
    key(active(el)!, 'ArrowRight');
    key(active(el)!, 'ArrowRight');
    await el.updateComplete;
    const select = oneEvent(el, 'sdg-select');
    key(active(el)!, 'Enter');
    const { detail } = await select;
    expect(detail).to.include({ code: 'KGZ', goal: 3 });
    await el.updateComplete;
    expect(el.getAttribute('country')).to.equal('KGZ');
    expect(el.getAttribute('goal')).to.equal('3');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-indicator'));
    expect(rows).to.include.members(['3.1.1', '3.2.1', '3.2.2', '3.3.2', '3.4.1']);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Kyrgyzstan');
    // second level: Enter on an indicator selects it
    key(active(el)!, 'ArrowDown');
    key(active(el)!, 'ArrowDown');
    await el.updateComplete;
    const pick = oneEvent(el, 'sdg-select');
    key(active(el)!, 'Enter');
    const picked = (await pick).detail;
    expect(picked).to.include({ code: 'KGZ', goal: 3, indicator: rows[2] });
    key(active(el)!, 'Escape');
    await el.updateComplete;
    expect(el.hasAttribute('country')).to.equal(false);
    expect(active(el)).to.equal(cell(el, 'KGZ', 3));
  });

  it('lists the indicators with a target first, those without one (trend only) apart after them', async () => {
    const el = await dashboard(html`<sdg-dashboard country="KAZ" goal="3"></sdg-dashboard>`);
    const statuses = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="grid"] tbody tr')].map(
      (tr) => tr.dataset.status,
    );
    const firstWithout = statuses.indexOf('no-target');
    expect(firstWithout).to.be.greaterThan(0);
    expect(statuses.slice(firstWithout).every((s) => s === 'no-target')).to.equal(true);
  });

  it('opens a cell by click and goes back with the button', async () => {
    const el = await dashboard(html`<sdg-dashboard></sdg-dashboard>`);
    cell(el, 'TJK', 6).click();
    await el.updateComplete;
    expect(el.goal).to.equal(6);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await el.updateComplete;
    expect(cells(el)).to.have.length(102);
  });

  it('shows the values, years, target, bound, score and bases behind a rating (TJK 3.2.1: 31.4, ≤ 25, bound 75 → 87.2)', async () => {
    const el = await dashboard(html`<sdg-dashboard country="TJK" goal="3"></sdg-dashboard>`);
    const row = el.shadowRoot!.querySelector('tr[data-indicator="3.2.1"]')!;
    const text = row.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Far from target');
    expect(text).to.contain('score 87 of 100');
    expect(text).to.contain('lower bound 75');
    expect(text).to.contain('at least as low as 25 per 1,000 live births');
    expect(text).to.contain('three times the target value');
    expect(text).to.contain('31.4');
    expect(text).to.contain('2021');
    expect(text).to.contain('≤ 25');
    expect(text).to.contain('37.4');
  });

  it('a single country gives one row of 17', async () => {
    const el = await dashboard(html`<sdg-dashboard countries="KGZ"></sdg-dashboard>`);
    expect(cells(el)).to.have.length(17);
  });

  it('has a legend explaining every symbol, a data table and a source line', async () => {
    const el = await dashboard(html`<sdg-dashboard></sdg-dashboard>`);
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    for (const t of [
      'Target met',
      'Close to target',
      'Far from target',
      'Very far from target',
      'Not enough data',
      'On track',
      'Worsening',
    ])
      expect(legend).to.contain(t);
    expect(el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')).to.have.length(102);
    expect(el.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain('UN Statistics Division');
  });

  it('on a phone shows countries as columns, one row per goal, with nothing scrolled sideways', async () => {
    const el = await dashboard(html`<sdg-dashboard></sdg-dashboard>`, 360);
    await expect(el).to.be.accessible();
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    const box = scroller.getBoundingClientRect();
    for (const c of cells(el)) {
      const r = c.getBoundingClientRect();
      expect(r.left).to.be.at.least(box.left - 0.5);
      expect(r.right).to.be.at.most(box.right + 0.5);
    }
    // goal 2 below goal 1; Kyrgyzstan to the side of Kazakhstan, its name above its column
    const top = (e: Element) => e.getBoundingClientRect().top;
    const left = (e: Element) => e.getBoundingClientRect().left;
    expect(top(cell(el, 'KAZ', 2))).to.be.greaterThan(top(cell(el, 'KAZ', 1)) + 10);
    expect(top(cell(el, 'KGZ', 1))).to.be.closeTo(top(cell(el, 'KAZ', 1)), 1);
    expect(left(cell(el, 'KGZ', 1))).to.be.greaterThan(left(cell(el, 'KAZ', 1)) + 10);
    const names = el.shadowRoot!.querySelectorAll('tbody th[scope="row"]');
    expect(names[1].getBoundingClientRect().bottom).to.be.at.most(top(cell(el, 'KGZ', 1)) + 0.5);
  });

  it('on a phone the arrow keys follow the turned layout', async () => {
    const el = await dashboard(html`<sdg-dashboard></sdg-dashboard>`, 360);
    const first = cell(el, 'KAZ', 1);
    first.focus();
    key(first, 'ArrowDown');
    await el.updateComplete;
    expect(active(el)).to.equal(cell(el, 'KAZ', 2));
    key(active(el)!, 'ArrowRight');
    await el.updateComplete;
    expect(active(el)).to.equal(cell(el, 'KGZ', 2));
  });

  it('an unknown country is named in a notice and an sdg-error, and the known ones are drawn', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sdg-dashboard');
    el.countries = 'KAZ XYZ';
    const event = oneEvent(el, 'sdg-error');
    wrapper.append(el);
    const { detail } = await event;
    expect(detail.kind).to.equal('unknown-country');
    await oneEvent(el, 'sdg-render');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('XYZ');
    expect(el.shadowRoot!.querySelectorAll('[part~="grid"] tbody tr').length).to.equal(1);
  });

  it('a missing data folder shows a fetch error with Retry', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sdg-dashboard');
    el.dataBase = '/no-such-folder/';
    const event = oneEvent(el, 'sdg-error');
    wrapper.append(el);
    expect((await event).detail.kind).to.equal('fetch');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"] button')).to.exist;
  });
});
