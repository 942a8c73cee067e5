import { describe, expect, it } from 'vitest';
import '../../src/index.js';
import '../../src/i18n/all.js';
import { until } from '../data-layer/helpers.js';

/**
 * Enumerated attributes with a value the element does not accept (issue #15): a visible notice in the element's
 * language names the attribute, the value and the accepted values; an `sdg-error` with code `unknown-value` says the
 * same to scripts; and the element still draws, with its default.
 */
interface Mounted {
  el: HTMLElement;
  errors: CustomEvent[];
  remove: () => void;
}

async function mount(
  tag: string,
  attrs: Record<string, string>,
  ready: (root: ShadowRoot) => boolean,
): Promise<Mounted> {
  const host = document.createElement('div');
  host.style.width = '640px';
  const errors: CustomEvent[] = [];
  host.addEventListener('sdg-error', (e) => errors.push(e as CustomEvent));
  document.body.append(host);
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  await until(() => !!el.shadowRoot && ready(el.shadowRoot), `${tag} to draw`, 15000);
  return { el, errors, remove: () => host.remove() };
}

const notice = (el: HTMLElement) => {
  const box = el.shadowRoot!.querySelector<HTMLElement>('[part~="notice"][data-sdg-choices]');
  return box && box.getClientRects().length ? box.innerText : '';
};
const mapDrawn = (root: ShadowRoot) => root.querySelectorAll('svg [part~="country"]').length >= 6;

describe('sdg-map', () => {
  it('projection="foo": names the accepted projections, reports unknown-value, and draws the default projection', async () => {
    const reference = await mount('sdg-map', { indicator: '3.2.1', year: '2020' }, mapDrawn);
    const d = (el: HTMLElement) =>
      [...el.shadowRoot!.querySelectorAll('svg [part~="country"]')].map((p) => p.getAttribute('d')).join();
    const expected = d(reference.el);
    reference.remove();
    const m = await mount('sdg-map', { indicator: '3.2.1', year: '2020', projection: 'foo' }, mapDrawn);
    try {
      expect(notice(m.el)).toContain(
        'projection “foo” is not one of: central-asia, mercator, equal-earth, equirectangular',
      );
      const report = m.errors.map((e) => e.detail).find((x) => x.code === 'unknown-value');
      expect(report).toMatchObject({ kind: 'unknown-value', attribute: 'projection', value: 'foo' });
      expect(report.choices).toEqual(['central-asia', 'mercator', 'equal-earth', 'equirectangular']);
      // The default projection (central-asia): the same outlines as without the attribute.
      expect(d(m.el)).toBe(expected);
    } finally {
      m.remove();
    }
  });

  it('says it in Russian, and names each unknown item of a list (layers, highlight-basin) only', async () => {
    const m = await mount(
      'sdg-map',
      {
        indicator: '3.2.1',
        year: '2020',
        lang: 'ru',
        layers: 'rivers __proto__',
        'highlight-basin': 'amu-darya nile',
        scheme: 'Blues',
      },
      mapDrawn,
    );
    try {
      const text = notice(m.el);
      expect(text).toContain('Значение «__proto__» атрибута layers не входит в допустимые: rivers, lakes, capitals.');
      expect(text).toContain('«nile» атрибута highlight-basin');
      expect(text).not.toContain('rivers»');
      expect(text).not.toContain('amu-darya»');
      expect(text).not.toContain('scheme');
      expect(m.errors.filter((e) => e.detail.code === 'unknown-value').map((e) => e.detail.value)).toEqual([
        '__proto__',
        'nile',
      ]);
    } finally {
      m.remove();
    }
  });

  it('a corrected value removes the notice', async () => {
    const m = await mount('sdg-map', { indicator: '3.2.1', year: '2020', scheme: 'constructor' }, mapDrawn);
    try {
      expect(notice(m.el)).toContain('scheme “constructor” is not one of:');
      m.el.setAttribute('scheme', 'viridis');
      await (m.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(notice(m.el)).toBe('');
    } finally {
      m.remove();
    }
  });

  it('level="regions" in Dari, isolated from the right-to-left text', async () => {
    const m = await mount('sdg-map', { indicator: '3.2.1', year: '2020', level: 'regions', lang: 'fa-AF' }, mapDrawn);
    try {
      expect(notice(m.el)).toContain('پذیرفته');
      expect(notice(m.el)).toContain('country، region');
    } finally {
      m.remove();
    }
  });
});

describe('other elements', () => {
  it('<sdg-value format="bogus"> says so and still shows the value', async () => {
    const m = await mount('sdg-value', { indicator: '3.2.1', country: 'KAZ', year: '2020', format: 'bogus' }, (r) =>
      /\d/.test(r.querySelector('[part~="base"]')?.textContent ?? ''),
    );
    try {
      expect(notice(m.el)).toContain('format “bogus” is not one of: value-year, value, year, change');
      // The default format, value-year: "… in 2020".
      expect(m.el.shadowRoot!.querySelector('[part~="base"]')!.textContent).toMatch(/2020/);
    } finally {
      m.remove();
    }
  });

  it('<sdg-time-slider level="x"> says so in Kazakh', async () => {
    const m = await mount(
      'sdg-time-slider',
      { min: '2000', max: '2010', level: 'x', lang: 'kk' },
      (r) => !!r.querySelector('input'),
    );
    try {
      expect(notice(m.el)).toContain('level атрибутының «x» мәні');
    } finally {
      m.remove();
    }
  });

  it('<sdg-trend-chart decimal=";"> names "." and ","', async () => {
    const m = await mount(
      'sdg-trend-chart',
      { indicator: '3.2.1', decimal: ';', delimiter: 'pipe' },
      (r) => !!r.querySelector('svg'),
    );
    try {
      expect(notice(m.el)).toContain('decimal “;” is not one of: ., ,');
      expect(notice(m.el)).toContain('delimiter “pipe” is not one of: ,, ;, tab');
    } finally {
      m.remove();
    }
  });
});
