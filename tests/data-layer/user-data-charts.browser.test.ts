import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/sdg-bar-chart/sdg-bar-chart.js';
import '../../src/components/sdg-trend-chart/sdg-trend-chart.js';
import '../../src/components/sdg-sparkline/sdg-sparkline.js';
import type { SdgBarChart } from '../../src/components/sdg-bar-chart/sdg-bar-chart.js';
import type { SdgTrendChart } from '../../src/components/sdg-trend-chart/sdg-trend-chart.js';
import type { SdgErrorDetail } from '../../src/events/events.js';
import { knownFaults } from './helpers.js';

type Chart = SdgBarChart | SdgTrendChart;

/** Mounts the markup, collecting every `sdg-error` it fires, and waits for a draw or the error state. */
async function mount<T extends Chart>(markup: ReturnType<typeof html>): Promise<{ el: T; errors: SdgErrorDetail[] }> {
  const errors: SdgErrorDetail[] = [];
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: 700px" @sdg-error=${(e: CustomEvent<SdgErrorDetail>) => errors.push(e.detail)}>
      ${markup}
    </div>`,
  );
  const el = wrapper.firstElementChild as T;
  await until(el, () => !!el.shadowRoot?.querySelector('svg, [part="error"]'));
  return { el, errors };
}

async function until(el: Element, done: () => boolean, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!done()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${el.localName}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  await (el as Chart).updateComplete;
}

const shadow = (el: Element) => el.shadowRoot!;

/*
 * The five faults of data/examples/kaz-regions-example.csv as examples/data/README.md lists them (line, the column
 * the mistake is in — read from the file's header `country,region,indicator,year,value,unit` — and the reason).
 */
const FAULTS = [
  { line: 22, column: 'value', reason: '“5.0%” is not a number or a published flag' },
  { line: 33, column: undefined, reason: 'Same area, series, year and breakdown as line 15' },
  { line: 34, column: 'value', reason: '“4,2” is ambiguous' },
  { line: 36, column: 'year', reason: '“23” is not a year' },
  { line: 50, column: 'region', reason: 'Unknown country or region code “Almaty city”' },
];

/**
 * The accepted 2023 values of the file, read by hand from its rows (regions whose 2023 row is one of the faults are
 * left out: KZ-11 line 33, KZ-15 line 34, KZ-23 line 36, KZ-75 line 50), plus the national row.
 */
const VALUES_2023: Record<string, string> = {
  KAZ: '5.2',
  'KZ-10': '8.0',
  'KZ-19': '3.6',
  'KZ-27': '4.3',
  'KZ-31': '5.2',
  'KZ-33': '7.8',
  'KZ-35': '3.0',
  'KZ-39': '3.5',
  'KZ-43': '6.2',
  'KZ-47': '7.0',
  'KZ-55': '3.9',
  'KZ-59': '4.9',
  'KZ-61': '9.0',
  'KZ-62': '4.9',
  'KZ-63': '4.2',
  'KZ-71': '2.4',
  'KZ-79': '6.4',
};

describe('user data in sdg-bar-chart: the Kazakhstan regions file with 5 bad rows among 50', () => {
  it('is accessible with the rejected rows listed', async () => {
    const { el } = await mount<SdgBarChart>(
      html`<sdg-bar-chart lang="en" src="/data/examples/kaz-regions-example.csv"></sdg-bar-chart>`,
    );
    await expect(el).to.be.accessible();
  });

  it('draws the 45 accepted rows, ranks the regions for 2023 and says exactly what was wrong with the 5', async () => {
    const { el, errors } = await mount<SdgBarChart>(
      html`<sdg-bar-chart lang="en" year-tolerance="0" src="/data/examples/kaz-regions-example.csv"></sdg-bar-chart>`,
    );
    // The event: validation, 45 accepted, the five faults with line, column and reason.
    expect(errors).to.have.length(1);
    const detail = errors[0];
    expect(detail.kind).to.equal('validation');
    expect(detail.accepted).to.equal(45);
    expect(detail.message).to.equal('45 row(s) shown, 5 rejected.');
    const problems = detail.problems!;
    // The same five as the README's table of known faults, each with its wording there.
    const readme = await knownFaults();
    expect(readme.map((f) => f.line)).to.deep.equal(FAULTS.map((f) => f.line));
    readme.forEach((f, i) => expect(problems[i].message.toLowerCase()).to.contain(f.message.toLowerCase()));
    expect(problems.map((p) => p.line)).to.deep.equal(FAULTS.map((f) => f.line));
    FAULTS.forEach((f, i) => {
      if (f.column) expect(problems[i].column, `line ${f.line}`).to.equal(f.column);
      expect(problems[i].message).to.contain(f.reason);
      expect(problems[i].message).to.contain(`Line ${f.line}`);
    });
    // The element lists the same five.
    const list = shadow(el).querySelector('[part="problems"]')!;
    expect(list.querySelector('summary')!.textContent).to.equal('5 row(s) were rejected:');
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent!);
    expect(items).to.have.length(5);
    FAULTS.forEach((f, i) => expect(items[i]).to.contain(f.reason).and.to.contain(`Line ${f.line}`));
    // The valid values are drawn: the latest year in the file, one bar per area with a 2023 value.
    expect(shadow(el).querySelector('[part="subtitle"]')!.textContent).to.contain('2023');
    const drawn: Record<string, string> = {};
    for (const g of shadow(el).querySelectorAll<SVGGElement>('g.row[data-kind="bar"]')) {
      drawn[g.dataset.code!] = g.querySelector('[part~="value"]')!.textContent!.trim().replace(/\s*%$/, '');
    }
    expect(drawn).to.deep.equal(VALUES_2023);
    // Region names come from the region catalog, not codes.
    const names = [...shadow(el).querySelectorAll('[part~="name"]')].map((n) => n.textContent);
    expect(names).to.include('Turkistan');
    expect(names).to.include('Kazakhstan');
    expect(names.some((n) => /^KZ-\d/.test(n ?? ''))).to.equal(false);
    // Title from the catalog (1.2.1 is a known indicator), source line is the file.
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.match(/poverty/i);
    expect(shadow(el).querySelector('[part="source"]')!.textContent).to.contain('kaz-regions-example.csv');
  });

  it('takes .data rows and a label when the indicator is unknown', async () => {
    const data = [
      { country: 'KZ', year: 2020, value: 3 },
      { country: 'UZB', year: 2020, value: 5 },
      { country: 'nowhere', year: 2020, value: 5 },
    ];
    const { el, errors } = await mount<SdgBarChart>(
      html`<sdg-bar-chart lang="en" label="My count" .data=${data}></sdg-bar-chart>`,
    );
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal('My count');
    expect(shadow(el).querySelectorAll('g.row[data-kind="bar"]')).to.have.length(2);
    expect(errors[0]).to.include({ kind: 'validation', accepted: 2 });
    expect(errors[0].problems![0].message).to.contain('Item 3');
  });

  it('shows the error state with Retry for a missing file, and recovers when the file appears', async () => {
    const { el, errors } = await mount<SdgBarChart>(
      html`<sdg-bar-chart lang="en" src="/data/examples/no-such-file.csv"></sdg-bar-chart>`,
    );
    await expect(el).to.be.accessible();
    const box = shadow(el).querySelector('[part="error"]')!;
    expect(box.textContent).to.contain('no-such-file.csv');
    expect(errors).to.have.length(1);
    expect(errors[0].kind).to.equal('fetch');
    expect(shadow(el).querySelector('svg')).to.equal(null);
    el.src = '/data/examples/countries-tidy.csv';
    await until(el, () => !!shadow(el).querySelector('svg'));
    expect(shadow(el).querySelectorAll('g.row[data-kind="bar"]').length).to.be.greaterThan(0);
  });

  it('says so when every row is wrong (no blank chart)', async () => {
    const { el, errors } = await mount<SdgBarChart>(
      html`<sdg-bar-chart lang="en" .data=${'country,year,value\nXX,20,a\n'}></sdg-bar-chart>`,
    );
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('No row could be used');
    expect(shadow(el).querySelectorAll('[part="problems"] li').length).to.be.greaterThan(0);
    expect(errors[0].kind).to.equal('validation');
  });

  it('an HTML page instead of data is a failed load', async () => {
    const { el, errors } = await mount<SdgBarChart>(html`<sdg-bar-chart lang="en" src="/"></sdg-bar-chart>`);
    expect(shadow(el).querySelector('[part="error"] button')!.textContent).to.equal('Retry');
    expect(errors[0].kind).to.equal('fetch');
  });
});

describe('user data in sdg-trend-chart', () => {
  it('is accessible and draws the countries of a tidy CSV (both sexes)', async () => {
    const { el } = await mount<SdgTrendChart>(
      html`<sdg-trend-chart lang="en" src="/data/examples/countries-tidy.csv"></sdg-trend-chart>`,
    );
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.match(/under.5 mortality/i);
    expect(shadow(el).querySelector('[part="problems"]')).to.equal(null);
  });

  it('reads the JSON file and filters by indicator', async () => {
    const { el, errors } = await mount<SdgTrendChart>(
      html`<sdg-trend-chart lang="en" indicator="3.2.1" src="/data/examples/countries.json"></sdg-trend-chart>`,
    );
    expect(errors).to.have.length(0);
    expect(shadow(el).querySelectorAll('[part~="label"]').length).to.be.greaterThan(0);
  });

  it('an indicator the rows do not carry is an error, not a blank chart', async () => {
    const { el } = await mount<SdgTrendChart>(
      html`<sdg-trend-chart lang="en" indicator="7.1.1" src="/data/examples/countries.json"></sdg-trend-chart>`,
    );
    expect(shadow(el).querySelector('[part="error"]')).not.to.equal(null);
  });
});

describe('user data in sdg-sparkline', () => {
  it('is accessible and draws one region of the file, named from the region catalog', async () => {
    const errors: SdgErrorDetail[] = [];
    const box = await fixture<HTMLElement>(
      html`<p lang="en" @sdg-error=${(e: CustomEvent<SdgErrorDetail>) => errors.push(e.detail)}>
        <sdg-sparkline country="KZ-61" src="/data/examples/kaz-regions-example.csv"></sdg-sparkline>
      </p>`,
    );
    const el = box.querySelector('sdg-sparkline')!;
    await until(el, () => !!el.shadowRoot?.querySelector('svg, [part="error"]'));
    await expect(el).to.be.accessible();
    // Turkistan (KZ-61) in the file: 9.7 in 2022 (line 26), 9.0 in 2023 (line 46).
    expect(shadow(el).querySelector('[part="value"]')!.textContent).to.contain('9.0');
    const sentence = (el as unknown as { sentence(): string }).sentence();
    expect(sentence).to.contain('Turkistan').and.to.contain('9.7').and.to.contain('2022');
    expect(errors[0]).to.include({ kind: 'validation', accepted: 45 });
  });
});
