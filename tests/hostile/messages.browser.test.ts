import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/i18n/all.js';

/** Messages that say what is wrong (issue #12): the goal, the country code, and no Retry where retrying cannot help. */
async function settle(el: Element): Promise<void> {
  for (
    let i = 0;
    i < 400 && !el.shadowRoot?.querySelector('[part~="error"], [part~="grid"], [part~="base"] svg');
    i++
  ) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('unknown goal', () => {
  it('<sdg-goal-badge goal="18"> names the goal and the accepted numbers, not an indicator, and offers no Retry', async () => {
    const el = await fixture(html`<sdg-goal-badge goal="18"></sdg-goal-badge>`);
    await settle(el);
    const box = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(box.textContent).to.include('goal “18”');
    expect(box.textContent).to.include('1 to 17');
    expect(box.textContent).not.to.include('indicator');
    expect(box.querySelector('button')).to.equal(null);
  });

  it("is said in the reader's language (ru)", async () => {
    const el = await fixture(html`<sdg-goal-badge goal="18" lang="ru"></sdg-goal-badge>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.include('Неизвестная цель «18»');
  });

  it('<sdg-dashboard goals="3 abc"> names "abc", not NaN', async () => {
    const el = await fixture(html`<sdg-dashboard goals="3 abc"></sdg-dashboard>`);
    await settle(el);
    const text = el.shadowRoot!.querySelector('[part~="error"]')!.textContent!;
    expect(text).to.include('“abc”');
    expect(text).not.to.include('NaN');
  });
});

describe('unknown country codes', () => {
  it('<sdg-dashboard countries="KAZ XYZ"> draws Kazakhstan and says XYZ is unknown, with an sdg-error', async () => {
    const errors: CustomEvent[] = [];
    const wrap = await fixture<HTMLElement>(
      html`<div @sdg-error=${(e: CustomEvent) => errors.push(e)}>
        <sdg-dashboard countries="KAZ XYZ" goals="3"></sdg-dashboard>
      </div>`,
    );
    const el = wrap.querySelector('sdg-dashboard')!;
    await settle(el);
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="grid"] tbody th[scope="row"]')].map((th) =>
      th.textContent!.trim(),
    );
    expect(rows).to.deep.equal(['Kazakhstan']);
    const notice = el.shadowRoot!.querySelector('[part~="notice"]')!;
    expect(notice.textContent).to.include('“XYZ”');
    expect(notice.textContent).to.include('KAZ');
    expect(errors.map((e) => e.detail.kind)).to.include('unknown-country');
  });

  it('says so in Kazakh', async () => {
    const el = await fixture(html`<sdg-dashboard countries="KAZ XYZ" goals="3" lang="kk"></sdg-dashboard>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.include('Белгісіз ел коды «XYZ»');
  });

  it('with no known code at all, the error names the codes given', async () => {
    const el = await fixture(html`<sdg-dashboard countries="XYZ"></sdg-dashboard>`);
    await settle(el);
    const box = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(box.textContent).to.include('“XYZ”');
    expect(box.querySelector('button')).to.equal(null);
  });
});

describe('Retry only where retrying can help', () => {
  it('an unknown indicator offers no Retry', async () => {
    const el = await fixture(html`<sdg-trend-chart indicator="99.9.9"></sdg-trend-chart>`);
    await settle(el);
    const box = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(box.textContent).to.include('99.9.9');
    expect(box.querySelector('button')).to.equal(null);
  });

  it('a failed load does offer it', async () => {
    const el = await fixture(html`<sdg-trend-chart indicator="3.2.1" data-base="/no-such-folder/"></sdg-trend-chart>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="error"] button')).not.to.equal(null);
  });
});

describe('sdg-render on every element', () => {
  it('the slider fires sdg-render once it is drawn', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sdg-time-slider');
    el.setAttribute('min', '2000');
    el.setAttribute('max', '2010');
    const rendered = oneEvent(el, 'sdg-render');
    wrap.append(el);
    const { detail } = await rendered;
    expect(detail.year).to.equal(2010);
  });
});

describe('years given as nonsense are not shown as data', () => {
  it('bar chart year="abc" ranks by the latest year, never "NaN"', async () => {
    const el = await fixture(html`<sdg-bar-chart indicator="3.2.1" year="abc"></sdg-bar-chart>`);
    await settle(el);
    expect(el.shadowRoot!.textContent).not.to.include('NaN');
  });
  it('map year="" is not titled "… 0"', async () => {
    const el = await fixture(html`<div style="width: 600px"><sdg-map indicator="3.2.1" year=""></sdg-map></div>`);
    const map = el.querySelector('sdg-map')!;
    if (!map.shadowRoot?.querySelector('[part~="title"]')) await oneEvent(map, 'sdg-render');
    expect(map.shadowRoot!.querySelector('[part~="title"]')!.textContent).not.to.match(/\b0\s*$/);
  });
});
