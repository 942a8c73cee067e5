/**
 * `SdgElement.prepare`: work an element does ahead of its first update (a map projects its outlines) runs in a turn
 * of its own, so a long first drawing is cut into tasks. The turns come from `mainThread`: past its budget of 4 ms
 * in one task, the next update waits for a new task (counted in `mainThread.yields`).
 */
import { fixture, html } from '@open-wc/testing';
import { describe, expect, it } from 'vitest';
import { mainThread } from '../../src/internal/main-thread.js';
import { SdgElement } from '../../src/internal/sdg-element.js';

const busy = (ms: number) => {
  const t = performance.now();
  while (performance.now() - t < ms);
};

/** Prepares once for 10 ms, then updates; records the queue's yields at each step. */
class PrepareProbe extends SdgElement {
  preparedAt: number | null = null;
  updatedAt: number[] = [];
  protected override prepare(): boolean {
    if (this.preparedAt !== null) return false;
    busy(10);
    this.preparedAt = mainThread.yields;
    return true;
  }
  override willUpdate() {
    this.updatedAt.push(mainThread.yields);
  }
  override render() {
    return html`<p>drawn</p>`;
  }
}
customElements.define('prepare-probe', PrepareProbe);

/** Never prepares anything. */
class PlainProbe extends SdgElement {
  updatedAt: number[] = [];
  override willUpdate() {
    this.updatedAt.push(mainThread.yields);
  }
  override render() {
    return html`<p>drawn</p>`;
  }
}
customElements.define('prepare-plain-probe', PlainProbe);

/** Throws while preparing (as a projection of a broken file could). */
class ThrowingProbe extends SdgElement {
  updates = 0;
  protected override prepare(): boolean {
    throw new Error('broken outlines');
  }
  override willUpdate() {
    this.updates++;
  }
  override render() {
    return html`<p>drawn</p>`;
  }
}
customElements.define('prepare-throwing-probe', ThrowingProbe);

describe('SdgElement.prepare', () => {
  it('an error while preparing leaves the update to run (and later updates too)', async () => {
    const el = await fixture<ThrowingProbe>(html`<prepare-throwing-probe></prepare-throwing-probe>`);
    await el.updateComplete;
    expect(el.updates).toBe(1);
    expect(el.shadowRoot!.textContent).toContain('drawn');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.updates).toBe(2);
  });

  it('runs before the first update, and the update waits for the next task when it took long', async () => {
    const el = await fixture<PrepareProbe>(html`<prepare-probe></prepare-probe>`);
    await el.updateComplete;
    expect(el.preparedAt).not.toBeNull();
    expect(el.updatedAt.length).toBeGreaterThan(0);
    // The queue gave the main thread back between the 10 ms of preparing and the update.
    expect(el.updatedAt[0]).toBeGreaterThan(el.preparedAt!);
    expect(el.shadowRoot!.textContent).toContain('drawn');
  });

  it('asks nothing more of an element that has nothing to prepare', async () => {
    // A fresh task, so that the queue's slice starts with this element.
    await new Promise((r) => setTimeout(r, 0));
    const before = mainThread.yields;
    const el = await fixture<PlainProbe>(html`<prepare-plain-probe></prepare-plain-probe>`);
    await el.updateComplete;
    expect(el.updatedAt[0]).toBe(before);
  });
});
