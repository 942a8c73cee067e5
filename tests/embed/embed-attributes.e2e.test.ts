/**
 * The iframe page (`embed.html`) applies the elements' own validation (issue #15): an unknown enumerated value from
 * the URL is named in the element's language while the element draws with its default, and a `src` in the URL (a
 * file URL, well formed or not) is never passed on: the embed shows the shipped data, with no raw browser error.
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

async function open(query: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(recordSdgEvents);
  await page.goto(new URL(`/embed.html?${query}`, dev.url).href);
  await waitForSdgElements(page, 30_000);
  return { page, errors, requests };
}

describe('embed.html', () => {
  it('projection=foo&lang=ru: a Russian notice naming the accepted projections, and the map drawn', async () => {
    const { page, errors } = await open('el=sdg-map&indicator=3.2.1&year=2020&projection=foo&lang=ru');
    // The notice's sdg-error comes first; the drawing follows.
    await page.waitForFunction(
      () =>
        (window as unknown as { __sdgEvents: Array<{ type: string }> }).__sdgEvents.some(
          (e) => e.type === 'sdg-render',
        ),
      null,
      { timeout: 30_000 },
    );
    const state = await page.evaluate(() => {
      const root = document.querySelector('sdg-map')!.shadowRoot!;
      const events = (window as unknown as { __sdgEvents: Array<{ type: string; detail: { code?: string } }> })
        .__sdgEvents;
      return {
        notice: root.querySelector<HTMLElement>('[part~="notice"]')?.innerText ?? '',
        countries: root.querySelectorAll('svg [part~="country"]').length,
        codes: events.filter((e) => e.type === 'sdg-error').map((e) => e.detail.code),
      };
    });
    expect(state.notice).toContain('Значение «foo» атрибута projection не входит в допустимые: central-asia, mercator');
    expect(state.countries).toBeGreaterThanOrEqual(6);
    expect(state.codes).toEqual(['unknown-value']);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const src of ['http://[bad', 'javascript:alert(1)', '//evil.example/data.csv']) {
    it(`src=${src} is not passed on: the shipped data drawn, nothing fetched from it, no raw error`, async () => {
      const { page, errors, requests } = await open(
        `el=sdg-bar-chart&indicator=3.2.1&year=2020&lang=kk&src=${encodeURIComponent(src)}`,
      );
      const state = await page.evaluate(() => {
        const el = document.querySelector('sdg-bar-chart')!;
        return {
          src: el.getAttribute('src'),
          bars: el.shadowRoot!.querySelectorAll('rect[part~="bar"]').length,
          text: (el.shadowRoot as unknown as { innerText?: string }).innerText ?? el.shadowRoot!.textContent ?? '',
        };
      });
      expect(state.src).toBe(null);
      expect(state.bars).toBeGreaterThan(3);
      expect(state.text).not.toMatch(/Failed to construct|Invalid URL/);
      expect(requests.filter((u) => !u.startsWith(dev.url))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
