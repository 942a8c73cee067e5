import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';
import type { SdgErrorDetail } from '../../src/events/events.js';
import { dataRequests, knownFaults, settled, startCounting, until } from './helpers.js';

async function mount(markup: ReturnType<typeof html>): Promise<{ el: SdgMap; errors: SdgErrorDetail[] }> {
  const errors: SdgErrorDetail[] = [];
  const box = await fixture<HTMLElement>(
    html`<div style="width: 720px" @sdg-error=${(e: CustomEvent<SdgErrorDetail>) => errors.push(e.detail)}>
      ${markup}
    </div>`,
  );
  const el = box.firstElementChild as SdgMap;
  await until(() => settled(el), el.localName);
  await el.updateComplete;
  return { el, errors };
}

/* The five faults of data/examples/kaz-regions-example.csv as examples/data/README.md lists them. */
const FAULTS = [
  { line: 22, column: 'value', reason: '“5.0%” is not a number or a published flag' },
  { line: 33, reason: 'Same area, series, year and breakdown as line 15' },
  { line: 34, column: 'value', reason: '“4,2” is ambiguous' },
  { line: 36, column: 'year', reason: '“23” is not a year' },
  { line: 50, column: 'region', reason: 'Unknown country or region code “Almaty city”' },
];

/**
 * 2023 values of the accepted rows by ISO code, read by hand from the file. Abai (KZ-10), Jetisu (KZ-33) and Ulytau
 * (KZ-62), created in 2022, have no shape: they are listed beside the map; the others are drawn.
 */
const SHAPED_2023: Record<string, string> = {
  'KZ-19': '3.6',
  'KZ-27': '4.3',
  'KZ-31': '5.2',
  'KZ-35': '3.0',
  'KZ-39': '3.5',
  'KZ-43': '6.2',
  'KZ-47': '7.0',
  'KZ-55': '3.9',
  'KZ-59': '4.9',
  'KZ-61': '9.0',
  'KZ-63': '4.2',
  'KZ-71': '2.4',
  'KZ-79': '6.4',
};
const UNSHAPED_2023: Record<string, string> = { 'KZ-10': '8.0', 'KZ-33': '7.8', 'KZ-62': '4.9' };

describe('user data in sdg-map at region level: the Kazakhstan file with 5 bad rows among 50', () => {
  it('is accessible', async () => {
    const { el } = await mount(
      html`<sdg-map lang="en" level="region" indicator="1.2.1" src="/data/examples/kaz-regions-example.csv"></sdg-map>`,
    );
    await expect(el).to.be.accessible();
  });

  it('renders the 45, draws the 2023 values on the regions and says exactly what was wrong with the 5', async () => {
    const { el, errors } = await mount(
      html`<sdg-map
        lang="en"
        level="region"
        indicator="1.2.1"
        year-tolerance="0"
        src="/data/examples/kaz-regions-example.csv"
      ></sdg-map>`,
    );
    const root = el.shadowRoot!;
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ kind: 'validation', accepted: 45 });
    const problems = errors[0].problems!;
    // The same five as the README's table of known faults, each with its wording there.
    const readme = await knownFaults();
    expect(readme.map((f) => f.line)).to.deep.equal(FAULTS.map((f) => f.line));
    readme.forEach((f, i) => expect(problems[i].message.toLowerCase()).to.contain(f.message.toLowerCase()));
    expect(problems.map((p) => p.line)).to.deep.equal(FAULTS.map((f) => f.line));
    FAULTS.forEach((f, i) => {
      if (f.column) expect(problems[i].column).to.equal(f.column);
      expect(problems[i].message).to.contain(`Line ${f.line}`).and.to.contain(f.reason);
    });
    const items = [...root.querySelectorAll('[part~="problems"] li')].map((li) => li.textContent!);
    expect(items).to.have.length(5);
    FAULTS.forEach((f, i) => expect(items[i]).to.contain(f.reason));
    // Drawn: every region with a 2023 value is filled (not the no-data pattern) and its label carries the value.
    expect(root.querySelector('[part~="title"]')!.textContent).to.contain('2023');
    const paths = [...root.querySelectorAll<SVGPathElement>('path[part~="region"]')];
    const rc = await (await fetch('/data/regions/catalog.json')).json();
    const codeOf = (iso: string) =>
      Object.values(
        rc.regions as Record<string, { code: string; iso_3166_2: string | null; contains?: string[] }>,
      ).find((r) => r.iso_3166_2 === iso && !r.contains)!.code;
    for (const [iso, value] of Object.entries(SHAPED_2023)) {
      const p = paths.find((x) => x.dataset.id === codeOf(iso));
      expect(p, iso).to.exist;
      expect(p!.getAttribute('part')).not.to.contain('no-data');
      // The label reads "<name>: <value>, 2023"; a value typed as 3.0 is the number 3.
      const shown = /:\s*([\d.]+)/.exec(p!.getAttribute('aria-label')!)?.[1];
      expect(Number(shown), iso).to.equal(Number(value));
    }
    // The four regions whose 2023 row was rejected are shown as having no data, not guessed.
    for (const iso of ['KZ-11', 'KZ-15', 'KZ-23', 'KZ-75']) {
      const p = paths.find((x) => x.dataset.id === codeOf(iso));
      expect(p, iso).to.exist;
      expect(p!.getAttribute('part'), iso).to.contain('no-data');
    }
    const listed = root.querySelector('[part~="unshaped"]')!.textContent!;
    for (const value of Object.values(UNSHAPED_2023))
      expect(listed).to.match(new RegExp(`\\b${Number(value)}(\\.0)?\\b`));
    expect(root.querySelector('[part~="source"]')!.textContent).to.contain('kaz-regions-example.csv');
  });
});

describe('user data in sdg-map at country level', () => {
  it('is accessible; the user values by country code replace the shipped ones', async () => {
    startCounting();
    const { el, errors } = await mount(
      html`<sdg-map lang="en" indicator="3.2.1" year="2021" src="/data/examples/countries-tidy.csv"></sdg-map>`,
    );
    await expect(el).to.be.accessible();
    expect(errors).to.have.length(0);
    // countries-tidy.csv, 2021, BOTHSEX rows: KAZ 10.3, KGZ 17.4, TJK 31.4, TKM 41.4, UZB 14.1, AFG 55.7.
    const expected: Record<string, string> = {
      KAZ: '10.3',
      KGZ: '17.4',
      TJK: '31.4',
      TKM: '41.4',
      UZB: '14.1',
      AFG: '55.7',
    };
    for (const [code, value] of Object.entries(expected)) {
      const p = el.shadowRoot!.querySelector(`path[data-id="${code}"]`)!;
      expect(p.getAttribute('aria-label'), code).to.contain(value);
    }
    // The shipped series file was not loaded: the user's rows replace it.
    expect(dataRequests().some((p) => p.startsWith('series/'))).to.equal(false);
  });

  it('shows the error state with Retry for a missing file', async () => {
    const { el, errors } = await mount(
      html`<sdg-map lang="en" indicator="3.2.1" src="/data/examples/missing.csv"></sdg-map>`,
    );
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('[part="error"] button')).to.exist;
    expect(errors[0].kind).to.equal('fetch');
  });
});

describe('user data in sdg-map without an indicator', () => {
  it('draws rows from .data at region level under their label (no blank map)', async () => {
    // Three rows of data/examples/kaz-regions-example.csv (2023: Turkistan 9.0, Mangistau 7.0, Astana city 2.4).
    const rows = [
      { region: 'KZ-61', year: 2023, value: 9.0 },
      { region: 'KZ-47', year: 2023, value: 7.0 },
      { region: 'KZ-71', year: 2023, value: 2.4 },
    ];
    const { el } = await mount(
      html`<sdg-map lang="en" level="region" label="Poverty, three regions" .data=${rows}></sdg-map>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="error"]')).to.equal(null);
    expect(root.querySelector('[part~="title"]')!.textContent).to.contain('Poverty, three regions');
    const filled = [...root.querySelectorAll('path[part~="region"]')].filter(
      (p) => !p.getAttribute('part')!.includes('no-data'),
    );
    expect(filled).to.have.length(3);
  });
});
