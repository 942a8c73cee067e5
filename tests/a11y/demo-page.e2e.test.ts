/**
 * The demo page (index.html, served by the project's dev server) in real Chromium, used with the keyboard only:
 * - Tab reaches every element and every control on the page, and each focus is visible (an outline or stroke);
 * - arrows inside each element reach every country (map, bar chart), every line and year (trend chart), every cell
 *   (dashboard) and every year (slider), and what a screen reader is given names the item with its value:
 *   the polite live region for the charts (their focus stays on the chart), the focused item's accessible name
 *   where the real focus moves (map countries, dashboard cells, the slider's aria-valuetext);
 * - under `prefers-reduced-motion: reduce` no element keeps a transition or animation;
 * - under `forced-colors: active` focus stays visible (system Highlight) on each element;
 * - in Pashto and Dari the page and every element are right to left; axe finds nothing in en, kk, ru and ps.
 *
 * Expected values are read from the shipped series file (data/series/SH_DYN_MORT.json), not from the elements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startDev } from '../../scripts/lib/dev-server.mjs';
import { axeViolations, launchChromium, recordSdgEvents, waitForSdgElements } from '../../scripts/lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const COUNTRIES: Record<string, string> = {
  KAZ: 'Kazakhstan',
  KGZ: 'Kyrgyzstan',
  TJK: 'Tajikistan',
  TKM: 'Turkmenistan',
  UZB: 'Uzbekistan',
  AFG: 'Afghanistan',
};

/** Both-sexes under-five mortality in 2020 per country, as published in the shipped series file. */
function published2020(): Record<string, number> {
  const s = JSON.parse(readFileSync(path.join(root, 'data/series/SH_DYN_MORT.json'), 'utf8'));
  const sex = s.dims.sex;
  const both = sex.codes.indexOf('BOTHSEX');
  const out: Record<string, number> = {};
  s.area.forEach((a: string, i: number) => {
    if (s.year[i] === 2020 && sex.index[i] === both && a in COUNTRIES) out[a] = s.value[i];
  });
  return out;
}

let dev: { url: string; close: () => Promise<unknown> };
let browser: Browser;

beforeAll(async () => {
  dev = await startDev();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await shared?.close();
  await browser?.close();
  await dev?.close();
});

async function open(options: BrowserContextOptions & { lang?: string } = {}): Promise<Page> {
  const { lang = 'en', ...context } = options;
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, ...context });
  await page.addInitScript(recordSdgEvents);
  await page.goto(new URL(`index.html?lang=${lang}`, dev.url).href);
  const state = await waitForSdgElements(page, 45_000);
  expect(state.pending).toEqual([]);
  return page;
}

/** One English page shared by the keyboard tests (each starts by focusing its element); opening a page costs ~5 s. */
let shared: Page | undefined;
async function enPage(): Promise<Page> {
  shared ??= await open();
  return shared;
}

/** The focused element through shadow roots: the outermost sdg-* host, the innermost element and what it says. */
async function focus(page: Page) {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    let host: Element | null = null;
    while (a?.shadowRoot?.activeElement) {
      if (!host && a.localName.startsWith('sdg-')) host = a;
      a = a.shadowRoot.activeElement;
    }
    if (!host && a?.localName.startsWith('sdg-')) host = a;
    const live = host?.shadowRoot?.querySelector('[data-sdg-live]')?.textContent ?? '';
    const cs = a ? getComputedStyle(a) : null;
    // In a grid a screen reader also reads the cell's row and column headers as focus moves between them.
    let headers = '';
    if (a?.localName === 'td') {
      const cell = a as HTMLTableCellElement;
      const row = cell.closest('tr')?.querySelector('th')?.textContent ?? '';
      const head = cell.closest('table')?.querySelector('thead tr')?.children[cell.cellIndex]?.textContent ?? '';
      headers = `${row} ${head}`;
    }
    return {
      headers: headers.replace(/\s+/g, ' ').trim(),
      host: host?.localName ?? null,
      tag: a?.localName ?? null,
      id: a
        ? `${a.localName}#${a.id}.${a.getAttribute('part') ?? ''}.${a.getAttribute('data-code') ?? a.getAttribute('data-id') ?? ''}`
        : '',
      name: [a?.getAttribute('aria-label'), a?.getAttribute('aria-valuetext'), a?.getAttribute('title'), a?.textContent]
        .filter(Boolean)
        .join(' | ')
        .replace(/\s+/g, ' ')
        .trim(),
      live,
      // A visible focus indicator: an outline, or (SVG shapes) a stroke drawn by a focus rule.
      outline: cs ? `${cs.outlineStyle} ${cs.outlineWidth}` : '',
      stroke: cs ? `${cs.stroke} ${cs.strokeWidth}` : '',
    };
  });
}

const settle = (page: Page) => page.waitForTimeout(220); // the live region's 150 ms debounce

describe('demo page, keyboard only', () => {
  it('Tab reaches every element and control, each with a visible focus', async () => {
    const page = await enPage();
    const stops: Array<Awaited<ReturnType<typeof focus>>> = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const f = await focus(page);
      if (stops.length && f.id === stops[0].id) break;
      if (!f.tag || f.tag === 'body') break;
      stops.push(f);
    }
    const hosts = new Set(stops.map((s) => s.host).filter(Boolean));
    for (const tag of ['sdg-map', 'sdg-time-slider', 'sdg-trend-chart', 'sdg-bar-chart', 'sdg-dashboard']) {
      expect(hosts, `Tab reaches ${tag}`).toContain(tag);
    }
    // The slider's play button, year input, speed and loop; the map's zoom buttons; table toggles.
    const inSlider = stops.filter((s) => s.host === 'sdg-time-slider').map((s) => s.tag);
    expect(inSlider).toEqual(expect.arrayContaining(['button', 'input', 'select']));
    const invisible = stops.filter((s) => s.outline.startsWith('none') && !/\d/.test(s.stroke.split(' ').pop() ?? ''));
    expect(invisible.map((s) => `${s.host} ${s.id}`)).toEqual([]);
  }, 90_000);

  it('bar chart: arrows reach every country and the live region says its name, value, unit and year', async () => {
    const page = await enPage();
    const values = published2020();
    await page.locator('sdg-bar-chart').locator('[part="plot"]').focus();
    const heard: string[] = [];
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) {
      if (i) await page.keyboard.press('ArrowDown');
      await settle(page);
      heard.push((await focus(page)).live);
    }
    for (const [code, name] of Object.entries(COUNTRIES)) {
      const line = heard.find((h) => h.includes(name));
      expect(line, `${name} announced`).toBeDefined();
      // "2. Kyrgyzstan, 17.8 per 1,000 live births, 2020"
      const number = String(values[code]);
      expect(line).toMatch(new RegExp(`${name}, ${number.replace('.', '\\.')}(\\.0)? per 1,000 live births, 2020`));
    }
  }, 60_000);

  it('trend chart: arrows reach every year stop and every line, each announced with its value', async () => {
    const page = await enPage();
    const values = published2020();
    await page.locator('sdg-trend-chart').locator('[part="plot"]').focus();
    const years = new Set<string>();
    await page.keyboard.press('Home');
    for (let i = 0; i < 40; i++) {
      await settle(page);
      const t = (await focus(page)).live;
      const y = t.match(/^(\d{4}):/)?.[1];
      if (y) years.add(y);
      if (y === '2021' || y === '2022' || y === '2023') break;
      await page.keyboard.press('ArrowRight');
    }
    expect([...years].length).toBeGreaterThanOrEqual(20);
    expect(years.has('2000')).toBe(true);
    // Now move to 2020 and walk the lines with ArrowDown.
    await page.keyboard.press('Home');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    const heard = new Set<string>();
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('ArrowDown');
      await settle(page);
      heard.add((await focus(page)).live);
    }
    const all = [...heard].join('\n');
    for (const [code, name] of Object.entries(COUNTRIES)) {
      expect(all).toMatch(
        new RegExp(`${name}, ${String(values[code]).replace('.', '\\.')}(\\.0)? per 1,000 live births, 2020`),
      );
    }
    expect(all).toMatch(/World, [\d.]+ per 1,000 live births, 2020/);
  }, 60_000);

  it('map: arrows reach all six countries, each focused with its name and value', async () => {
    const page = await enPage();
    const values = published2020();
    const first = page.locator('sdg-map#demo-map').locator('[tabindex="0"][role~="graphics-symbol"]');
    await first.focus();
    // Explore with arrows from every country reached (keys replayed from Home), as a keyboard user would.
    const reached = new Map<string, string>();
    const queue: string[][] = [[]];
    const seenPaths = new Set<string>();
    while (queue.length && reached.size < 6) {
      const keys = queue.shift()!;
      await page.keyboard.press('Home');
      for (const k of keys) await page.keyboard.press(k);
      const f = await focus(page);
      if (f.host !== 'sdg-map') break;
      if (seenPaths.has(f.name)) continue;
      seenPaths.add(f.name);
      reached.set(f.name, f.name);
      if (keys.length < 4)
        for (const k of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) queue.push([...keys, k]);
    }
    const names = [...reached.keys()].join('\n');
    for (const [code, name] of Object.entries(COUNTRIES)) {
      expect(names).toMatch(new RegExp(`${name}\\b.*${String(values[code]).replace('.', '\\.')}`));
    }
  }, 90_000);

  it('dashboard: arrows reach all 6 × 17 cells, each read with its country, goal, status and trend', async () => {
    const page = await enPage();
    await page.locator('sdg-dashboard').locator('[part~="cell"][tabindex="0"]').focus();
    const cells = new Set<string>();
    await page.keyboard.press('Control+Home');
    for (let r = 0; r < 6; r++) {
      await page.keyboard.press('Home');
      for (let c = 0; c < 17; c++) {
        const f = await focus(page);
        expect(f.host).toBe('sdg-dashboard');
        cells.add(`${f.headers}: ${f.name}`);
        if (c < 16) await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('ArrowDown');
    }
    expect(cells.size).toBe(102);
    const text = [...cells].join('\n');
    for (const name of Object.values(COUNTRIES)) expect(text).toContain(name);
  }, 90_000);

  it('time slider: arrows move the year and it is spoken through aria-valuetext', async () => {
    const page = await enPage();
    await page.locator('sdg-time-slider[for~="demo-map"]').locator('input[type="range"]').focus();
    await page.keyboard.press('Home');
    const texts: string[] = [];
    for (let i = 0; i < 22; i++) {
      texts.push((await focus(page)).name);
      await page.keyboard.press('ArrowRight');
    }
    for (let y = 2000; y <= 2021; y++) expect(texts.join('\n')).toContain(String(y));
  }, 60_000);
});

describe('demo page, reader preferences', () => {
  it('prefers-reduced-motion: no transition or animation is left in any element', async () => {
    const durations = async (page: Page) =>
      page.evaluate(() => {
        const out: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) walk(el.shadowRoot);
            if (root === document) continue;
            const cs = getComputedStyle(el);
            const moving = (v: string) => v.split(',').some((d) => parseFloat(d) > 0);
            if (moving(cs.transitionDuration) || (cs.animationName !== 'none' && moving(cs.animationDuration))) {
              out.push(`${(root as ShadowRoot).host.localName} ${el.localName}.${el.getAttribute('class') ?? ''}`);
            }
          }
        };
        walk(document);
        return out;
      });
    const moving = await open({ reducedMotion: 'no-preference' });
    // The map's fills, the bars and the slider move when motion is welcome (so this check can fail)…
    expect((await durations(moving)).length).toBeGreaterThan(0);
    await moving.close();
    const still = await open({ reducedMotion: 'reduce' });
    expect(await durations(still)).toEqual([]);
    await still.close();
  }, 90_000);

  it('forced-colors: focus is drawn on every element and the rating meter keeps its steps', async () => {
    const page = await open({ forcedColors: 'active' });
    const targets: Array<[string, string]> = [
      ['sdg-trend-chart', '[part="plot"]'],
      ['sdg-bar-chart', '[part="plot"]'],
      ['sdg-dashboard', '[part~="cell"][tabindex="0"]'],
      ['sdg-time-slider', 'button'],
    ];
    for (const [tag, sel] of targets) {
      await page.locator(tag).locator(sel).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab'); // keyboard focus, so :focus-visible applies
      const f = await focus(page);
      expect(f.outline, `${tag} focus outline`).not.toMatch(/^none/);
    }
    // The dashboard's four-step rating meter keeps its ratings apart: the legend's "target met" (4 steps filled)
    // and "very far" (1 step) meters must not paint the same pixels (computed styles do not show forced colours).
    const meters = page.locator('sdg-dashboard').locator('dl .swatch .meter');
    const [met, veryFar] = [await meters.nth(0).screenshot(), await meters.nth(3).screenshot()];
    const ink = (png: Buffer) =>
      page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        // Ink: pixels nearer the system text colour than the system background colour.
        const probe = document.createElement('span');
        probe.style.cssText = 'color: CanvasText; background: Canvas';
        document.body.append(probe);
        const rgb = (v: string) => v.match(/\d+/g)!.slice(0, 3).map(Number);
        const [fg, bg] = [rgb(getComputedStyle(probe).color), rgb(getComputedStyle(probe).backgroundColor)];
        probe.remove();
        const dist = (i: number, c: number[]) =>
          Math.abs(d[i] - c[0]) + Math.abs(d[i + 1] - c[1]) + Math.abs(d[i + 2] - c[2]);
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (dist(i, fg) < dist(i, bg)) n++;
        return n;
      }, png.toString('base64'));
    // Four filled steps against one: clearly more ink (all four empty would be equal).
    expect(await ink(met)).toBeGreaterThan((await ink(veryFar)) * 1.5);
    await page.close();
  }, 60_000);
});

describe('demo page, languages', () => {
  for (const lang of ['ps', 'fa-AF']) {
    it(`${lang}: the page and every element are right to left`, async () => {
      const page = await open({ lang });
      const dirs = await page.evaluate(() => ({
        page: document.documentElement.dir,
        options: [...document.querySelectorAll('#lang option')].map((o) => (o as HTMLOptionElement).value),
        elements: [...document.querySelectorAll('main *')]
          .filter((e) => e.localName.startsWith('sdg-'))
          .map((e) => {
            const base = e.shadowRoot?.querySelector('[part~="base"]') ?? e.shadowRoot?.firstElementChild ?? e;
            return `${e.localName}:${getComputedStyle(base).direction}`;
          }),
      }));
      expect(dirs.page).toBe('rtl');
      expect(dirs.options).toEqual(['en', 'ru', 'kk', 'uz', 'uz-Cyrl', 'ky', 'tg', 'tk', 'fa-AF', 'ps']);
      expect(dirs.elements.filter((d) => !d.endsWith(':rtl'))).toEqual([]);
      await page.close();
    }, 60_000);
  }

  for (const lang of ['en', 'kk', 'ru', 'ps']) {
    it(`passes axe in ${lang}`, async () => {
      const page = await open({ lang });
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await page.close();
    }, 60_000);
  }
});
