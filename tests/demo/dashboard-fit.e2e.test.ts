/**
 * The dashboard fits its box: on the demo page and on a bare page holding only the dashboard, at window widths of
 * 1920, 1280 and 960 px all 17 goals are one row of columns (6 × 17) with no sideways scrolling; at 600 and 375 px
 * (countries as columns) every goal is still whole. "Whole" means the goal's header and its six cells lie inside the
 * grid's box and the window, and neither the page nor the grid's box scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

const BARE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><script type="module" src="/src/index.ts"></script></head><body><sdg-dashboard></sdg-dashboard></body></html>';

async function measure(path: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.route('**/__dashboard-only.html', (route) => route.fulfill({ contentType: 'text/html', body: BARE }));
  await page.addInitScript(recordSdgEvents);
  await page.goto(new URL(path, dev.url).href);
  await waitForSdgElements(page, 45_000);
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => {
    const root = document.querySelector('sdg-dashboard')!.shadowRoot!;
    const scroll = root.querySelector('.scroll') as HTMLElement;
    const box = scroll.getBoundingClientRect();
    const heads = [...root.querySelectorAll('.goal-head')];
    const rows = [...root.querySelectorAll('table[part="grid"] tbody tr')];
    const goals = heads.map((h, c) => {
      const parts = [h, ...rows.map((tr) => tr.querySelectorAll('td')[c])];
      const rects = parts.map((e) => e.getBoundingClientRect());
      const inside = rects.every(
        (r) =>
          r.width > 0 &&
          r.left >= box.left - 0.5 &&
          r.right <= box.right + 0.5 &&
          r.left >= -0.5 &&
          r.right <= innerWidth + 0.5,
      );
      return { goal: h.textContent!.trim(), inside, left: Math.round(rects[0].left), top: Math.round(rects[0].top) };
    });
    return {
      goals,
      rows: rows.length,
      pageOverflow: document.documentElement.scrollWidth - innerWidth,
      gridOverflow: scroll.scrollWidth - scroll.clientWidth,
      boxWidth: Math.round(box.width),
    };
  });
  await page.close();
  return m;
}

describe('sdg-dashboard fits its box', () => {
  for (const path of ['index.html', '__dashboard-only.html']) {
    for (const width of [1920, 1280, 960]) {
      it(`${path} at ${width} px: 6 × 17 in one row of goals, nothing scrolls sideways`, async () => {
        const m = await measure(path, width);
        expect(m.rows).toBe(6);
        expect(m.goals.length).toBe(17);
        expect(m.goals.filter((g) => !g.inside).map((g) => g.goal)).toEqual([]);
        expect(new Set(m.goals.map((g) => g.top)).size).toBe(1); // goals side by side: the wide layout
        expect(m.gridOverflow).toBeLessThanOrEqual(0);
        expect(m.pageOverflow).toBeLessThanOrEqual(0);
      }, 90_000);
    }
    for (const width of [600, 375]) {
      it(`${path} at ${width} px: every goal whole, nothing scrolls sideways`, async () => {
        const m = await measure(path, width);
        expect(m.goals.length).toBe(17);
        expect(m.goals.filter((g) => !g.inside).map((g) => g.goal)).toEqual([]);
        expect(m.gridOverflow).toBeLessThanOrEqual(0);
        expect(m.pageOverflow).toBeLessThanOrEqual(0);
      }, 90_000);
    }
  }
});
