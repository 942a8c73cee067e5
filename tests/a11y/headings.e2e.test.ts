/**
 * Headings that fit the host page (issue #15): one of each element placed under an `<h1>`, under an `<h2>` and under
 * an `<h4>` (each page's outline valid up to that level), in real Chromium with axe over the page and every shadow
 * tree. An element that brought its own `<h3>` would break `heading-order` under the `<h1>`; none may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startDev } from '../../scripts/lib/dev-server.mjs';
import { axeViolations, launchChromium, recordSdgEvents, waitForSdgElements } from '../../scripts/lib/browser.mjs';

// The map with its list of regions without a shape (the list that used to be an <h3>) and a region level.
const ELEMENTS = `
  <sdg-map indicator="3.2.1" year="2020"></sdg-map>
  <sdg-map indicator="1.2.1" level="region" countries="KAZ"></sdg-map>
  <sdg-trend-chart indicator="3.2.1"></sdg-trend-chart>
  <sdg-bar-chart indicator="3.2.1" year="2020"></sdg-bar-chart>
  <p><sdg-sparkline indicator="3.2.1" country="KAZ"></sdg-sparkline> <sdg-value indicator="3.2.1" country="AFG"></sdg-value></p>
  <sdg-goal-badge goal="3"></sdg-goal-badge>
  <sdg-time-slider min="2010" max="2020"></sdg-time-slider>
  <sdg-dashboard countries="KAZ KGZ" goals="3 4"></sdg-dashboard>`;

const OUTLINES: Record<string, string> = {
  h1: '<h1>Page</h1>',
  h2: '<h1>Page</h1><h2>Section</h2>',
  h4: '<h1>Page</h1><h2>Section</h2><h3>Part</h3><h4>Detail</h4>',
};

let dev: { url: string; close: () => Promise<unknown> };
let browser: Browser;

beforeAll(async () => {
  dev = await startDev();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

describe('axe with every element under a heading', () => {
  for (const [level, outline] of Object.entries(OUTLINES)) {
    it(`under <${level}>: no violation, no heading inside an element`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      await page.addInitScript(recordSdgEvents);
      await page.goto(new URL('/tests/hostile/files/page.html', dev.url).href);
      await page.evaluate((html) => {
        document.querySelector('main')!.innerHTML = html;
      }, outline + ELEMENTS);
      const state = await waitForSdgElements(page, 45_000);
      expect(state.pending).toEqual([]);
      await page.waitForTimeout(300);
      const inside = await page.evaluate(() => {
        let n = 0;
        const walk = (r: ParentNode) => {
          for (const e of r.querySelectorAll('*')) {
            if (/^h[1-6]$/.test(e.localName) || e.getAttribute('role') === 'heading') n++;
            if (e.shadowRoot) walk(e.shadowRoot);
          }
        };
        for (const el of document.querySelectorAll('main *')) if (el.shadowRoot) walk(el.shadowRoot);
        return n;
      });
      expect(inside).toBe(0);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await page.close();
    }, 90_000);
  }
});
