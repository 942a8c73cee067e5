import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-goal-badge/sdg-goal-badge.js';
import type { SdgGoalBadge } from '../../src/components/sdg-goal-badge/sdg-goal-badge.js';

/**
 * Expected colours are the UN's published goal colours (SDG communications guidelines): goal 6 #26BDE2,
 * goal 7 #FCC30B, goal 17 #19486A; titles are the UN short titles (en) and the catalog's Russian ones.
 */
async function badge(markup: ReturnType<typeof html>): Promise<SdgGoalBadge> {
  const wrapper = await fixture<HTMLElement>(html`<div>${markup}</div>`);
  const el = wrapper.querySelector('sdg-goal-badge') as SdgGoalBadge;
  if (!el.shadowRoot?.querySelector('[part="title"], [part="error"]')) {
    await Promise.race([oneEvent(el, 'sdg-render'), oneEvent(el, 'sdg-error')]);
  }
  await el.updateComplete;
  return el;
}

/** The text a screen reader reads: everything but aria-hidden subtrees. */
function spoken(root: Node): string {
  const walk = (node: Node): string =>
    [...node.childNodes]
      .map((n) =>
        n.nodeType === Node.TEXT_NODE
          ? (n.textContent ?? '')
          : n instanceof Element && n.getAttribute('aria-hidden') !== 'true'
            ? walk(n)
            : '',
      )
      .join('');
  return walk(root).replace(/\s+/g, ' ').trim();
}

describe('sdg-goal-badge', () => {
  it('is accessible', async () => {
    const el = await badge(html`<sdg-goal-badge goal="6"></sdg-goal-badge>`);
    await expect(el).to.be.accessible();
  });

  it('reads as "Goal 6: Clean water and sanitation" and shows the number on the goal colour', async () => {
    const el = await badge(html`<sdg-goal-badge goal="6"></sdg-goal-badge>`);
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(spoken(base)).to.equal('Goal 6: Clean water and sanitation');
    expect(el.shadowRoot!.querySelector('[part="number"]')!.textContent).to.equal('6');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(38, 189, 226)');
  });

  it("picks dark text on goal 7's yellow and white on goal 17's navy (WCAG contrast)", async () => {
    const yellow = await badge(html`<sdg-goal-badge goal="7"></sdg-goal-badge>`);
    const y = getComputedStyle(yellow.shadowRoot!.querySelector('[part="base"]')!);
    expect(y.backgroundColor).to.equal('rgb(252, 195, 11)');
    expect(y.color).to.equal('rgb(0, 0, 0)');
    const navy = await badge(html`<sdg-goal-badge goal="17"></sdg-goal-badge>`);
    expect(getComputedStyle(navy.shadowRoot!.querySelector('[part="base"]')!).color).to.equal('rgb(255, 255, 255)');
  });

  it("uses the page's language, and marks an English fallback with lang", async () => {
    const ru = await badge(html`<div lang="ru"><sdg-goal-badge goal="7"></sdg-goal-badge></div>`);
    const title = ru.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.textContent).to.equal('Недорогостоящая и чистая энергия');
    expect(title.hasAttribute('lang')).to.equal(false);
    const fa = await badge(html`<div lang="fa-AF"><sdg-goal-badge goal="7"></sdg-goal-badge></div>`);
    const t2 = fa.shadowRoot!.querySelector('[part="title"]')!;
    expect(t2.textContent).to.equal('Affordable and clean energy');
    expect(t2.getAttribute('lang')).to.equal('en');
  });

  it('sizes: s inline, m and l tiles of growing width; size reflects', async () => {
    const widths: number[] = [];
    for (const size of ['m', 'l']) {
      const el = await badge(html`<sdg-goal-badge goal="3" size=${size}></sdg-goal-badge>`);
      expect(el.getAttribute('size')).to.equal(size);
      widths.push(el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().width);
    }
    expect(widths[1]).to.be.greaterThan(widths[0]);
    const s = await badge(html`<sdg-goal-badge goal="3"></sdg-goal-badge>`);
    expect(s.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().height).to.be.lessThan(40);
  });

  it('shows a user-supplied icon as a decorative image', async () => {
    const el = await badge(
      html`<sdg-goal-badge
        goal="6"
        size="m"
        icon="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
      ></sdg-goal-badge>`,
    );
    const img = el.shadowRoot!.querySelector('img[part="icon"]')!;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('src')).to.match(/^data:image\/svg/);
  });

  it('an unknown goal shows a localised error and fires sdg-error', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sdg-goal-badge');
    el.goal = '18';
    const event = oneEvent(el, 'sdg-error');
    wrapper.append(el);
    const { detail } = await event;
    expect(detail.kind).to.equal('unknown-goal');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('18');
  });
});
