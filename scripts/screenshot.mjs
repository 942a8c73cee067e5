#!/usr/bin/env node
// Screenshot of a page in headless Chromium, after its sdg-* elements have drawn.
//   npm run screenshot -- <url-or-path> out.png [--width 375] [--height 800] [--dark] [--full]
//                          [--selector sdg-map] [--lang kk] [--scale 2] [--wait 0] [--static|--dev]
// A path (e.g. index.html, examples/plain.html?x=1) is served from the repository root: by the plain static server
// when the page loads built files only, by the dev server when it loads /src/*.ts (override with --static / --dev).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium, recordSdgEvents, waitForSdgElements } from './lib/browser.mjs';
import { startServer } from './lib/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1000' },
    height: { type: 'string', default: '800' },
    dark: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    selector: { type: 'string' },
    lang: { type: 'string' },
    scale: { type: 'string', default: '1' },
    wait: { type: 'string', default: '0' },
    static: { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '20000' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const usage =
  'usage: npm run screenshot -- <url-or-path> out.png [--width 375] [--dark] [--full] [--selector css] [--lang kk]';
if (opts.help || positionals.length < 1) {
  console.log(usage);
  process.exit(opts.help ? 0 : 1);
}
const [target, out = 'screenshots/page.png'] = positionals;

async function serve() {
  if (/^https?:\/\//.test(target)) return { url: target, close: async () => {} };
  const file = path.resolve(root, target.replace(/[?#].*$/, ''));
  if (!existsSync(file)) throw new Error(`no such page: ${target}`);
  const html = file.endsWith('.html') ? readFileSync(file, 'utf8') : '';
  const needsDev = opts.dev || (!opts.static && /src=["'][^"']*\.ts["']|from\s+["'][^"']*\.ts["']/.test(html));
  const rel = path.relative(root, file).split(path.sep).join('/') + (target.match(/[?#].*$/)?.[0] ?? '');
  if (needsDev) {
    const { startDev } = await import('./lib/dev-server.mjs');
    const s = await startDev();
    console.log(`dev server: ${s.url}${rel}`);
    return { url: new URL(rel, s.url).href, close: s.close };
  }
  const s = await startServer({ root });
  console.log(`static server: ${s.url}${rel}`);
  return { url: new URL(rel, s.url).href, close: s.close };
}

const server = await serve();
let browser;
let code = 0;
try {
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: Number(opts.width), height: Number(opts.height) },
    deviceScaleFactor: Number(opts.scale),
    colorScheme: opts.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text()}`));
  await page.addInitScript(recordSdgEvents);
  if (opts.lang) {
    // The demo page's language switch when there is one (it also sets dir), else the root element's lang/dir.
    await page.addInitScript((lang) => {
      document.addEventListener('DOMContentLoaded', () => {
        const select = document.querySelector('select#lang');
        if (select && [...select.options].some((o) => o.value === lang)) {
          select.value = lang;
          select.dispatchEvent(new Event('change'));
        } else {
          document.documentElement.lang = lang;
          document.documentElement.dir = /^(fa|ps|ar|ur|he)\b/i.test(lang) ? 'rtl' : 'ltr';
        }
      });
    }, opts.lang);
  }
  await page.goto(server.url, { waitUntil: 'load', timeout: Number(opts.timeout) });
  const state = await waitForSdgElements(page, Number(opts.timeout));
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  await page.evaluate(() => document.fonts.ready);
  if (state.events.some((e) => e.type === 'sdg-render')) {
    // A language switch or late data may draw again; let the last draw settle.
    await page.waitForTimeout(150);
  }
  if (Number(opts.wait) > 0) await page.waitForTimeout(Number(opts.wait));
  const counts = state.events.reduce((m, e) => ((m[`${e.tag} ${e.type}`] = (m[`${e.tag} ${e.type}`] ?? 0) + 1), m), {});
  console.log(
    `events: ${
      Object.entries(counts)
        .map(([k, v]) => `${k}×${v}`)
        .join(', ') || 'none'
    }`,
  );
  if (state.pending.length) console.log(`still waiting for: ${state.pending.join(', ')} (timed out)`);
  for (const e of state.events.filter((e) => e.type === 'sdg-error'))
    console.log(`sdg-error from ${e.tag}: ${JSON.stringify(e.detail)}`);
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  if (opts.selector) {
    await page.locator(opts.selector).first().screenshot({ path: out });
  } else {
    await page.screenshot({ path: out, fullPage: opts.full });
  }
  console.log(`wrote ${out}`);
} catch (err) {
  console.error(`screenshot failed: ${err?.message ?? err}`);
  code = 1;
} finally {
  await browser?.close();
  await server.close();
}
process.exit(code);
