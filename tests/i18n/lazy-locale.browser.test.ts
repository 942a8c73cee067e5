import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController, loadLocale } from '../../src/i18n/localize.js';
import { SdgElement } from '../../src/internal/sdg-element.js';

class LazyProbe extends LitElement {
  localize = new LocalizeController(this);
  override render() {
    return html`<p>${this.localize.term('noData')}</p>`;
  }
}
customElements.define('lazy-locale-probe', LazyProbe);

/** An `sdg-*` element that records what each of its renders showed. */
class ElementProbe extends SdgElement {
  shown: string[] = [];
  override render() {
    return html`<p>
      ${this.localize.term('noData')} ${this.localize.number(1234.5)} ${this.localize.country('KGZ').text}
    </p>`;
  }
  override updated() {
    this.shown.push(this.shadowRoot!.textContent!.replace(/[ \t\n]+/g, ' ').trim());
  }
}
customElements.define('lazy-locale-element-probe', ElementProbe);

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

  it('an sdg-* element renders first in its language (strings, digits, names), not in English first', async () => {
    const el = await fixture<HTMLElement>(
      html`<div lang="ky"><lazy-locale-element-probe></lazy-locale-element-probe></div>`,
    );
    const probe = el.querySelector('lazy-locale-element-probe') as ElementProbe;
    await loadLocale('ky');
    await probe.updateComplete;
    const { default: ky } = await import('../../src/i18n/translations/ky.js');
    // ky groups with a no-break space and writes a decimal comma (CLDR); Кыргызстан is the country's own name.
    expect(probe.shown[0]).to.equal(`${ky.noData} 1\u00a0234,5 Кыргызстан`);
    expect(probe.shown.every((t) => t === probe.shown[0])).to.equal(true);
  });

  it('resolves at once for English and unknown tags', async () => {
    await loadLocale('en');
    await loadLocale('xx-Unknown');
  });
});
