/**
 * The iframe page and the parent-page resizer in real Chromium: the parent is a page on another origin
 * (another port, served by the test), the frame is embed.html from the project's dev server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startDev } from '../../scripts/lib/dev-server.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dev: { url: string; close: () => Promise<unknown> };
let browser: Browser;
let embedJs = '';
/** The parent page's server: another port, so another origin than the frame's dev server. */
let parentServer: Server;
let parentOrigin = '';
let frames = '';

beforeAll(async () => {
  const built = await esbuild.build({
    entryPoints: [path.join(root, 'src/embed/embed.ts')],
    bundle: true,
    format: 'iife',
    write: false,
  });
  embedJs = built.outputFiles[0].text;
  dev = await startDev();
  browser = await launchChromium();
  parentServer = createServer((req, res) => {
    if (req.url === '/embed.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(embedJs);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html><body style="margin:0">${frames}
        <script>window.__messages = []; addEventListener('message', (e) => __messages.push({ origin: e.origin, data: e.data }));</script>
        <script src="/embed.js"></script></body></html>`,
    );
  });
  await new Promise<void>((r) => parentServer.listen(0, '127.0.0.1', () => r()));
  parentOrigin = `http://127.0.0.1:${(parentServer.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await dev?.close();
  parentServer?.close();
});

/** A parent page on another origin holding `html` (frames), with embed.js and a log of the messages it receives. */
async function parent(html: string): Promise<Page> {
  frames = html;
  const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
  await page.goto(`${parentOrigin}/article.html`);
  return page;
}

const frameUrl = (query: string) => `${dev.url}embed.html?${query}`;

async function settledHeight(page: Page, selector: string): Promise<number> {
  await page.waitForFunction(
    (sel) => {
      const f = document.querySelector(sel) as HTMLIFrameElement;
      return f && parseFloat(f.style.height) > 200;
    },
    selector,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(400);
  return page.$eval(selector, (f) => parseFloat((f as HTMLIFrameElement).style.height));
}

describe('embed.html + embed.js', () => {
  it('fits the frame to the element and tells the parent its height', async () => {
    const page = await parent(
      `<iframe id="f" data-sdg-embed title="Map" style="border:0;width:100%;height:150px" src="${frameUrl('el=sdg-map&indicator=3.2.1&year=2020&lang=kk&id=m1')}"></iframe>`,
    );
    const height = await settledHeight(page, '#f');
    const frame = page.frames().find((f) => f.url().includes('embed.html'))!;
    const inner = await frame.evaluate(() => ({
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      lang: document.documentElement.lang,
      tag: document.querySelector('main > *')?.localName,
      indicator: document.querySelector('sdg-map')?.getAttribute('indicator'),
      title: document.querySelector('sdg-map')?.shadowRoot?.querySelector('[part="title"]')?.textContent ?? '',
    }));
    expect(inner.tag).toBe('sdg-map');
    expect(inner.indicator).toBe('3.2.1');
    expect(inner.lang).toBe('kk');
    expect(inner.title).toContain('2020');
    expect(Math.abs(height - inner.height)).toBeLessThanOrEqual(1);
    const messages = await page.evaluate(
      () =>
        (
          window as unknown as {
            __messages: Array<{ origin: string; data: { type: string; id: string; height: number } }>;
          }
        ).__messages,
    );
    const last = messages.filter((m) => m.data?.type === 'sdg-embed-height').at(-1)!;
    expect(last.origin).toBe(new URL(dev.url).origin);
    expect(last.data).toEqual({ type: 'sdg-embed-height', id: 'm1', height: inner.height });
    await page.close();
  }, 60_000);

  it('ignores height messages from other windows: the page itself, or a frame without data-sdg-embed', async () => {
    const page = await parent(
      `<iframe id="f" data-sdg-embed title="Map" style="border:0;width:100%;height:150px" src="${frameUrl('el=sdg-map&indicator=3.2.1&year=2020')}"></iframe>
       <iframe id="other" title="Other" srcdoc="<script>parent.postMessage({type:'sdg-embed-height',id:'',height:7},'*')</script>"></iframe>`,
    );
    const height = await settledHeight(page, '#f');
    await page.evaluate(() => window.postMessage({ type: 'sdg-embed-height', id: '', height: 5 }, '*'));
    await page.evaluate(() =>
      (
        (document.getElementById('other') as HTMLIFrameElement).contentWindow as unknown as {
          eval: (s: string) => void;
        }
      ).eval("parent.postMessage({type:'sdg-embed-height',id:'',height:9},'*')"),
    );
    await page.waitForTimeout(200);
    expect(await page.$eval('#f', (f) => parseFloat((f as HTMLIFrameElement).style.height))).toBe(height);
    expect(await page.$eval('#other', (f) => (f as HTMLIFrameElement).style.height)).toBe('');
    await page.close();
  }, 60_000);

  it('a data-sdg-embed origin that does not match the frame is not trusted', async () => {
    const page = await parent(
      `<iframe id="f" data-sdg-embed="https://maps.example.org" title="Map" style="border:0;width:100%;height:150px" src="${frameUrl('el=sdg-map&indicator=3.2.1&year=2020')}"></iframe>`,
    );
    const frame = await (await page.$('#f'))!.contentFrame();
    await frame!.waitForFunction(
      () => document.querySelector('sdg-map')?.shadowRoot?.querySelector('[part="svg"]'),
      null,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(400);
    expect(await page.$eval('#f', (f) => (f as HTMLIFrameElement).style.height)).toBe('150px');
    await page.close();
  }, 60_000);

  it('puts query values in attributes as text, never as markup; unknown elements get a message', async () => {
    const page = await browser.newPage();
    const evil = '<img src=x onerror="window.__pwned=1">';
    await page.goto(
      frameUrl(
        `el=sdg-map&indicator=${encodeURIComponent(evil)}&data-base=${encodeURIComponent('https://evil.example/')}`,
      ),
    );
    await page.waitForFunction(
      () => document.querySelector('sdg-map')?.shadowRoot?.querySelector('[part="error"]'),
      null,
      { timeout: 30_000 },
    );
    const state = await page.evaluate(() => ({
      imgs:
        document.querySelectorAll('img').length +
        document.querySelector('sdg-map')!.shadowRoot!.querySelectorAll('img').length,
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      indicator: document.querySelector('sdg-map')!.getAttribute('indicator'),
      dataBase: document.querySelector('sdg-map')!.getAttribute('data-base'),
    }));
    expect(state).toEqual({ imgs: 0, pwned: undefined, indicator: evil, dataBase: null });
    await page.goto(frameUrl('el=script&src=x'));
    await page.waitForSelector('p[role="alert"]');
    expect(await page.$$eval('main script', (s) => s.length)).toBe(0);
    expect(await page.textContent('p[role="alert"]')).toContain('Unknown or missing element: script');
    await page.close();
  }, 60_000);

  it('theme=dark gives the page the dark surface', async () => {
    const page = await browser.newPage();
    await page.goto(frameUrl('el=sdg-map&indicator=3.2.1&year=2020&theme=dark'));
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(21, 25, 30)');
    expect(await page.getAttribute('sdg-map', 'theme')).toBe('dark');
    await page.close();
  }, 60_000);
});
