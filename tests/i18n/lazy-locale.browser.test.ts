import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController, loadLocale } from '../../src/i18n/localize.js';

class LazyProbe extends LitElement {
  localize = new LocalizeController(this);
  override render() {
    return html`<p>${this.localize.term('noData')}</p>`;
  }
}
customElements.define('lazy-locale-probe', LazyProbe);

describe('lazy locales', () => {
  it('loads a shipped locale on first use and re-renders in it', async () => {
    const el = await fixture<LazyProbe>(html`<div lang="tg"><lazy-locale-probe></lazy-locale-probe></div>`);
    const probe = el.querySelector('lazy-locale-probe') as LazyProbe;
    await loadLocale('tg');
    await probe.updateComplete;
    const { default: tg } = await import('../../src/i18n/translations/tg.js');
    expect(probe.shadowRoot!.textContent!.trim()).to.equal(tg.noData);
    expect(tg.noData).to.not.equal('No data');
  });

  it('resolves at once for English and unknown tags', async () => {
    await loadLocale('en');
    await loadLocale('xx-Unknown');
  });
});
