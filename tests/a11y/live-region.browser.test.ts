import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { LocalizeController } from '../../src/i18n/localize.js';
import { LiveRegion, pointText } from '../../src/internal/live-region.js';
import '../../src/i18n/all.js';

class LiveProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  readonly live = new LiveRegion(this, 100);
  override render() {
    return litHtml`<p>probe</p>`;
  }
}
customElements.define('live-probe', LiveProbe);

const region = (el: LiveProbe) => el.shadowRoot!.querySelector('[data-sdg-live]') as HTMLElement;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function probe(lang = 'en') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><live-probe></live-probe></div>`);
  const el = wrapper.querySelector('live-probe') as LiveProbe;
  await el.updateComplete;
  return el;
}

describe('LiveRegion', () => {
  it('is accessible', async () => {
    const el = await probe();
    await expect(el).to.be.accessible();
  });

  it('puts one polite, atomic, visually hidden region in the shadow root, kept across re-renders', async () => {
    const el = await probe();
    const r = region(el);
    expect(r.getAttribute('aria-live')).to.equal('polite');
    expect(r.getAttribute('aria-atomic')).to.equal('true');
    expect(r.getBoundingClientRect().width).to.be.at.most(1);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[data-sdg-live]').length).to.equal(1);
    expect(region(el)).to.equal(r);
  });

  it('speaks only the last of quick announcements, after the delay', async () => {
    const el = await probe();
    el.live.announce('one');
    el.live.announce('two');
    el.live.announce('three');
    expect(region(el).textContent).to.equal('');
    await wait(160);
    expect(region(el).textContent).to.equal('three');
    el.live.announce('four');
    el.live.announce('');
    await wait(160);
    expect(region(el).textContent).to.equal('three');
    el.live.clear();
    expect(region(el).textContent).to.equal('');
  });
});

describe('pointText', () => {
  it('en: name, value with unit, year, marks', async () => {
    const el = await probe('en');
    const text = pointText(el.localize, {
      name: 'Kazakhstan',
      value: '10.2',
      unit: 'per 1,000 live births',
      year: 2020,
      marks: ['estimate'],
    });
    expect(text).to.equal('Kazakhstan, 10.2 per 1,000 live births, 2020, estimate');
  });

  it('does not repeat a unit the value already carries, and skips a missing year', async () => {
    const el = await probe('en');
    expect(pointText(el.localize, { name: 'Kyrgyzstan', value: '99.8%', unit: '%', year: null })).to.equal(
      'Kyrgyzstan, 99.8%',
    );
  });

  it('ps: Arabic comma and Extended Arabic-Indic year digits', async () => {
    const el = await probe('ps');
    const text = pointText(el.localize, { name: 'قزاقستان', value: '۱۰٫۲', year: 2020 });
    expect(text).to.equal('قزاقستان، ۱۰٫۲، ۲۰۲۰');
  });
});
