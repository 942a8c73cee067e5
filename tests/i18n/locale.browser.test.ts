import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { LocalizeController } from '../../src/i18n/localize.js';
import '../../src/i18n/all.js';

/**
 * Runs in Chromium, whose own Intl has no CLDR data for kk, uz, ky, tg, tk, ps (it answers in English or with bare
 * region codes). Expected strings are written by hand from CLDR's published charts (territory names, number symbols):
 * kk group U+00A0 and decimal comma; ps/fa-AF Extended Arabic-Indic digits U+06F0–U+06F9, U+066C group, U+066B decimal.
 */
class I18nProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  override render() {
    const t = this.localize;
    const kaz = t.country('KAZ');
    const fallback = t.termWithLang('noData');
    return litHtml`<p><span id="name" lang=${kaz.lang}>${kaz.text}</span>:
      <span id="value">${t.value(1234.5, { decimals: 1 })}</span>
      <span id="year">${t.year(2020)}</span>
      <span id="flag">${t.value('>95')}</span>
      <span id="nodata" lang=${fallback.lang}>${fallback.text}</span></p>`;
  }
}
customElements.define('i18n-probe', I18nProbe);

const part = (el: I18nProbe, id: string) => el.shadowRoot!.getElementById(id)!;

async function probe(lang: string): Promise<{ wrapper: HTMLElement; el: I18nProbe }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <section><i18n-probe></i18n-probe></section>
    </div>`,
  );
  const el = wrapper.querySelector('i18n-probe') as I18nProbe;
  await el.updateComplete;
  return { wrapper, el };
}

describe('LocalizeController in Chromium', () => {
  it('is accessible', async () => {
    const { el } = await probe('ps');
    await expect(el).to.be.accessible();
  });

  it('kk: Kazakh names and numbers, not English', async () => {
    const { el } = await probe('kk');
    expect(part(el, 'name').textContent).to.equal('Қазақстан');
    expect(part(el, 'name').getAttribute('lang')).to.equal('kk');
    expect(part(el, 'value').textContent).to.equal('1\u00a0234,5');
    expect(part(el, 'year').textContent).to.equal('2020');
    expect(el.localize.country('UZB').text).to.equal('Өзбекстан');
    expect(el.localize.country('CAS').text).to.equal('Орталық Азия');
    expect(el.localize.percent(12.5)).to.equal('12,5%');
    expect(el.localize.number(1234567)).to.equal('1\u00a0234\u00a0567');
    expect(el.localize.dir()).to.equal('ltr');
  });

  it('uz-Cyrl: Cyrillic names, not bare codes', async () => {
    const { el } = await probe('uz-Cyrl');
    expect(part(el, 'name').textContent).to.equal('Қозоғистон');
    expect(el.localize.country('UZ').text).to.equal('Ўзбекистон');
    expect(el.localize.country('TJK').text).to.equal('Тожикистон');
    expect(part(el, 'value').textContent).to.equal('1\u00a0234,5');
    expect(el.localize.term('noData')).to.equal('Маълумот йўқ');
  });

  it('ps: Pashto names, Eastern Arabic-Indic digits, right to left', async () => {
    const { el } = await probe('ps');
    expect(part(el, 'name').textContent).to.equal('قزاقستان');
    expect(el.localize.country('AFG').text).to.equal('افغانستان');
    expect(part(el, 'value').textContent).to.equal('۱٬۲۳۴٫۵');
    expect(part(el, 'year').textContent).to.equal('۲۰۲۰');
    expect(part(el, 'flag').textContent).to.equal('>۹۵');
    expect(el.localize.percent(12.5)).to.equal('۱۲٫۵٪');
    expect(el.localize.dir()).to.equal('rtl');
    expect(part(el, 'nodata').getAttribute('lang')).to.equal('ps');
  });

  it('follows a run-time change of an ancestor lang', async () => {
    const { wrapper, el } = await probe('kk');
    expect(part(el, 'name').textContent).to.equal('Қазақстан');
    wrapper.setAttribute('lang', 'ps');
    await new Promise((r) => setTimeout(r, 0)); // MutationObserver callback
    await el.updateComplete;
    expect(part(el, 'name').textContent).to.equal('قزاقستان');
    expect(part(el, 'value').textContent).to.equal('۱٬۲۳۴٫۵');
    wrapper.setAttribute('lang', 'uz-Cyrl');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(part(el, 'name').textContent).to.equal('Қозоғистон');
  });

  it('finds lang across shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="kk"><div id="host"></div></div>`);
    const root = outer.querySelector('#host')!.attachShadow({ mode: 'open' });
    const el = document.createElement('i18n-probe') as I18nProbe;
    root.append(el);
    await el.updateComplete;
    expect(el.localize.lang()).to.equal('kk');
    expect(part(el, 'name').textContent).to.equal('Қазақстан');
  });

  it('marks English fallback strings with lang="en"', async () => {
    const { el } = await probe('de');
    expect(part(el, 'nodata').getAttribute('lang')).to.equal('en');
    expect(part(el, 'name').getAttribute('lang')).to.equal('en');
    expect(part(el, 'name').textContent).to.equal('Kazakhstan');
  });

  it('reads prototype keys as unknown languages: English, no error', async () => {
    for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const { el } = await probe(lang);
      expect(el.localize.locale()).to.equal('en');
      expect(el.localize.term('noData')).to.equal('No data');
      expect(part(el, 'name').textContent).to.equal('Kazakhstan');
      expect(el.localize.dir()).to.equal('ltr');
    }
  });

  it('walks the ancestors once per update, not once per string', async () => {
    const { el } = await probe('ru');
    let reads = 0;
    const wrapper = el.closest('div')!;
    const getAttribute = wrapper.getAttribute;
    wrapper.getAttribute = function (this: Element, name: string) {
      if (name === 'lang') reads++;
      return getAttribute.call(this, name);
    };
    try {
      el.requestUpdate();
      await el.updateComplete;
      // The render asks for a name, a fallback string, a value, a year and a flag: one walk.
      expect(reads).to.equal(1);
      reads = 0;
      for (let i = 0; i < 20; i++) el.localize.term('noData');
      expect(reads).to.equal(1);
      expect(el.localize.term('noData')).to.equal('Нет данных');
    } finally {
      wrapper.getAttribute = getAttribute;
    }
  });

  it('follows a language change on an ancestor after caching the old one', async () => {
    const { wrapper, el } = await probe('ru');
    expect(el.localize.lang()).to.equal('ru');
    wrapper.setAttribute('lang', 'kk');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.localize.lang()).to.equal('kk');
    expect(part(el, 'name').textContent).to.equal('Қазақстан');
  });
});
