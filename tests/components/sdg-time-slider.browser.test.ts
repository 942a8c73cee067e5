import { afterEach, describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/sdg-time-slider/sdg-time-slider.js';
import type { SdgTimeSlider } from '../../src/components/sdg-time-slider/sdg-time-slider.js';

/** A plain element with a `year` property, standing in for a map or chart. */
class YearStub extends HTMLElement {
  year: number | undefined;
  history: number[] = [];
  constructor() {
    super();
    let y: number | undefined;
    Object.defineProperty(this, 'year', {
      get: () => y,
      set: (v: number) => {
        y = v;
        this.history.push(v);
      },
    });
  }
}
if (!customElements.get('year-stub')) customElements.define('year-stub', YearStub);

/**
 * 2.2.2 (headline series SH_STA_WAST, default slice age `<5Y`), the six countries, read by hand from the raw UN
 * extract (data-raw/sdg/sdg_indicators_central_asia.csv): rows from 2000 to 2021, none in 2008, 2011, 2020.
 */
const WAST_RANGE: [number, number] = [2000, 2021];
const WAST_MISSING = [2008, 2011, 2020];
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

/** The same years read again from the shipped file, column by column, without the library's selection code. */
async function shippedYears(file: string, dim: string, code: string): Promise<number[]> {
  const f = await (await fetch(`/data/series/${file}.json`)).json();
  const years = new Set<number>();
  f.area.forEach((area: string, i: number) => {
    if (SIX.includes(area) && f.dims[dim].codes[f.dims[dim].index[i]] === code) years.add(f.year[i]);
  });
  return [...years].sort((a, b) => a - b);
}

const input = (el: SdgTimeSlider) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
const playButton = (el: SdgTimeSlider) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="play"]')!;

async function loaded(el: SdgTimeSlider): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="legend"], [part="error"]'), 'no legend', {
    timeout: 5000,
  });
  await el.updateComplete;
}

describe('sdg-time-slider', () => {
  let playing: SdgTimeSlider | null = null;
  afterEach(() => playing?.pause());

  it('is accessible', async () => {
    const el = await fixture<SdgTimeSlider>(html`<sdg-time-slider indicator="2.2.2" value="2011"></sdg-time-slider>`);
    await loaded(el);
    await expect(el).to.be.accessible();
  });

  it('is a native range input named "Year" with the range, value and a localised value text', async () => {
    const el = await fixture<SdgTimeSlider>(
      html`<sdg-time-slider min="2000" max="2023" value="2020"></sdg-time-slider>`,
    );
    const r = input(el);
    expect([r.min, r.max, r.value, r.step]).to.deep.equal(['2000', '2023', '2020', '1']);
    expect(r.labels?.[0]?.textContent).to.contain('Year');
    expect(r.getAttribute('aria-valuetext')).to.equal('2020');
    el.setAttribute('lang', 'fa-AF');
    // The Dari strings and digits load on first use (a cold module in a fresh clone can take seconds under load).
    await waitUntil(() => input(el).getAttribute('aria-valuetext') !== '2020', 'no re-render on lang', {
      timeout: 10_000,
    });
    expect(input(el).getAttribute('aria-valuetext')).to.equal('۲۰۲۰');
    // time runs left to right in right-to-left text (src/i18n/direction.ts)
    expect(el.shadowRoot!.querySelector('[part="slider"]')!.getAttribute('dir')).to.equal('ltr');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('moves by arrows, Page Up/Down (5 years) and Home/End, within the range', async () => {
    const el = await fixture<SdgTimeSlider>(
      html`<sdg-time-slider min="2000" max="2023" value="2020"></sdg-time-slider>`,
    );
    input(el).focus();
    const steps: Array<[string, number]> = [
      ['{ArrowRight}', 2021],
      ['{ArrowUp}', 2022],
      ['{ArrowLeft}', 2021],
      ['{ArrowDown}', 2020],
      ['{PageDown}', 2015],
      ['{PageUp}', 2020],
      ['{PageUp}', 2023],
      ['{ArrowRight}', 2023],
      ['{Home}', 2000],
      ['{ArrowLeft}', 2000],
      ['{PageDown}', 2000],
      ['{End}', 2023],
    ];
    for (const [key, year] of steps) {
      await userEvent.keyboard(key);
      await el.updateComplete;
      expect(el.year, key).to.equal(year);
      expect(input(el).value, key).to.equal(String(year));
      expect(input(el).getAttribute('aria-valuetext')).to.equal(String(year));
    }
  });

  it('has the focus order of its reading order: play, slider, speed, loop', async () => {
    const el = await fixture<SdgTimeSlider>(html`<sdg-time-slider min="2000" max="2023"></sdg-time-slider>`);
    playButton(el).focus();
    const order = [el.shadowRoot!.activeElement];
    for (let i = 0; i < 3; i++) {
      await userEvent.tab();
      order.push(el.shadowRoot!.activeElement);
    }
    expect(order.map((e) => (e as HTMLInputElement).type ?? e?.tagName)).to.deep.equal([
      'button',
      'range',
      'select-one',
      'checkbox',
    ]);
  });

  it('sets `year` on the elements named in `for` and fires sdg-year-change on each change', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <year-stub id="a"></year-stub><year-stub id="b"></year-stub><year-stub id="c"></year-stub>
        <sdg-time-slider for="a b missing" min="2005" max="2015" value="2010"></sdg-time-slider>
      </div>`,
    );
    const el = root.querySelector('sdg-time-slider')!;
    await el.updateComplete;
    const [a, b, c] = ['a', 'b', 'c'].map((id) => root.querySelector<YearStub>(`#${id}`)!);
    expect([a.year, b.year, c.year]).to.deep.equal([2010, 2010, undefined]);

    const years: number[] = [];
    root.addEventListener('sdg-year-change', (e) => years.push(e.detail.year));
    input(el).focus();
    const event = oneEvent(el, 'sdg-year-change');
    await userEvent.keyboard('{ArrowRight}');
    const e = await event;
    expect(e.detail.year).to.equal(2011);
    expect(e.bubbles && e.composed).to.equal(true);
    expect([a.year, b.year]).to.deep.equal([2011, 2011]);
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{End}'); // no change: no event
    await el.updateComplete;
    expect(years).to.deep.equal([2011, 2015]);
    expect(a.history).to.deep.equal([2010, 2011, 2015]);

    // `for` is re-read: a new target gets the current year
    el.htmlFor = 'c';
    await el.updateComplete;
    expect(c.year).to.equal(2015);
  });

  it('follows a target that changes its own year, and passes it to the other targets', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <year-stub id="p"></year-stub><year-stub id="q"></year-stub><year-stub id="other"></year-stub>
        <sdg-time-slider for="p q" min="2000" max="2020" value="2010"></sdg-time-slider>
      </div>`,
    );
    const el = root.querySelector('sdg-time-slider')!;
    await el.updateComplete;
    const [p, q, other] = ['p', 'q', 'other'].map((id) => root.querySelector<YearStub>(`#${id}`)!);
    p.dispatchEvent(new CustomEvent('sdg-year-change', { detail: { year: 2013 }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect([el.year, q.year, input(el).value]).to.deep.equal([2013, 2013, '2013']);
    // an element that is not a target does not move it
    other.dispatchEvent(new CustomEvent('sdg-year-change', { detail: { year: 2001 }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.year).to.equal(2013);
  });

  it('finds targets inside the same shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<year-stub id="m"></year-stub><sdg-time-slider for="m" min="2000" max="2010" value="2004"></sdg-time-slider>';
    const el = shadow.querySelector('sdg-time-slider')!;
    await el.updateComplete;
    expect(shadow.querySelector<YearStub>('#m')!.year).to.equal(2004);
  });

  it('plays one year per interval, changes the button name, stops at the end or loops, and pauses', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <year-stub id="t"></year-stub>
        <sdg-time-slider for="t" min="2000" max="2004" value="2001" interval="40"></sdg-time-slider>
      </div>`,
    );
    const el = (playing = root.querySelector('sdg-time-slider')!);
    const stub = root.querySelector<YearStub>('#t')!;
    await el.updateComplete;
    const years: number[] = [];
    el.addEventListener('sdg-year-change', (e) => years.push(e.detail.year));
    expect(playButton(el).textContent!.trim()).to.equal('Play');

    playButton(el).click();
    await el.updateComplete;
    expect(el.playing).to.equal(true);
    expect(playButton(el).textContent!.trim()).to.equal('Pause');
    await waitUntil(() => !el.playing, 'did not stop at the end', { timeout: 3000 });
    expect(years).to.deep.equal([2002, 2003, 2004]);
    expect(stub.year).to.equal(2004);
    await el.updateComplete;
    expect(playButton(el).textContent!.trim()).to.equal('Play');

    // at the end, play starts again from the first year; with loop it wraps around
    years.length = 0;
    el.loop = true;
    el.speed = 2;
    el.play();
    await waitUntil(() => years.length >= 7, 'did not loop', { timeout: 3000 });
    expect(years.slice(0, 7)).to.deep.equal([2000, 2001, 2002, 2003, 2004, 2000, 2001]);

    playButton(el).click();
    await el.updateComplete;
    expect(el.playing).to.equal(false);
    const stoppedAt = el.year;
    const count = years.length;
    await aTimeout(200);
    expect(years.length).to.equal(count);
    expect(el.year).to.equal(stoppedAt);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(`Paused at ${stoppedAt}`);
  });

  it('marks the years without data of the indicator on the track, with a legend', async () => {
    const shipped = await shippedYears('SH_STA_WAST', 'age', '<5Y');
    const expectedMissing = [];
    for (let y = WAST_RANGE[0]; y <= WAST_RANGE[1]; y++) if (!shipped.includes(y)) expectedMissing.push(y);
    expect(expectedMissing).to.deep.equal(WAST_MISSING);

    const el = await fixture<SdgTimeSlider>(html`<sdg-time-slider indicator="2.2.2"></sdg-time-slider>`);
    await loaded(el);
    const root = el.shadowRoot!;
    // range from the data: first and last year with data
    expect([input(el).min, input(el).max, input(el).value]).to.deep.equal(['2000', '2021', '2021']);
    const ticks = [...root.querySelectorAll<HTMLElement>('.tick')];
    expect(ticks.length).to.equal(22);
    const marked = [...root.querySelectorAll<HTMLElement>('[part~="no-data"]')].map((t) => Number(t.dataset.year));
    expect(marked).to.deep.equal(WAST_MISSING);
    // a distinct look: hollow ring against a filled bar
    const style = (year: number) => getComputedStyle(root.querySelector(`.tick[data-year="${year}"]`)!);
    expect(style(2008).borderRadius).to.not.equal(style(2009).borderRadius);
    expect(root.querySelector('[part="legend"]')!.textContent).to.contain('year without data');

    input(el).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-valuetext')).to.equal('2020, no data');
  });

  it('marks the years of the regional data with level="region"', async () => {
    // raw kaz_sdg_by_region.csv, indicator 16-2-1 (MICS): regional rows in 2010 and 2015 only
    const el = await fixture<SdgTimeSlider>(
      html`<sdg-time-slider level="region" indicator="16.2.1" countries="KAZ"></sdg-time-slider>`,
    );
    await loaded(el);
    expect([input(el).min, input(el).max]).to.deep.equal(['2010', '2015']);
    const marked = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="no-data"]')].map((t) =>
      Number(t.dataset.year),
    );
    expect(marked).to.deep.equal([2011, 2012, 2013, 2014]);
  });

  it('takes years-with-data from the attribute or property over the indicator', async () => {
    const el = await fixture<SdgTimeSlider>(
      html`<sdg-time-slider min="2010" max="2014" years-with-data="2010 2012, 2014"></sdg-time-slider>`,
    );
    const marked = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="no-data"]')].map((t) => Number(t.dataset.year));
    expect(marked()).to.deep.equal([2011, 2013]);
    el.yearsWithData = [2011];
    await el.updateComplete;
    expect(marked()).to.deep.equal([2010, 2012, 2013, 2014]);
  });

  it('shows an error and fires sdg-error for an unknown indicator, and still works', async () => {
    const el = document.createElement('sdg-time-slider');
    el.setAttribute('indicator', '99.9.9');
    const error = oneEvent(el, 'sdg-error');
    await fixture(el);
    const e = await error;
    expect(e.detail.kind).to.equal('unknown-indicator');
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('99.9.9');
    input(el).focus();
    await userEvent.keyboard('{Home}');
    expect(el.year).to.equal(2000);
  });

  it('keeps bad attributes harmless: reversed bounds are swapped, a value outside is clamped', async () => {
    const el = await fixture<SdgTimeSlider>(
      html`<sdg-time-slider min="2020" max="2010" value="1990"></sdg-time-slider>`,
    );
    expect(el.range).to.deep.equal([2010, 2020]);
    expect(el.year).to.equal(2010);
    el.setAttribute('value', 'abc');
    await el.updateComplete;
    expect(el.year).to.equal(2020);
  });
});
