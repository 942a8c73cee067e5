#!/usr/bin/env node
// Smoke check of the built bundle on a plain static server: examples/plain.html loads only dist/sdg.js and holds
// `<sdg-map indicator="3.2.1" year="2020">`. Passes when the map fires `sdg-render` and its shadow root holds the six
// countries, a legend, a title and a source line; Afghanistan (highest under-five mortality) must have the darkest fill.
//   node scripts/lib/smoke.mjs [page]      (default examples/plain.html; needs `npm run build` first)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, recordSdgEvents, waitForSdgElements } from './browser.mjs';
import { startServer } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIX = ['AFG', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

/** What the map drew, read from its shadow root (countries are `part~="country"`, named by a code attribute). */
export function inspectMap() {
  const map = document.querySelector('sdg-map');
  if (!map) return { error: 'no <sdg-map> in the page' };
  if (!customElements.get('sdg-map')) return { error: '<sdg-map> is not defined (did dist/sdg.js load?)' };
  const root = map.shadowRoot;
  if (!root) return { error: '<sdg-map> has no shadow root' };
  const countries = [...root.querySelectorAll('[part~="country"]')].map((el) => {
    const code =
      el.getAttribute('data-code') ?? el.getAttribute('data-id') ?? el.getAttribute('data-area') ?? el.id ?? null;
    const fill = getComputedStyle(el).fill;
    return {
      code: code ? code.toUpperCase() : null,
      fill,
      label: el.getAttribute('aria-label'),
      part: el.getAttribute('part'),
    };
  });
  const has = (p) => root.querySelector(`[part~="${p}"]`) !== null;
  return {
    countries,
    parts: { legend: has('legend'), title: has('title'), source: has('source') },
    text: (root.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
  };
}

export function luminance(fill) {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(fill ?? '');
  if (!m) return null;
  const [r, g, b] = m.slice(1, 4).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export async function smoke(page = 'examples/plain.html') {
  if (!existsSync(path.join(root, 'dist/sdg.js'))) throw new Error('dist/sdg.js is missing: run `npm run build` first');
  if (!existsSync(path.join(root, page))) throw new Error(`${page} is missing`);
  const server = await startServer({ root });
  const browser = await launchChromium();
  const problems = [];
  try {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const tab = await ctx.newPage();
    const logs = [];
    // 404s are listed from the server log below (by path); the browser's message does not name the file.
    tab.on(
      'console',
      (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && logs.push(`console: ${m.text()}`),
    );
    tab.on('pageerror', (e) => logs.push(`page error: ${e.message}`));
    tab.on('requestfailed', (r) => logs.push(`request failed: ${r.url()}`));
    await tab.addInitScript(recordSdgEvents);
    const url = new URL(page, server.url).href;
    console.log(`loading ${url}`);
    await tab.goto(url, { waitUntil: 'load' });
    const state = await waitForSdgElements(tab, 20000);
    const mapEvents = state.events.filter((e) => e.tag === 'sdg-map');
    const result = await tab.evaluate(inspectMap);
    for (const r of server.requests)
      if (r.status >= 400 && r.path !== '/favicon.ico') logs.push(`HTTP ${r.status}: ${r.path}`);
    for (const l of logs) console.log(`  ${l}`);

    if (result.error) problems.push(result.error);
    else {
      if (!mapEvents.some((e) => e.type === 'sdg-render')) {
        const err = mapEvents.find((e) => e.type === 'sdg-error');
        problems.push(
          err ? `sdg-map fired sdg-error: ${JSON.stringify(err.detail)}` : 'sdg-map never fired sdg-render',
        );
      }
      const codes = result.countries.map((c) => c.code).filter(Boolean);
      console.log(`  countries drawn: ${result.countries.length} (${codes.join(' ') || 'no code attributes'})`);
      if (result.countries.length !== 6)
        problems.push(`expected 6 [part~="country"] shapes, found ${result.countries.length}`);
      if (codes.length === 6 && SIX.some((c) => !codes.includes(c))) problems.push(`expected codes ${SIX.join(' ')}`);
      // The plain-page acceptance check: a legend, a title and a source line come with the map.
      for (const [p, ok] of Object.entries(result.parts)) if (!ok) problems.push(`no [part~="${p}"] in the map`);
      const lum = result.countries.map((c) => ({ code: c.code, l: luminance(c.fill), fill: c.fill }));
      console.log(`  fills: ${lum.map((c) => `${c.code}=${c.fill}`).join(', ')}`);
      const afg = lum.find((c) => c.code === 'AFG');
      if (afg && afg.l !== null) {
        const darker = lum.filter((c) => c.code !== 'AFG' && c.l !== null && c.l < afg.l);
        if (darker.length) problems.push(`AFG should be darkest; darker: ${darker.map((c) => c.code).join(' ')}`);
      } else console.log('  note: could not identify AFG fill; darkest-country check skipped');
    }
    await tab.screenshot({ path: path.join(root, 'bench-results/smoke.png'), fullPage: true }).catch(() => {});
  } finally {
    await browser.close();
    await server.close();
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  try {
    const problems = await smoke(process.argv[2]);
    if (problems.length) {
      console.error(`smoke check FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      process.exit(1);
    }
    console.log('smoke check passed (screenshot: bench-results/smoke.png)');
  } catch (err) {
    console.error(`smoke check FAILED: ${err?.message ?? err}`);
    process.exit(1);
  }
}
