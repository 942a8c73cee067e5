import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

/**
 * Every element has an accessible name with its title and year(s), and a generated text summary of what it shows.
 * Expected values are read from the shipped series file (data/series/SH_DYN_MORT.json), both sexes, 2020.
 */

async function published2020(): Promise<Record<string, number>> {
  const s = await (await fetch('/data/series/SH_DYN_MORT.json')).json();
  const both = s.dims.sex.codes.indexOf('BOTHSEX');
  const out: Record<string, number> = {};
  s.area.forEach((a: string, i: number) => {
    if (s.year[i] === 2020 && s.dims.sex.index[i] === both) out[a] = s.value[i];
  });
  return out;
}

/** Renders, then waits until the element shows its drawing (its events may fire before a listener is added). */
async function drawn<T extends HTMLElement>(template: unknown): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en" style="width: 800px">${template}</div>`);
  const el = wrapper.firstElementChild as T;
  const ready = () =>
    el.shadowRoot?.querySelector(
      '[part~="summary"]:not(:empty), desc:not(:empty), .spark[aria-label]:not([aria-label=""]), [part~="error"]',
    );
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 50));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** The text of the ids an element's aria-describedby points to (inside its shadow root). */
function described(root: ShadowRoot, host: Element): string {
  const ids = host.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe('names and summaries', () => {
  it('bar chart: named with title and year; summary ranks the countries with their values', async () => {
    const el = await drawn(html`<sdg-bar-chart indicator="3.2.1" year="2020"></sdg-bar-chart>`);
    await expect(el).to.be.accessible();
    const v = await published2020();
    const plot = el.shadowRoot!.querySelector('[part="plot"]')!;
    expect(plot.getAttribute('aria-label')).to.match(/Under.5 mortality rate.*2020/);
    const text = described(el.shadowRoot!, plot);
    const codes = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'].sort((a, b) => v[b] - v[a]);
    const names: Record<string, string> = {
      KAZ: 'Kazakhstan',
      KGZ: 'Kyrgyzstan',
      TJK: 'Tajikistan',
      TKM: 'Turkmenistan',
      UZB: 'Uzbekistan',
      AFG: 'Afghanistan',
    };
    // Highest first, lowest last, each with its published value.
    const positions = codes.map((c) => text.indexOf(`${names[c]} ${v[c]}`));
    expect(
      positions.every((p) => p >= 0),
      text,
    ).to.equal(true);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
  });

  it('trend chart: named with title and years; summary gives each line its first and last value', async () => {
    const el = await drawn(html`<sdg-trend-chart indicator="3.2.1"></sdg-trend-chart>`);
    // The chart's model waits for its measured width: its label carries the years once it is drawn.
    const label = () => el.shadowRoot!.querySelector('[part="plot"]')?.getAttribute('aria-label') ?? '';
    for (let i = 0; i < 100 && !/\d–\d/.test(label()); i++) await new Promise((r) => setTimeout(r, 50));
    const plot = el.shadowRoot!.querySelector('[part="plot"]')!;
    expect(plot.getAttribute('aria-label')).to.match(/Under.5 mortality rate.*2000.2021/);
    const text = described(el.shadowRoot!, plot);
    for (const n of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'Afghanistan'])
      expect(text).to.contain(n);
  });

  it('map: named with title and year; description names the highest and lowest country', async () => {
    const el = await drawn(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const v = await published2020();
    const svg = el.shadowRoot!.querySelector('svg[part="svg"]')!;
    expect(svg.getAttribute('aria-label')).to.match(/Under.5 mortality rate.*2020/);
    const text = described(el.shadowRoot!, svg);
    const six = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
    const high = six.reduce((a, b) => (v[a] >= v[b] ? a : b));
    const low = six.reduce((a, b) => (v[a] <= v[b] ? a : b));
    expect([high, low]).to.deep.equal(['AFG', 'KAZ']);
    expect(text).to.contain(`highest in Afghanistan (${v.AFG})`);
    expect(text).to.contain(`lowest in Kazakhstan (${v.KAZ})`);
  });

  it('dashboard: the grid is described by a count of ratings per country, 17 goals each', async () => {
    const el = await drawn(html`<sdg-dashboard></sdg-dashboard>`);
    const grid = el.shadowRoot!.querySelector('[part="grid"]')!;
    const text = described(el.shadowRoot!, grid);
    const rows = text.split(/\.\s*/).filter((r) => /:/.test(r));
    expect(rows.length).to.equal(6);
    for (const row of rows) {
      const total = [...row.matchAll(/ (\d+)(?=,|$)/g)].reduce((s, m) => s + Number(m[1]), 0);
      expect(total, row).to.equal(17);
    }
  });

  it('sparkline: the sentence names the country, first and last values with years', async () => {
    const el = await drawn(html`<sdg-sparkline indicator="3.2.1" country="KAZ"></sdg-sparkline>`);
    const label = el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')!;
    expect(label).to.match(/Kazakhstan.*\d{4}.*\d{4}/);
  });
});
