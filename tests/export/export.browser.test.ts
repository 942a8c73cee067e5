import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { csvParse, csvParseRows } from 'd3-dsv';
import { LitElement, css, html as litHtml } from 'lit';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';
import { SdgElement } from '../../src/internal/sdg-element.js';
import { toCSV, toPNG, toSVG } from '../../src/internal/export.js';

/**
 * Expected values are read from the raw UN extract (data-raw/sdg/sdg_indicators_central_asia.csv):
 * SH_DYN_MORT (3.2.1), both sexes, 2020: AFG 57.8, TKM 42.2, TJK 32.5, KGZ 17.8, UZB 14.7, KAZ 10.2 (all estimates);
 * SN_ITK_DEFC (2.1.1), 2020: KAZ and UZB published as `<2.5`.
 */
const U5_2020: Record<string, string> = {
  AFG: '57.8',
  TKM: '42.2',
  TJK: '32.5',
  KGZ: '17.8',
  UZB: '14.7',
  KAZ: '10.2',
};

async function map(markup: ReturnType<typeof html>, width = 800): Promise<SdgMap> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const el = wrapper.querySelector('sdg-map') as SdgMap;
  if (!el.shadowRoot?.querySelector('[part="svg"], [part="error"]')) {
    await Promise.race([oneEvent(el, 'sdg-render'), oneEvent(el, 'sdg-error')]);
  }
  await el.updateComplete;
  return el;
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
const luminance = (rgb: string) => {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b;
};

/** A minimal element with an HTML title, legend and table: export must not depend on sdg-map's internals. */
class ExportProbe extends SdgElement {
  static override styles = [
    ...SdgElement.styles,
    css`
      .ramp {
        height: 10px;
        width: 120px;
        background: linear-gradient(to right, rgb(255, 0, 0) 0%, rgb(0, 0, 255) 100%);
      }
    `,
  ];
  override render() {
    return litHtml`<div part="title">Probe title 2020</div>
      <svg part="svg" width="100" height="50" viewBox="0 0 100 50" role="img" aria-label="probe">
        <rect data-id="A" width="40" height="50" style="fill: var(--_sdg-color-focus)"></rect>
      </svg>
      <div part="legend"><div class="ramp"></div><span>low</span> <span>high</span></div>
      <table part="table"><thead><tr><th>Name</th><th>Value</th></tr></thead>
        <tbody><tr><th>=HYPERLINK("x")</th><td>1.5</td></tr><tr><th>-minus</th><td>-2</td></tr></tbody></table>
      ${this.renderSource('Probe source')} ${this.renderExportMenu()}`;
  }
}
customElements.define('export-probe', ExportProbe);

describe('export', () => {
  it('the download menu is accessible and offers SVG, PNG 1×, PNG 2× and CSV', async () => {
    const el = await fixture<ExportProbe>(html`<export-probe></export-probe>`);
    await expect(el).to.be.accessible();
    const menu = el.shadowRoot!.querySelector('[part="export"]')!;
    expect(menu.localName).to.equal('details');
    const labels = [...menu.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['SVG', 'PNG 1×', 'PNG 2×', 'CSV']);
    expect(menu.querySelector('button')!.getAttribute('aria-label')).to.equal('Download as SVG');
  });

  it('a menu choice saves a file named after the title', async () => {
    const el = await fixture<ExportProbe>(html`<export-probe></export-probe>`);
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      (el.shadowRoot!.querySelector('button[data-format="csv"]') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0].download).to.equal('probe-title-2020.csv');
    expect(el.shadowRoot!.querySelector('details')!.open).to.equal(false);
  });

  it('re-draws HTML title, legend gradient and source as SVG, and leaves controls and the table out', async () => {
    const el = await fixture<ExportProbe>(html`<export-probe></export-probe>`);
    const doc = parse(await el.toSVG());
    expect(doc.querySelector('parsererror')).to.equal(null);
    const words = texts(doc);
    expect(words).to.contain('Probe title 2020').and.contain('Probe source').and.contain('low').and.contain('high');
    expect(words).not.to.contain('Download').and.not.to.contain('HYPERLINK');
    const stops = [...doc.querySelectorAll('linearGradient stop')].map((s) => s.getAttribute('stop-color'));
    expect(stops).to.deep.equal(['rgb(255, 0, 0)', 'rgb(0, 0, 255)']);
    // the CSS variable is resolved to the light theme's focus colour #0b5cd5
    expect(doc.querySelector('[data-id="A"]')!.getAttribute('fill')).to.equal('rgb(11, 92, 213)');
    expect(doc.documentElement.querySelector('title')!.textContent).to.equal('Probe title 2020');
  });

  it('CSV of the table: header row, values as shown, formula-like text neutralised', async () => {
    const el = await fixture<ExportProbe>(html`<export-probe></export-probe>`);
    const rows = csvParseRows(await el.toCSV());
    expect(rows).to.deep.equal([
      ['Name', 'Value'],
      [`'=HYPERLINK("x")`, '1.5'],
      [`'-minus`, '-2'],
    ]);
  });

  it('sdg-map as SVG: six countries filled with resolved colours in data order, title, legend and source as text', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const svg = toSVG(el);
    expect(svg).not.to.contain('var(');
    expect(svg).not.to.match(/\spart=|\sclass=|tabindex/);
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).to.equal(null);
    const fills = Object.fromEntries(
      Object.keys(U5_2020).map((c) => [c, doc.querySelector(`[data-id="${c}"]`)!.getAttribute('fill')!]),
    );
    for (const f of Object.values(fills)) expect(f).to.match(/^rgb/);
    const byDarkness = Object.keys(fills).sort((a, b) => luminance(fills[a]) - luminance(fills[b]));
    const byValue = Object.keys(U5_2020).sort((a, b) => Number(U5_2020[b]) - Number(U5_2020[a]));
    expect(byDarkness).to.deep.equal(byValue);
    const words = texts(doc);
    expect(words).to.contain('2020').and.contain('Source').and.contain('UN Statistics Division');
    expect(words).to.contain('Afghanistan'); // map labels
    expect(words).not.to.contain('Show table');
    // fonts are named with a generic fallback
    expect(doc.documentElement.getAttribute('font-family')).to.match(/sans-serif$/);
    // the legend ramp is a gradient
    expect(doc.querySelectorAll('linearGradient stop').length).to.be.greaterThan(1);
  });

  it('keeps the patterns a map uses (values published as a range)', async () => {
    const el = await map(html`<sdg-map indicator="2.1.1" year="2020"></sdg-map>`);
    const doc = parse(await el.toSVG());
    const fill = doc.querySelector('[data-id="KAZ"]')!.getAttribute('fill')!;
    const id = /url\(#([^)]+)\)/.exec(fill)![1];
    const pattern = doc.getElementById(id)!;
    expect(pattern.localName).to.equal('pattern');
    expect(pattern.querySelector('circle')!.getAttribute('fill')).to.match(/^rgb/);
    expect(doc.querySelector('[data-id="UZB"]')!.getAttribute('fill')).to.equal(fill);
  });

  it('dark theme: dark background and light text', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" theme="dark"></sdg-map>`);
    const doc = parse(await el.toSVG());
    const bg = doc.querySelector('svg > rect')!.getAttribute('fill')!;
    expect(bg).to.equal('rgb(21, 25, 30)'); // #15191e, the dark surface token
    const title = [...doc.querySelectorAll('text')].find((t) => t.textContent!.includes('2020'))!;
    expect(luminance(title.getAttribute('fill')!)).to.be.greaterThan(128);
  });

  it('PNG at 1× and 2×: twice the pixels, not blank', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`, 600);
    const one = await toPNG(el);
    const two = await el.toPNG({ scale: 2 });
    expect(one.type).to.equal('image/png');
    const [a, b] = await Promise.all([createImageBitmap(one), createImageBitmap(two)]);
    expect(b.width).to.equal(a.width * 2);
    expect(b.height).to.equal(a.height * 2);
    expect(a.width).to.be.greaterThan(600);
    const canvas = new OffscreenCanvas(a.width, a.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(a, 0, 0);
    const data = ctx.getImageData(0, 0, a.width, a.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    expect(colours.size).to.be.greaterThan(20);
  });

  it('sdg-map as CSV: one row per country with the value shown and its year', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const csv = toCSV(el);
    const rows = csvParse(csv);
    expect(rows.length).to.equal(6);
    expect(rows.columns.length).to.be.greaterThan(2);
    const afg = rows.find((r) => Object.values(r).includes('Afghanistan'))!;
    expect(Object.values(afg).join(' ')).to.contain(U5_2020.AFG).and.contain('2020');
    for (const [code, value] of Object.entries(U5_2020)) {
      expect(csv, code).to.contain(value);
    }
  });

  it('works for any element (no shadow root): reads its own table and text', async () => {
    const el = await fixture<HTMLElement>(
      html`<figure>
        <figcaption part="title">Plain</figcaption>
        <table>
          <tr>
            <th>a</th>
          </tr>
          <tr>
            <td>@x</td>
          </tr>
        </table>
      </figure>`,
    );
    expect(toCSV(el).split('\n')).to.deep.equal(['a', "'@x"]);
    expect(texts(parse(toSVG(el)))).to.contain('Plain');
    void LitElement;
  });
});
