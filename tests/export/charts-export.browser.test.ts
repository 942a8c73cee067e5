import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../src/components/sdg-trend-chart/sdg-trend-chart.js';
import '../../src/components/sdg-bar-chart/sdg-bar-chart.js';
import '../../src/components/sdg-dashboard/sdg-dashboard.js';
import type { SdgElement } from '../../src/internal/sdg-element.js';

/**
 * The Download menu (SVG, PNG 1×, PNG 2×, CSV) of the trend chart, bar chart and dashboard, and their CSV: values as
 * published, read independently from the shipped files (data/series/SH_DYN_MORT.json, data/progress.json), not from
 * the elements' tables (which show formatted text such as "57.8 per 1,000 live births *").
 */
async function load<T extends SdgElement>(markup: ReturnType<typeof html>, tag: string): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 800px">${markup}</div>`);
  const el = wrapper.querySelector(tag) as T;
  if (!el.shadowRoot?.querySelector('[part="source"], [part="error"]')) {
    await Promise.race([oneEvent(el, 'sdg-render'), oneEvent(el, 'sdg-error')]);
  }
  await el.updateComplete;
  return el;
}

/** Both-sexes under-five mortality as published: `${area} ${year}` → value (as text, as the file writes it). */
async function u5(): Promise<Map<string, string>> {
  const s = await (await fetch('/data/series/SH_DYN_MORT.json')).json();
  const both = s.dims.sex.codes.indexOf('BOTHSEX');
  const out = new Map<string, string>();
  s.area.forEach((a: string, i: number) => {
    if (s.dims.sex.index[i] === both) out.set(`${a} ${s.year[i]}`, String(s.value[i]));
  });
  return out;
}

async function menuChecks(el: SdgElement) {
  await expect(el).to.be.accessible();
  const menu = el.shadowRoot!.querySelector('[part~="export"]') as HTMLDetailsElement;
  expect(menu, 'download menu').to.exist;
  menu.open = true;
  await el.updateComplete;
  const labels = [...menu.querySelectorAll('button')].map((b) => b.textContent!.trim());
  expect(labels).to.deep.equal(['SVG', 'PNG 1×', 'PNG 2×', 'CSV']);
  await expect(el).to.be.accessible();
  menu.open = false;
}

const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

describe('export menu of the charts and dashboard', () => {
  it('sdg-bar-chart: menu, and CSV with the 2020 values as published (not as formatted)', async () => {
    const el = await load(html`<sdg-bar-chart indicator="3.2.1" year="2020"></sdg-bar-chart>`, 'sdg-bar-chart');
    await menuChecks(el);
    const pub = await u5();
    const rows = csvParse(await el.toCSV());
    expect(rows.map((r) => r.code).sort()).to.deep.equal([...SIX].sort());
    for (const r of rows) {
      expect(r.year, r.code).to.equal('2020');
      expect(r.value, r.code).to.equal(pub.get(`${r.code} 2020`));
    }
    // Hand-checked against the raw UN extract: AFG 57.8, KAZ 10.2 in 2020.
    expect(rows.find((r) => r.code === 'AFG')!.value).to.equal('57.8');
    expect(rows.find((r) => r.code === 'KAZ')!.value).to.equal('10.2');
    expect(rows.every((r) => r.unit === 'PER_1000_LIVE_BIRTHS')).to.be.true;
  });

  it('sdg-trend-chart: menu, and CSV with one row per line and year, values as published', async () => {
    const el = await load(
      html`<sdg-trend-chart indicator="3.2.1" aggregates="WLD"></sdg-trend-chart>`,
      'sdg-trend-chart',
    );
    await menuChecks(el);
    const pub = await u5();
    const rows = csvParse(await el.toCSV());
    const years = rows.map((r) => Number(r.year));
    const [lo, hi] = [Math.min(...years), Math.max(...years)];
    for (const code of [...SIX, 'WLD']) {
      const mine = rows.filter((r) => r.code === code);
      const expected = [...pub.keys()].filter((k) => {
        const [a, y] = k.split(' ');
        return a === code && Number(y) >= lo && Number(y) <= hi;
      });
      expect(mine.length, code).to.equal(expected.length);
      expect(mine.length, code).to.be.greaterThan(5);
      for (const r of mine) expect(r.value, `${code} ${r.year}`).to.equal(pub.get(`${code} ${r.year}`));
    }
    // The table itself shows formatted text; the CSV keeps the number (Afghanistan 2020: 57.8 in the raw extract).
    expect(rows.find((r) => r.code === 'AFG' && r.year === '2020')!.value).to.equal('57.8');
  });

  it('sdg-dashboard: menu, and CSV with one row per country and goal, ratings as in data/progress.json', async () => {
    const el = await load(html`<sdg-dashboard></sdg-dashboard>`, 'sdg-dashboard');
    await menuChecks(el);
    const progress = await (await fetch('/data/progress.json')).json();
    const rows = csvParse(await el.toCSV());
    const expected = progress.areas.flatMap((a: string) =>
      progress.ratings[a].map((g: { goal: number; status: string; trend: string; statusCount: number }) =>
        [a, String(g.goal), g.status, g.trend, String(g.statusCount)].join(' '),
      ),
    );
    expect(rows.map((r) => [r.code, r.goal, r.status, r.trend, r.statusCount].join(' ')).sort()).to.deep.equal(
      expected.sort(),
    );
    expect(rows.length).to.equal(6 * 17);
    // the goals' drivers and the thin / old marks travel with the CSV
    const marks = progress.areas.flatMap((a: string) =>
      progress.ratings[a].map((g: { goal: number; drivers?: string[]; thin?: true; old?: true }) =>
        [a, String(g.goal), (g.drivers ?? []).join(' '), g.thin ? '1' : '0', g.old ? '1' : '0'].join('|'),
      ),
    );
    expect(rows.map((r) => [r.code, r.goal, r.drivers, r.thin, r.old].join('|')).sort()).to.deep.equal(marks.sort());
  });
});
