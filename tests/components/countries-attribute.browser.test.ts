import { describe, it } from 'vitest';
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import '../../src/components/sdg-trend-chart/sdg-trend-chart.js';
import '../../src/components/sdg-bar-chart/sdg-bar-chart.js';
import '../../src/components/sdg-dashboard/sdg-dashboard.js';
import '../../src/components/sdg-time-slider/sdg-time-slider.js';
import type { SdgTimeSlider } from '../../src/components/sdg-time-slider/sdg-time-slider.js';

/**
 * `countries` is read by one converter on every element: `KAZ;KGZ`, `KAZ,KGZ` and `KAZ KGZ` draw the same, and that
 * drawing is not the default one (all six), so a separator an element does not know cannot pass unnoticed.
 */
const ELEMENTS: Array<[tag: string, attrs: string]> = [
  ['sdg-map', 'indicator="3.2.1" year="2020"'],
  ['sdg-trend-chart', 'indicator="3.2.1"'],
  ['sdg-bar-chart', 'indicator="3.2.1" year="2020"'],
  ['sdg-dashboard', 'goals="3"'],
];

async function drawn(tag: string, attrs: string, countries: string | null): Promise<string> {
  const markup = `<div style="width: 800px"><${tag} ${attrs}${countries === null ? '' : ` countries="${countries}"`}></${tag}></div>`;
  const wrapper = await fixture<HTMLElement>(markup);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  if (!el.shadowRoot?.querySelector('svg, table, [part="error"]')) {
    await Promise.race([oneEvent(el, 'sdg-render'), oneEvent(el, 'sdg-error')]);
  }
  await el.updateComplete;
  const root = el.shadowRoot!;
  expect(root.querySelector('[part="error"]'), `${tag} countries=${countries} drew an error`).to.equal(null);
  // What was drawn: the shapes and the words, not element ids.
  const paths = [...root.querySelectorAll('path, rect')].map(
    (p) => `${p.getAttribute('d') ?? ''}${p.getAttribute('width') ?? ''}`,
  );
  return `${paths.join('|')}#${(root.textContent ?? '').replace(/\s+/g, ' ')}`;
}

describe('countries="KAZ;KGZ" means the same on every element', () => {
  for (const [tag, attrs] of ELEMENTS) {
    it(tag, async () => {
      const semicolon = await drawn(tag, attrs, 'KAZ;KGZ');
      expect(await drawn(tag, attrs, 'KAZ KGZ')).to.equal(semicolon);
      expect(await drawn(tag, attrs, 'kaz, kgz')).to.equal(semicolon);
      expect(await drawn(tag, attrs, null)).not.to.equal(semicolon);
    });
  }

  it('sdg-time-slider', async () => {
    const el = await fixture<SdgTimeSlider>(
      '<sdg-time-slider min="2000" max="2020" countries="KAZ;kgz"></sdg-time-slider>',
    );
    expect(el.countries).to.deep.equal(['KAZ', 'KGZ']);
  });
});
