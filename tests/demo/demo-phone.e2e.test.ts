/**
 * The demo page (index.html) on a phone: at 375 CSS pixels wide the page never scrolls sideways, with the data tables
 * opened (the widest content: a year column and one column per line), in light and dark, left-to-right and in Pashto.
 * Wide tables scroll inside their own box instead; the dashboard's grid turns to fit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDev } from '../../scripts/lib/dev-server.mjs';
import { launchChromium, recordSdgEvents, waitForSdgElements } from '../../scripts/lib/browser.mjs';

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

async function open(lang: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 }, colorScheme });
  await page.addInitScript(recordSdgEvents);
  await page.goto(new URL(`index.html?lang=${lang}`, dev.url).href);
  const state = await waitForSdgElements(page, 45_000);
  expect(state.pending).toEqual([]);
  return page;
}

/** Opens every `<details>` (data tables, dashboard drill-downs) in every shadow root, then lets layout settle. */
async function openAllDetails(page: Page): Promise<number> {
  const n = await page.evaluate(() => {
    let count = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const d of root.querySelectorAll('details')) {
        d.open = true;
        count++;
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return count;
  });
  await page.waitForTimeout(300);
  return n;
}

describe('demo page at 375px', () => {
  for (const [lang, scheme] of [
    ['en', 'light'],
    ['ru', 'dark'],
    ['ps', 'light'],
  ] as const) {
    it(`does not scroll sideways (${lang}, ${scheme}), tables open`, async () => {
      const page = await open(lang, scheme);
      expect(await page.evaluate(() => innerWidth)).toBe(375);
      // Sanity: the page has its data tables to open (trend chart, bar chart, map, dashboard).
      expect(await openAllDetails(page)).toBeGreaterThanOrEqual(2);
      const { scrollWidth, innerWidth, inner } = await page.evaluate(() => {
        const sr = (sel: string) => document.querySelector(sel)?.shadowRoot;
        const box = (el: Element | null | undefined) =>
          el ? { scroll: el.scrollWidth, client: el.clientWidth } : null;
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          inner: {
            dashboard: box(sr('sdg-dashboard')?.querySelector('.scroll')),
            trendTable: box(sr('sdg-trend-chart')?.querySelector('.table-scroll')),
          },
        };
      });
      expect(innerWidth).toBe(375);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      // The wide table is really there and scrolls inside its own box, not hidden or squeezed away; the dashboard
      // turns (countries as columns) and fits its box (tests/demo/dashboard-fit.e2e.test.ts checks every goal).
      expect(inner.dashboard!.scroll).toBeLessThanOrEqual(inner.dashboard!.client);
      expect(inner.dashboard!.client).toBeLessThanOrEqual(375);
      expect(inner.trendTable!.scroll).toBeGreaterThan(inner.trendTable!.client);
      expect(inner.trendTable!.client).toBeLessThanOrEqual(375);
      // Scrolling the page sideways does nothing.
      await page.evaluate(() => window.scrollTo(500, 0));
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
      await page.close();
    }, 90_000);
  }
});
