/**
 * The static fallback (src/embed/fallback.ts via scripts/fallback.mjs): with JavaScript disabled, a page with the
 * snippet shows the title, the data table and the source; with JavaScript, the element replaces it.
 * Expected values from the raw UN extract (data-raw/sdg/sdg_indicators_central_asia.csv), SH_DYN_MORT both
 * sexes: 2020 AFG 57.8, TKM 42.2, TJK 32.5, KGZ 17.8, UZB 14.7, KAZ 10.2; AFG 2018 62.2, 2019 59.9 (all nature E).
 * SN_ITK_DEFC (2.1.1) 2020: KAZ published as `<2.5`. SH_HIV_INCD (3.3.1): no TKM value in 2017–2020.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { fallbackSnippet } from '../../scripts/fallback.mjs';
import { build } from '../../scripts/build.mjs';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let browser: Browser;
let server: { url: string; close: () => Promise<unknown> };
let scratch = '';
let pages: Server;
let pagesUrl = '';
const html = new Map<string, string>();

beforeAll(async () => {
  // A scratch site: dist/ built fresh, data/ linked, pages served from memory on the same origin.
  scratch = mkdtempSync(path.join(tmpdir(), 'sdg-fallback-'));
  await build({ outdir: path.join(scratch, 'dist'), quiet: true });
  symlinkSync(path.join(root, 'data'), path.join(scratch, 'data'));
  server = await startServer({ root: scratch });
  pages = createServer((req, res) => {
    const body = html.get(req.url ?? '');
    if (body) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    else res.writeHead(302, { location: new URL(req.url ?? '/', server.url).href }).end();
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  pages?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function page(name: string, snippet: string): string {
  html.set(
    `/${name}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
     <script type="module" src="${server.url}dist/sdg.js"></script></head><body>${snippet}</body></html>`,
  );
  return `${pagesUrl}/${name}`;
}

describe('static fallback', () => {
  it('the snippet carries the attributes and a figure with title, table and source', async () => {
    const s = await fallbackSnippet('sdg-map', { indicator: '3.2.1', year: '2020' });
    expect(s.startsWith('<sdg-map indicator="3.2.1" year="2020">')).toBe(true);
    expect(s).toContain('<figure slot="fallback">');
    expect(s.trim().endsWith('</sdg-map>')).toBe(true);
  });

  it('with JavaScript disabled: title, data table and source are visible', async () => {
    const snippet = [
      await fallbackSnippet('sdg-map', { indicator: '3.2.1', year: '2020' }),
      await fallbackSnippet('sdg-trend-chart', {
        indicator: '3.2.1',
        'start-year': '2018',
        'end-year': '2020',
        countries: 'AFG',
      }),
    ].join('\n');
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(page('nojs.html', snippet));
    const caption = p.locator('sdg-map figcaption');
    await expect.poll(() => caption.isVisible()).toBe(true);
    expect(await caption.textContent()).toContain('2020');
    const rows = await p
      .locator('sdg-map table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.trim())));
    expect(rows.map((r) => r[0])).toEqual([
      'Kazakhstan',
      'Kyrgyzstan',
      'Tajikistan',
      'Turkmenistan',
      'Uzbekistan',
      'Afghanistan',
    ]);
    expect(rows.map((r) => r[1])).toEqual(
      ['10.2', '17.8', '32.5', '42.2', '14.7', '57.8'].map((v) => `${v} (estimate)`),
    );
    expect(await p.locator('sdg-map table').isVisible()).toBe(true);
    const source = p.locator('sdg-map figure p');
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toContain('Source: UN Statistics Division');
    const trend = await p
      .locator('sdg-trend-chart table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.trim())));
    expect(trend).toEqual([
      ['2018', '62.2 (estimate)'],
      ['2019', '59.9 (estimate)'],
      ['2020', '57.8 (estimate)'],
    ]);
    await ctx.close();
  }, 60_000);

  it('with JavaScript: the element draws and the fallback is no longer shown', async () => {
    const snippet = await fallbackSnippet('sdg-map', { indicator: '3.2.1', year: '2020' });
    const p = await browser.newPage();
    await p.goto(page('js.html', snippet));
    await p.waitForFunction(() => document.querySelector('sdg-map')?.shadowRoot?.querySelector('[part="svg"]'), null, {
      timeout: 30_000,
    });
    expect(await p.locator('sdg-map figure').isVisible()).toBe(false);
    expect(await p.locator('sdg-map figure table').count()).toBe(1); // still in the page for search engines
    await p.close();
  }, 60_000);

  it('flags as published, no data as no data, other languages translated', async () => {
    const flags = await fallbackSnippet('sdg-map', { indicator: '2.1.1', year: '2020' });
    expect(flags).toMatch(/Kazakhstan<\/th><td>&lt;2\.5% \(estimate\)<\/td>/);
    const gap = await fallbackSnippet('sdg-map', { indicator: '3.3.1', year: '2020' });
    expect(gap).toMatch(/Turkmenistan<\/th><td>No data<\/td>/);
    const kk = await fallbackSnippet('sdg-map', { indicator: '3.2.1', year: '2020', lang: 'kk' });
    expect(kk).toContain('<figure slot="fallback" lang="kk">');
    expect(kk).toContain('Ауғанстан</th><td>57,8');
  });

  it('escapes attribute values and has no figure for an unknown indicator', async () => {
    const s = await fallbackSnippet('sdg-map', { indicator: '"><script>x</script>' });
    expect(s).toBe('<sdg-map indicator="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"></sdg-map>');
  });
});
