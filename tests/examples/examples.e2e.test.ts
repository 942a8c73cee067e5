/**
 * The same map in plain HTML, React 19, Vue 3 and Svelte 5 (examples/), built against a fresh dist/ and served as a
 * static site: it draws, a selection reaches the framework's state, and the framework's year reaches the map.
 * Also: properties set on an element before its definition loads are kept.
 * Expected values from the raw UN extract: SH_DYN_MORT (3.2.1) both sexes 2020, Afghanistan 57.8 (estimate).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { build } from '../../scripts/build.mjs';
import { buildExamples } from '../../examples/build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let scratch = '';
let site: { url: string; close: () => Promise<unknown> };
let browser: Browser;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'sdg-examples-'));
  await build({ outdir: path.join(scratch, 'dist'), quiet: true });
  symlinkSync(path.join(root, 'data'), path.join(scratch, 'data'));
  await buildExamples({ outdir: path.join(scratch, 'examples'), sdg: path.join(scratch, 'dist/sdg.js') });
  mkdirSync(path.join(scratch, 'examples/html'), { recursive: true });
  copyFileSync(path.join(root, 'examples/html/index.html'), path.join(scratch, 'examples/html/index.html'));
  site = await startServer({ root: scratch });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const title = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector('sdg-map')?.shadowRoot?.querySelector('[part~="title"]')?.textContent ?? '').replace(
      /\s+/g,
      ' ',
    ),
  );

async function drawn(page: Page, year: string) {
  await page.waitForFunction(
    (y) => {
      const root = document.querySelector('sdg-map')?.shadowRoot;
      return (
        root?.querySelectorAll('[part~="country"]').length === 6 &&
        root.querySelector('[part~="title"]')?.textContent?.includes(y)
      );
    },
    year,
    { timeout: 30_000 },
  );
}

describe.each(['html', 'react', 'vue', 'svelte'])('examples/%s', (fw) => {
  it('draws the map; a selection reaches the app; the app’s year reaches the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
    );
    page.on(
      'response',
      (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`),
    );
    await page.goto(`${site.url}examples/${fw}/index.html`);
    await drawn(page, '2020');
    expect(await page.textContent('#selected')).toBe('none');
    await page.locator('sdg-map [data-id="AFG"]').dispatchEvent('click');
    await expect.poll(() => page.textContent('#selected')).toBe('Afghanistan: 57.8 (2020)');
    await page.selectOption('select', '2015');
    await drawn(page, '2015');
    expect(await title(page)).toContain('2015');
    expect(await page.evaluate(() => (document.querySelector('sdg-map') as unknown as { year: unknown }).year)).toBe(
      2015,
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('upgrade', () => {
  it('properties set before the element is defined are kept', async () => {
    writeFileSync(
      path.join(scratch, 'upgrade.html'),
      `<!doctype html><html lang="en"><body><script>
        const el = document.createElement('sdg-map');
        el.indicator = '3.2.1';
        el.year = 2015;
        el.showTable = true;
        document.body.append(el);
        window.before = customElements.get('sdg-map') === undefined;
        setTimeout(() => import('./dist/sdg.js'), 50);
      </script></body></html>`,
    );
    const page = await browser.newPage();
    await page.goto(`${site.url}upgrade.html`);
    await drawn(page, '2015');
    const state = await page.evaluate(() => {
      const el = document.querySelector('sdg-map') as unknown as {
        indicator: string;
        year: number;
        showTable: boolean;
        hasAttribute: (n: string) => boolean;
      };
      return {
        before: (window as unknown as { before: boolean }).before,
        indicator: el.indicator,
        year: el.year,
        showTable: el.showTable,
        reflected: el.hasAttribute('show-table'),
      };
    });
    expect(state).toEqual({ before: true, indicator: '3.2.1', year: 2015, showTable: true, reflected: true });
    await page.close();
  }, 60_000);
});
