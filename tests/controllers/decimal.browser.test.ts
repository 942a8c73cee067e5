import { describe, expect, it } from 'vitest';
import '../../src/index.js';
import { until } from '../data-layer/helpers.js';

/**
 * `decimal=","` on the elements that read a file (issue #15): the shipped example `countries-decimal-comma.csv`
 * (`;`-separated, `10,3`) is read with it, to the values of `countries-tidy.csv` (read here with a plain fetch), and
 * rejected clearly without it.
 */
const FILE = '/data/examples/countries-decimal-comma.csv';

/** Both-sexes 2021 values per country from the comma-separated original. */
async function expected(): Promise<Map<string, number>> {
  const lines = (await (await fetch('/data/examples/countries-tidy.csv')).text()).trim().split('\n').slice(1);
  const out = new Map<string, number>();
  for (const l of lines) {
    const c = l.split(',');
    if (c[3] === '2021' && c[6] === 'BOTHSEX') out.set(c[0], Number(c[4]));
  }
  return out;
}

async function mount(tag: string, attrs: Record<string, string>) {
  const host = document.createElement('div');
  host.style.width = '640px';
  const errors: CustomEvent[] = [];
  host.addEventListener('sdg-error', (e) => errors.push(e as CustomEvent));
  document.body.append(host);
  const el = document.createElement(tag) as HTMLElement & { exportRows(): Array<Record<string, unknown>> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  await until(
    () => !!el.shadowRoot?.querySelector('svg [part~="bar"], svg path, [part~="error"]'),
    `${tag} to draw or fail`,
  );
  return { el, errors, remove: () => host.remove() };
}

describe('decimal=","', () => {
  for (const tag of ['sdg-bar-chart', 'sdg-map']) {
    it(`${tag} reads 10,3 as 10.3: the six values of the original`, async () => {
      const want = await expected();
      expect(want.size).toBe(6);
      const { el, errors, remove } = await mount(tag, { src: FILE, decimal: ',', year: '2021', indicator: '3.2.1' });
      try {
        await until(() => el.exportRows().length > 0, 'rows');
        // The rows shown (numbers in the bar chart, the data table's text in the map) hold each value of the original.
        const shown = JSON.stringify(el.exportRows());
        for (const [code, value] of want) expect(shown, code).toContain(String(value));
        expect(errors).toEqual([]);
      } finally {
        remove();
      }
    });
  }

  it('without it, every value is rejected, visibly, naming the decimal mark', async () => {
    const { el, errors, remove } = await mount('sdg-bar-chart', { src: FILE });
    try {
      const box = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(box.textContent).toMatch(/No row could be used/);
      expect(el.shadowRoot!.querySelectorAll('[part~="problems"] li').length).toBe(6);
      expect(el.shadowRoot!.querySelector('[part~="problems"]')!.textContent).toContain('10,3');
      expect(errors[0].detail.kind).toBe('validation');
    } finally {
      remove();
    }
  });
});
