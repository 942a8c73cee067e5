import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/i18n/all.js';
import '../../src/components/sdg-value/sdg-value.js';
import type { SdgValue } from '../../src/components/sdg-value/sdg-value.js';

/**
 * Expected values are rows of the raw UN extract (data-raw/sdg/sdg_indicators_central_asia.csv), named
 * where they are used, never read from the element's code:
 * - `KAZ,5,5.5.1,SG_GEN_PARL,2023,27.36,PERCENT,FEMALE,…,C` and `KAZ,…,SG_GEN_PARL,2015,26.17,…,C`
 * - `AFG,…,SG_GEN_PARL,2018,27.71` and `2020,27.02`; no AFG row for 2019
 * - `KAZ,11,11.6.2,EN_ATM_PM25,2019,26.50215,mgr/m^3,,,ALLAREA,,,,E` (an estimate)
 * - `KAZ,7,7.1.2,EG_EGY_CLEAN,2021,>95,PERCENT,,,URBAN,,,,E` and `AFG,…,EG_EGY_CLEAN,2008,<5,…,RURAL,,,,E` (flags)
 * - `AFG,4,4.1.2,SE_TOT_CPLR,2015,25.1721,PERCENT,FEMALE,,ALLAREA,_T,LOWSEC,,C`
 * - VC_VAW_MARR (5.2.1) has no TKM row.
 * Number formats are CLDR's, as Node's full-ICU Intl prints them (`new Intl.NumberFormat('ru', {style: 'percent'})`):
 * en `27.36%`, ru `27,36 %` (no-break space), kk `27,36%`.
 */

async function value(markup: ReturnType<typeof html>): Promise<SdgValue> {
  const wrapper = await fixture<HTMLElement>(html`<p>${markup}</p>`);
  const el = wrapper.querySelector('sdg-value') as SdgValue;
  if (!el.shadowRoot?.querySelector('[part="base"]:not([aria-busy]), [part="error"]')) {
    await Promise.race([oneEvent(el, 'sdg-render'), oneEvent(el, 'sdg-error')]);
  }
  await el.updateComplete;
  return el;
}

/** What a sighted reader sees in the sentence (the tooltip and hidden texts aside). */
function visible(el: SdgValue): string {
  const base = el.shadowRoot!.querySelector('[part="base"], [part="error"]')!;
  const walk = (n: Node): string =>
    [...n.childNodes]
      .map((c) =>
        c.nodeType === Node.TEXT_NODE
          ? c.textContent
          : c instanceof Element && !c.classList.contains('visually-hidden')
            ? walk(c)
            : '',
      )
      .join('');
  return walk(base)
    .replace(/[ \t\n]+/g, ' ')
    .trim();
}

/** The locale's text back to a number: drop group separators (no-break spaces), decimal comma → point. */
function parseLocal(text: string, decimal: string): number {
  const m = new RegExp(`[<>]?(\\d[\\d\\u00a0\\u202f ,.]*)`).exec(text)!;
  const digits = m[1].replace(/[\u00a0\u202f ]/g, '').replace(/,$/, '');
  return Number(decimal === ',' ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, ''));
}

describe('sdg-value', () => {
  it('is accessible, alone and with its tooltip open', async () => {
    const el = await value(html`Women hold <sdg-value indicator="5.5.1" country="KAZ"></sdg-value> of the seats.`);
    await expect(el.parentElement!).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.focus();
    await el.updateComplete;
    await expect(el.parentElement!).to.be.accessible();
  });

  it('prints the latest published value with its year (KAZ 5.5.1: 27.36 in 2023)', async () => {
    const el = await value(html`<sdg-value indicator="5.5.1" country="KAZ" year="latest"></sdg-value>`);
    expect(visible(el)).to.equal('27.36% (2023)');
    expect(el.row?.year).to.equal(2023);
  });

  it('prints the raw CSV value for each of the six countries (latest 5.5.1 rows, hand-copied)', async () => {
    // The last SG_GEN_PARL row per country in the raw CSV (`sort -t, -k5 -n | tail -1`), value as written there.
    const latest: Record<string, [string, string]> = {
      KAZ: ['2023', '27.36'],
      KGZ: ['2023', '20'],
      TJK: ['2023', '26.98'],
      TKM: ['2023', '25.86'],
      UZB: ['2023', '33.57'],
      AFG: ['2022', '27.02'],
    };
    for (const [code, [year, raw]] of Object.entries(latest)) {
      const el = await value(html`<sdg-value indicator="5.5.1" country=${code}></sdg-value>`);
      const shown = visible(el);
      expect(shown.endsWith(`% (${year})`), `${code}: ${shown}`).to.equal(true);
      expect(parseLocal(shown, '.'), code).to.equal(Number(raw));
      // never fewer digits than published (the series' two decimals may add zeros: 20 → 20.00)
      const printed = /\.(\d+)%/.exec(shown)?.[1].length ?? 0;
      expect(printed, code).to.be.at.least(raw.split('.')[1]?.length ?? 0);
    }
  });

  it('formats in Russian and Kazakh: decimal comma, the locale’s percent, year words', async () => {
    const ru = await value(html`<span lang="ru"><sdg-value indicator="5.5.1" country="KAZ"></sdg-value></span>`);
    expect(visible(ru)).to.equal('27,36\u00a0% (2023 г.)');
    const kk = await value(html`<span lang="kk"><sdg-value indicator="5.5.1" country="KAZ"></sdg-value></span>`);
    expect(visible(kk)).to.equal('27,36% (2023 ж.)');
  });

  it('follows a change of the page language and fires sdg-render again', async () => {
    const el = await value(html`<span lang="en"><sdg-value indicator="5.5.1" country="KAZ"></sdg-value></span>`);
    const wrapper = el.parentElement!;
    expect(visible(el)).to.equal('27.36% (2023)');
    const again = oneEvent(el, 'sdg-render');
    wrapper.lang = 'ru';
    await again;
    expect(visible(el)).to.equal('27,36\u00a0% (2023 г.)');
  });

  it('year: exact, nothing from another year without year-tolerance, the earlier year within it', async () => {
    const exact = await value(html`<sdg-value indicator="5.5.1" country="AFG" year="2020"></sdg-value>`);
    expect(visible(exact)).to.equal('27.02% (2020)');
    const none = await value(html`<sdg-value indicator="5.5.1" country="AFG" year="2019"></sdg-value>`);
    expect(visible(none)).to.equal('no data');
    const near = await value(
      html`<sdg-value indicator="5.5.1" country="AFG" year="2019" year-tolerance="1"></sdg-value>`,
    );
    expect(visible(near)).to.equal('27.71% (2018)');
  });

  it('formats: value, year, change since a year (in percentage points)', async () => {
    const v = await value(html`<sdg-value indicator="5.5.1" country="KAZ" format="value"></sdg-value>`);
    expect(visible(v)).to.equal('27.36%');
    const y = await value(html`<sdg-value indicator="5.5.1" country="KAZ" format="year"></sdg-value>`);
    expect(visible(y)).to.equal('2023');
    // 27.36 − 26.17 = 1.19, computed by hand
    const c = await value(html`<sdg-value indicator="5.5.1" country="KAZ" format="change" since="2015"></sdg-value>`);
    expect(visible(c)).to.equal('+1.19 percentage points (2015–2023)');
  });

  it('marks estimates, names the unit and rounds only when asked (PM2.5 KAZ 2019: 26.50215, nature E)', async () => {
    const el = await value(html`<sdg-value indicator="11.6.2" country="KAZ" year="2019"></sdg-value>`);
    expect(visible(el)).to.equal('26.50215\u00a0µg/m³* (2019)');
    expect(el.shadowRoot!.querySelector('[part="base"] .visually-hidden')!.textContent).to.contain('estimate');
    const rounded = await value(
      html`<sdg-value indicator="11.6.2" country="KAZ" year="2019" decimals="1"></sdg-value>`,
    );
    expect(visible(rounded)).to.equal('26.5\u00a0µg/m³* (2019)');
    expect(rounded.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).to.contain('26.50215');
  });

  it('prints flags as published (>95, <5), localised digits, never as numbers', async () => {
    const hi = await value(
      html`<sdg-value indicator="7.1.2" country="KAZ" year="2021" slice="location=URBAN"></sdg-value>`,
    );
    expect(visible(hi)).to.equal('>95%* (2021)');
    const lo = await value(
      html`<sdg-value indicator="7.1.2" country="AFG" year="2008" slice="location=RURAL"></sdg-value>`,
    );
    expect(visible(lo)).to.equal('<5%* (2008)');
    const change = await value(
      html`<sdg-value
        indicator="7.1.2"
        country="KAZ"
        year="2021"
        since="2019"
        format="change"
        slice="location=URBAN"
      ></sdg-value>`,
    );
    expect(visible(change)).to.equal('no data');
  });

  it('slices by sex (AFG lower-secondary completion, girls, 2015: 25.1721)', async () => {
    const el = await value(
      html`<sdg-value indicator="4.1.2" country="AFG" sex="FEMALE" year="2015" format="value"></sdg-value>`,
    );
    expect(parseLocal(visible(el), '.')).to.equal(25.1721);
  });

  it('says "no data" visibly where there is none (5.2.1 Turkmenistan)', async () => {
    const el = await value(html`<sdg-value indicator="5.2.1" country="TKM"></sdg-value>`);
    expect(visible(el)).to.equal('no data');
    await expect(el.parentElement!).to.be.accessible();
  });

  it('has a tooltip with indicator, country, year and source, described to screen readers and dismissed by Escape', async () => {
    const el = await value(html`<sdg-value indicator="5.5.1" country="KAZ"></sdg-value>`);
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    const tip = el.shadowRoot!.getElementById(base.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.textContent).to.contain('Proportion of seats held by women');
    expect(tip.textContent).to.contain('Kazakhstan');
    expect(tip.textContent).to.contain('2023');
    expect(tip.textContent).to.contain('UN Statistics Division');
    base.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(base);
    expect(getComputedStyle(tip).display).to.equal('block');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(getComputedStyle(tip).display).to.equal('none');
  });

  it('shows an inline error and fires sdg-error for an unknown indicator, country or year', async () => {
    for (const markup of [
      html`<sdg-value indicator="99.9.9" country="KAZ"></sdg-value>`,
      html`<sdg-value indicator="5.5.1" country="XYZ"></sdg-value>`,
      html`<sdg-value indicator="5.5.1" country="KAZ" year="twenty"></sdg-value>`,
    ]) {
      const wrapper = await fixture<HTMLElement>(html`<p>${markup}</p>`);
      const el = wrapper.querySelector('sdg-value')!;
      const err = el.shadowRoot?.querySelector('[part="error"]') ? null : await oneEvent(el, 'sdg-error');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('value unavailable');
      if (err) expect(err.detail.message).to.be.a('string').and.not.equal('');
    }
  });
});
