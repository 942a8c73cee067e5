/**
 * The builder's snippets, pasted into blank pages served with a fresh dist/, show the same element as the builder's
 * preview: same attributes, it draws (sdg-render fires), same title and same colours. The iframe snippet shows the
 * same element inside embed.html and the frame fits its height.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium, recordSdgEvents } from '../../scripts/lib/browser.mjs';
import { startDev } from '../../scripts/lib/dev-server.mjs';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { build } from '../../scripts/build.mjs';
import { elementAttributes, iframeSnippet, tagSnippet, type BuilderState } from '../../src/builder/snippets.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let browser: Browser;
let dev: { url: string; close: () => Promise<unknown> };
let site: { url: string; close: () => Promise<unknown> };
let scratch = '';

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'sdg-builder-'));
  await build({ outdir: path.join(scratch, 'dist'), quiet: true });
  symlinkSync(path.join(root, 'data'), path.join(scratch, 'data'));
  site = await startServer({ root: scratch });
  dev = await startDev();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await dev?.close();
  await site?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** What an element shows, read from the page: attributes, title text and the fill of every country/bar/line. */
async function describeElement(where: Page | Frame, selector: string) {
  return where.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    const root = el.shadowRoot!;
    const attrs = Object.fromEntries(
      el
        .getAttributeNames()
        .filter((n) => n !== 'style')
        .map((n) => [n, el.getAttribute(n)]),
    );
    const title = (root.querySelector('[part~="title"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const fills = [...root.querySelectorAll('[data-id]')]
      .map((p) => `${p.getAttribute('data-id')}:${getComputedStyle(p).fill}`)
      .sort();
    return { attrs, title, fills };
  }, selector);
}

async function openBuilder(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  await page.goto(`${dev.url}builder.html?base=${encodeURIComponent(`${site.url}dist/`)}`);
  await page.waitForFunction(
    () => document.querySelector('embed-builder')?.shadowRoot?.querySelector('#indicator'),
    null,
    { timeout: 30_000 },
  );
  await page.waitForFunction(
    () => document.querySelector('embed-builder')?.shadowRoot?.querySelector('datalist option'),
    null,
    { timeout: 30_000 },
  );
  return page;
}

async function previewReady(page: Page, tag: string) {
  await page.waitForFunction(
    (t) => {
      const el = document.querySelector('embed-builder')!.shadowRoot!.querySelector(t);
      return (
        el?.shadowRoot?.querySelector('svg[part~="svg"], [part~="error"]') &&
        el.shadowRoot.querySelector('[part~="title"]')
      );
    },
    tag,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(500);
}

const snippet = (page: Page, name: string) =>
  page.evaluate(
    (n) =>
      (
        document
          .querySelector('embed-builder')!
          .shadowRoot!.querySelector(`textarea[data-snippet="${n}"]`) as HTMLTextAreaElement
      ).value,
    name,
  );

async function pasted(name: string, body: string): Promise<Page> {
  writeFileSync(
    path.join(scratch, name),
    `<!doctype html><html><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${body}\n</body></html>`,
  );
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  await page.addInitScript(recordSdgEvents);
  await page.goto(`${site.url}${name}`);
  return page;
}

describe('builder snippets (pure)', () => {
  const base: BuilderState = {
    tag: 'sdg-map',
    indicator: '3.2.1',
    year: '2020',
    startYear: '',
    endYear: '',
    countries: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'],
    lang: 'kk',
    theme: 'dark',
    width: 0,
    height: 560,
    base: 'https://cdn.example/sdg/dist/',
  };
  it('script + tag', () => {
    expect(tagSnippet(base)).toBe(
      '<script type="module" src="https://cdn.example/sdg/dist/sdg.js"></script>\n<sdg-map indicator="3.2.1" year="2020" lang="kk" theme="dark"></sdg-map>',
    );
  });
  it('iframe with the same attributes in the query and embed.js', () => {
    const s = iframeSnippet(base, 'Under-5 mortality');
    expect(s).toContain(
      'src="https://cdn.example/sdg/dist/embed.html?el=sdg-map&amp;indicator=3.2.1&amp;year=2020&amp;lang=kk&amp;theme=dark&amp;id=sdg-map-3-2-1"',
    );
    expect(s).toContain('<script src="https://cdn.example/sdg/dist/embed.js" async></script>');
    expect(s).toContain('data-sdg-embed');
  });
  it('iframe sized by width/height attributes as well, for pages whose CSP drops style attributes', () => {
    expect(iframeSnippet(base, 'x')).toMatch(/ width="100%" height="560" /);
    expect(iframeSnippet({ ...base, width: 640.4, height: 400 }, 'x')).toMatch(/ width="640" height="400" /);
  });
  it('range elements take start/end years and a subset of countries; the map ignores countries', () => {
    expect(
      elementAttributes({
        ...base,
        tag: 'sdg-trend-chart',
        startYear: '2010',
        endYear: '2020',
        countries: ['KAZ', 'AFG'],
      }),
    ).toEqual({
      indicator: '3.2.1',
      'start-year': '2010',
      'end-year': '2020',
      countries: 'KAZ AFG',
      lang: 'kk',
      theme: 'dark',
    });
    expect(elementAttributes({ ...base, countries: ['KAZ'] })).not.toHaveProperty('countries');
    expect(elementAttributes({ ...base, tag: 'sdg-sparkline', countries: ['UZB'] }).country).toBe('UZB');
  });
  it('escapes values', () => {
    expect(tagSnippet({ ...base, indicator: '"><script>' })).toContain('indicator="&quot;&gt;&lt;script&gt;"');
  });
});

describe('builder page → blank page', () => {
  it('the map snippet shows the same map as the preview', async () => {
    const page = await openBuilder();
    const b = page.locator('embed-builder');
    await b.locator('#indicator').fill('3.3.1 — whatever the list says');
    await b.locator('#indicator').dispatchEvent('change');
    await b.locator('#year').fill('2019');
    await b.locator('#year').dispatchEvent('change');
    await b.locator('#lang').selectOption('ru');
    await b.locator('#theme').selectOption('dark');
    await previewReady(page, 'sdg-map');
    const fromBuilder = await page.evaluate(() => {
      const el = document.querySelector('embed-builder')!.shadowRoot!.querySelector('sdg-map')!;
      const root = el.shadowRoot!;
      return {
        attrs: Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)])),
        title: (root.querySelector('[part~="title"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        fills: [...root.querySelectorAll('[data-id]')]
          .map((p) => `${p.getAttribute('data-id')}:${getComputedStyle(p).fill}`)
          .sort(),
      };
    });
    expect(fromBuilder.attrs).toMatchObject({ indicator: '3.3.1', year: '2019', lang: 'ru', theme: 'dark' }); // plus any the map reflects
    expect(fromBuilder.fills.length).toBe(6);

    const tag = await snippet(page, 'tag');
    expect(tag).toContain('<sdg-map indicator="3.3.1" year="2019" lang="ru" theme="dark"></sdg-map>');
    const blank = await pasted('map.html', tag);
    await blank.waitForFunction(
      () =>
        (window as unknown as { __sdgEvents: Array<{ type: string }> }).__sdgEvents.some(
          (e) => e.type === 'sdg-render',
        ),
      null,
      { timeout: 30_000 },
    );
    const shown = await describeElement(blank, 'sdg-map');
    expect(shown.attrs).toEqual(fromBuilder.attrs);
    expect(shown.title).toBe(fromBuilder.title);
    expect(shown.fills).toEqual(fromBuilder.fills);

    const frameSnippet = await snippet(page, 'iframe');
    const framed = await pasted('frame.html', frameSnippet);
    await framed.waitForFunction(
      () => parseFloat((document.querySelector('iframe') as HTMLIFrameElement).style.height) > 300,
      null,
      { timeout: 30_000 },
    );
    const frame = framed.frames().find((f) => f.url().includes('embed.html'))!;
    await frame.waitForFunction(
      () => document.querySelector('sdg-map')?.shadowRoot?.querySelector('[part~="svg"]'),
      null,
      { timeout: 30_000 },
    );
    const inFrame = await describeElement(frame, 'sdg-map');
    expect(inFrame.attrs).toEqual(fromBuilder.attrs);
    expect(inFrame.title).toBe(fromBuilder.title);
    expect(inFrame.fills).toEqual(fromBuilder.fills);

    const withFallback = await snippet(page, 'fallback');
    expect(withFallback).toContain('<sdg-map indicator="3.3.1" year="2019" lang="ru" theme="dark">');
    expect(withFallback).toContain('<figure slot="fallback" lang="ru">');
    await Promise.all([page.close(), blank.close(), framed.close()]);
  }, 120_000);

  it('a trend chart with a year range and fewer countries', async () => {
    const page = await openBuilder();
    const b = page.locator('embed-builder');
    await b.locator('#el').selectOption('sdg-trend-chart');
    await b.locator('#start').fill('2010');
    await b.locator('#start').dispatchEvent('change');
    await b.locator('#end').fill('2020');
    await b.locator('#end').dispatchEvent('change');
    await b.locator('input[value="TKM"]').uncheck();
    await previewReady(page, 'sdg-trend-chart');
    const { attrs, text } = await page.evaluate(() => {
      const el = document.querySelector('embed-builder')!.shadowRoot!.querySelector('sdg-trend-chart')!;
      return {
        attrs: Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)])),
        text: [...el.shadowRoot!.querySelectorAll('[part~="title"], [part~="table"], [part~="source"]')]
          .map((e) => e.textContent)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      };
    });
    // the chart reflects some defaults (scale, highlight) as attributes; the snippet's own are these
    expect(attrs).toMatchObject({
      indicator: '3.2.1',
      'start-year': '2010',
      'end-year': '2020',
      countries: 'KAZ KGZ TJK UZB AFG',
    });
    expect(await snippet(page, 'tag')).toContain(
      '<sdg-trend-chart indicator="3.2.1" start-year="2010" end-year="2020" countries="KAZ KGZ TJK UZB AFG">',
    );
    const blank = await pasted('trend.html', await snippet(page, 'tag'));
    await blank.waitForFunction(
      () =>
        (window as unknown as { __sdgEvents: Array<{ type: string }> }).__sdgEvents.some(
          (e) => e.type === 'sdg-render',
        ),
      null,
      { timeout: 30_000 },
    );
    const shown = await describeElement(blank, 'sdg-trend-chart');
    expect(shown.attrs).toEqual(attrs);
    // title, data table and source are the same as in the preview (axis ticks depend on the width)
    const shownText = await blank.evaluate(() =>
      [
        ...document
          .querySelector('sdg-trend-chart')!
          .shadowRoot!.querySelectorAll('[part~="title"], [part~="table"], [part~="source"]'),
      ]
        .map((e) => e.textContent)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(shownText).toBe(text);
    expect(text).toContain('2010');
    expect(text).not.toContain('Turkmenistan');
    await Promise.all([page.close(), blank.close()]);
  }, 120_000);
});
