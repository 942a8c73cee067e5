import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingReason, sdgElements, trackDraws, waitForDrawn } from '../../.storybook/drawn.js';

/**
 * The shared wait that every story runs before its a11y check (.storybook/preview.ts afterEach): it must not let a
 * loading element through, must see elements in shadow trees, and must tell a story that errs on purpose from one
 * that draws. Stand-in elements make each state exact.
 */

class FakeElement extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div part="loading" role="status">Loading…</div>';
  }
  draw(event: 'sdg-render' | 'sdg-error' = 'sdg-render') {
    this.shadowRoot!.innerHTML =
      event === 'sdg-render' ? '<svg part="svg"></svg>' : '<div part="error" role="alert">Error</div>';
    this.dispatchEvent(new CustomEvent(event, { bubbles: true, composed: true, detail: {} }));
  }
  /** A partial rejection: `sdg-error` while the loading state is still shown. */
  errLoading() {
    this.dispatchEvent(new CustomEvent('sdg-error', { bubbles: true, composed: true, detail: {} }));
  }
}
if (!customElements.get('sdg-fake-chart')) customElements.define('sdg-fake-chart', FakeElement);

let stop: () => void;
let root: HTMLDivElement;
beforeEach(() => {
  stop = trackDraws();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  stop();
  root.remove();
});

const fake = (parent: ParentNode = root) => {
  const el = document.createElement('sdg-fake-chart') as FakeElement;
  parent.append(el);
  return el;
};

describe('waitForDrawn', () => {
  it('rejects, naming the element, while an element still shows its loading state', async () => {
    const el = fake();
    el.id = 'slow';
    expect(pendingReason(el, undefined)).toBe('still shows its loading state');
    await expect(waitForDrawn(root, { timeout: 200 })).rejects.toThrow(
      /<sdg-fake-chart id="slow"> still shows its loading state/,
    );
  });

  it('resolves once the element has drawn and fired sdg-render', async () => {
    const el = fake();
    setTimeout(() => el.draw(), 100);
    await waitForDrawn(root, { timeout: 2000 });
    expect(el.shadowRoot!.querySelector('[part="loading"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('svg')).not.toBeNull();
  });

  it('rejects when an element left its loading state but fired no event', async () => {
    const el = fake();
    el.shadowRoot!.innerHTML = '<svg></svg>';
    await expect(waitForDrawn(root, { timeout: 200 })).rejects.toThrow(/fired neither sdg-render nor sdg-error/);
  });

  it('sees elements inside other elements’ shadow trees', async () => {
    const host = document.createElement('div');
    root.append(host);
    const inner = fake(host.attachShadow({ mode: 'open' }));
    expect(sdgElements(root)).toEqual([inner]);
    await expect(waitForDrawn(root, { timeout: 200 })).rejects.toThrow(/still shows its loading state/);
    inner.draw();
    await waitForDrawn(root, { timeout: 500 });
  });

  it('keeps waiting after an sdg-error fired while the element is still loading (rows rejected, drawing due)', async () => {
    const el = fake();
    el.errLoading();
    await expect(waitForDrawn(root, { timeout: 200 })).rejects.toThrow(/still shows its loading state/);
    el.draw();
    await waitForDrawn(root, { timeout: 500 });
  });

  it('for a story that errs on purpose, requires an sdg-error', async () => {
    const el = fake();
    el.draw('sdg-render');
    await expect(waitForDrawn(root, { timeout: 200, expect: 'error' })).rejects.toThrow(/no element fired sdg-error/);
    const bad = fake();
    bad.draw('sdg-error');
    await waitForDrawn(root, { timeout: 500, expect: 'error' });
  });
});

describe('waitForDrawn for the loading story', () => {
  it('resolves while every element shows its loading state and rejects once one has drawn', async () => {
    const el = fake();
    await waitForDrawn(root, { timeout: 500, expect: 'loading' });
    el.draw();
    await expect(waitForDrawn(root, { timeout: 200, expect: 'loading' })).rejects.toThrow(
      /does not show its loading state/,
    );
  });
});
