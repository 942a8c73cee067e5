import { afterEach, beforeEach, describe, it, vi, type MockInstance } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';

/**
 * Lit's dev-mode warnings (https://lit.dev/msg/…) are printed once per page and message, so this file (a page of its
 * own) watches the console from before the first map is made. "scheduled an update after an update completed"
 * (change-in-update) is the one a map used to log: a property or a controller asking for an update from `updated()`.
 */
describe('sdg-map console', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn');
  });
  afterEach(() => warn.mockRestore());
  const litWarnings = () => warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('lit.dev/msg'));

  it('a map like the demo logs no Lit warning through draw, resize, zoom, a year change and the region level', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 760px">
        <sdg-map indicator="3.2.1" year="2020" layers="rivers capitals"></sdg-map>
      </div>`,
    );
    const el = wrapper.querySelector('sdg-map') as SdgMap;
    if (!el.model) await oneEvent(el, 'sdg-render');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="svg"]'), 'drawn').to.exist;

    wrapper.style.width = '620px';
    await oneEvent(el, 'sdg-render');

    const zoomed = oneEvent(el, 'sdg-zoom');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
    await zoomed;
    expect(el.zoom.k).to.be.closeTo(2, 1e-6);

    el.zoom = { k: 3, x: -100, y: -50 };
    await oneEvent(el, 'sdg-zoom');

    el.year = 2015;
    const rendered = await oneEvent(el, 'sdg-render');
    expect(rendered.detail.year).to.equal(2015);

    el.level = 'region';
    el.countries = 'KAZ KGZ';
    await oneEvent(el, 'sdg-render');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(litWarnings()).to.deep.equal([]);
  });
});
