import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';

async function map(markup = html`<sdg-map indicator="3.2.1" year="2020"></sdg-map>`, width = 800): Promise<SdgMap> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const el = wrapper.querySelector('sdg-map') as SdgMap;
  if (!el.shadowRoot?.querySelector('[part="svg"]')) await oneEvent(el, 'sdg-render');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = Element>(el: SdgMap, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
/** The `<g>` the drawing is zoomed in, and its transform as the browser parsed it. */
const matrix = (el: SdgMap) => {
  const g = $<SVGGElement>(el, 'g.zoom');
  const m = g.transform.baseVal.consolidate()?.matrix;
  return m ? { k: m.a, x: m.e, y: m.f } : { k: 1, x: 0, y: 0 };
};

describe('sdg-map zoom', () => {
  it('is accessible with its zoom controls', async () => {
    const el = await map();
    await expect(el).to.be.accessible();
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="zoom-controls"] button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Zoom in',
      'Zoom out',
      'Show the whole map',
    ]);
  });

  it('the + button doubles the scale about the centre and fires sdg-zoom; − and reset go back', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" style="--x: 0"></sdg-map>`);
    const { width, height } = el.model!;
    expect(matrix(el)).to.deep.equal({ k: 1, x: 0, y: 0 });
    expect($(el, '[part~="zoom-out"]').getAttribute('aria-disabled')).to.equal('true');
    const zoomed = oneEvent(el, 'sdg-zoom');
    $<HTMLButtonElement>(el, '[part~="zoom-in"]').click();
    const { detail } = await zoomed;
    await el.updateComplete;
    // Doubling about the centre (w/2, h/2): x = w/2 − 2·w/2 = −w/2.
    expect(detail.k).to.be.closeTo(2, 1e-6);
    expect(detail.x).to.be.closeTo(-width / 2, 1e-6);
    expect(detail.y).to.be.closeTo(-height / 2, 1e-6);
    const m = matrix(el);
    expect(m.k).to.be.closeTo(2, 1e-6);
    expect(m.x).to.be.closeTo(-width / 2, 1e-3);
    expect(el.zoom.k).to.be.closeTo(2, 1e-6);
    expect($(el, '[part~="zoom-out"]').getAttribute('aria-disabled')).to.equal('false');

    const out = oneEvent(el, 'sdg-zoom');
    $<HTMLButtonElement>(el, '[part~="zoom-out"]').click();
    expect((await out).detail.k).to.be.closeTo(1, 1e-6);
    $<HTMLButtonElement>(el, '[part~="zoom-in"]').click();
    await oneEvent(el, 'sdg-zoom');
    const reset = oneEvent(el, 'sdg-zoom');
    $<HTMLButtonElement>(el, '[part~="zoom-reset"]').click();
    expect((await reset).detail).to.deep.equal({ k: 1, x: 0, y: 0 });
  });

  it('borders keep their width and names their size when zoomed', async () => {
    const el = await map();
    const path = $(el, '[part~="country"][data-id="KAZ"]');
    expect(getComputedStyle(path).vectorEffect).to.equal('non-scaling-stroke');
    const label = () =>
      [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.labels text')].find((t) => t.textContent === 'Kazakhstan')!;
    const before = label().getBBox();
    await el.zoomTo('KAZ');
    await el.updateComplete;
    const after = label().getBBox();
    expect(after.width).to.be.closeTo(before.width, 0.5);
    expect(after.height).to.be.closeTo(before.height, 0.5);
  });

  it('zoomTo(code) frames the country: its outline fills the frame and stays inside it', async () => {
    const el = await map();
    await el.zoomTo('KGZ');
    await el.updateComplete;
    const frame = $(el, '[part="svg"]').getBoundingClientRect();
    const kgz = $(el, '[part~="country"][data-id="KGZ"]').getBoundingClientRect();
    expect(el.zoom.k).to.be.above(2);
    // Kyrgyzstan's screen box lies inside the frame and spans most of its width or height.
    expect(kgz.left).to.be.at.least(frame.left - 1);
    expect(kgz.right).to.be.at.most(frame.right + 1);
    expect(kgz.top).to.be.at.least(frame.top - 1);
    expect(kgz.bottom).to.be.at.most(frame.bottom + 1);
    expect(Math.max(kgz.width / frame.width, kgz.height / frame.height)).to.be.above(0.8);
  });

  it('double-clicking a country zooms to it', async () => {
    const el = await map();
    const zoomed = oneEvent(el, 'sdg-zoom');
    $(el, '[part~="country"][data-id="TJK"]').dispatchEvent(
      new MouseEvent('dblclick', { bubbles: true, composed: true }),
    );
    await zoomed;
    expect(el.zoom.k).to.be.above(2);
  });

  it('keyboard: + and − zoom, Shift+arrows pan, 0 resets, arrows still move between countries', async () => {
    const el = await map(html`<button id="before">before</button><sdg-map indicator="3.2.1" year="2020"></sdg-map>`);
    const { width } = el.model!;
    // One tab stop, on a country: the svg itself is not one (Chromium makes SVG elements with focus listeners focusable).
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Tab}');
    const first = el.shadowRoot!.activeElement;
    expect(first?.getAttribute('part')).to.contain('country');
    let z = oneEvent(el, 'sdg-zoom');
    await userEvent.keyboard('+');
    await z;
    expect(el.zoom.k).to.be.closeTo(2, 1e-6);
    const x0 = el.zoom.x;
    z = oneEvent(el, 'sdg-zoom');
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await z;
    // Shift+Left shows what lies to the west: the drawing moves right by a fifth of the width.
    expect(el.zoom.x).to.be.closeTo(Math.min(0, x0 + width * 0.2), 1e-6);
    expect(el.shadowRoot!.activeElement).to.equal(first);
    z = oneEvent(el, 'sdg-zoom');
    await userEvent.keyboard('0');
    await z;
    expect(el.zoom).to.deep.equal({ k: 1, x: 0, y: 0 });
    await userEvent.keyboard('{ArrowRight}');
    expect(el.shadowRoot!.activeElement).to.not.equal(first);
  });

  it('a plain wheel scrolls the page and shows the hint; Ctrl + wheel zooms', async () => {
    const el = await map();
    const svg = $(el, '[part="svg"]');
    const r = svg.getBoundingClientRect();
    const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true };
    const plain = new WheelEvent('wheel', { ...at, deltaY: -100 });
    svg.dispatchEvent(plain);
    await el.updateComplete;
    expect(plain.defaultPrevented).to.equal(false);
    expect(el.zoom.k).to.equal(1);
    expect($(el, '[part="zoom-hint"]').textContent).to.match(/(Ctrl|⌘) \+ scroll/);
    const z = oneEvent(el, 'sdg-zoom');
    const ctrl = new WheelEvent('wheel', { ...at, deltaY: -100, ctrlKey: true });
    svg.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).to.equal(true);
    await z;
    // d3-zoom: k = 2^(−deltaY · 0.002) = 2^0.2 for a mouse notch of 100 px.
    expect(el.zoom.k).to.be.closeTo(2 ** 0.2, 1e-6);
  });

  it('the zoom property moves the view (constrained) and fires sdg-zoom', async () => {
    const el = await map();
    const z = oneEvent(el, 'sdg-zoom');
    el.zoom = { k: 3, x: 100, y: -1e6 };
    const { detail } = await z;
    const { height } = el.model!;
    expect(detail).to.deep.equal({ k: 3, x: 0, y: height - 3 * height });
    await el.updateComplete;
    expect(matrix(el).k).to.be.closeTo(3, 1e-6);
  });

  it('touch: a first tap shows the tooltip, a second tap on the same country selects it', async () => {
    const el = await map();
    const kaz = $(el, '[part~="country"][data-id="KAZ"]');
    const r = kaz.getBoundingClientRect();
    const tap = () =>
      kaz.dispatchEvent(
        new PointerEvent('click', {
          pointerType: 'touch',
          bubbles: true,
          composed: true,
          clientX: r.x + r.width / 2,
          clientY: r.y + r.height / 2,
        }),
      );
    let selects = 0;
    el.addEventListener('sdg-select', () => selects++);
    tap();
    await el.updateComplete;
    expect(selects).to.equal(0);
    expect($(el, '[part="tooltip"] .name').textContent).to.equal('Kazakhstan');
    tap();
    await el.updateComplete;
    expect(selects).to.equal(1);
    expect(el.selected).to.equal('KAZ');
    // A mouse click selects at once.
    $(el, '[part~="country"][data-id="UZB"]').dispatchEvent(
      new PointerEvent('click', { pointerType: 'mouse', bubbles: true, composed: true }),
    );
    expect(el.selected).to.equal('UZB');
  });

  it('no-zoom: no controls, keys and wheel leave the map alone', async () => {
    const el = await map(html`<sdg-map indicator="3.2.1" year="2020" no-zoom></sdg-map>`);
    expect(el.shadowRoot!.querySelector('[part="zoom-controls"]')).to.equal(null);
    el.shadowRoot!.querySelector<SVGElement>('[tabindex="0"]')!.focus();
    await userEvent.keyboard('+');
    const svg = $(el, '[part="svg"]');
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(matrix(el)).to.deep.equal({ k: 1, x: 0, y: 0 });
  });
});
