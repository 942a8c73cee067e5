/**
 * The regional brief (examples/regional-brief.html) in real Chromium, from the project's dev server (sources) and
 * from a plain static server holding a fresh build (dist/sdg.js):
 * - no number in the prose is typed: every digit outside a data-bound element is a year (19xx/20xx) or a marked
 *   identifier (an indicator code such as 11.6.2, the pollutant name PM2.5);
 * - axe finds no violation in English, Russian or Kazakh;
 * - a keyboard-only walk (Tab) reaches every step of the scroll story, and each step shows its map;
 * - every sdg-* element on the page fires sdg-render and none shows an error;
 * - on a 375 px phone the map is in the flow (not sticky) and nothing scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startDev } from '../../scripts/lib/dev-server.mjs';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { axeViolations, launchChromium } from '../../scripts/lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = 'examples/regional-brief.html';

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

/** Records, from the first script on, which elements fired sdg-render and sdg-error. */
function recordEvents() {
  const w = window as unknown as { __rendered: Set<EventTarget>; __failed: Map<EventTarget, unknown> };
  w.__rendered = new Set();
  w.__failed = new Map();
  document.addEventListener('sdg-render', (e) => w.__rendered.add(e.composedPath()[0]), true);
  document.addEventListener('sdg-error', (e) => w.__failed.set(e.composedPath()[0], (e as CustomEvent).detail), true);
}

/** Opens the brief and waits until every sdg-* element has rendered or failed. */
async function open(base: string, options: BrowserContextOptions & { lang?: string } = {}): Promise<Page> {
  const { lang, ...context } = options;
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, ...context });
  await page.addInitScript(recordEvents);
  await page.goto(new URL(`${PAGE}${lang ? `?lang=${lang}` : ''}`, base).href);
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __rendered: Set<Element>; __failed: Map<Element, unknown> };
      const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sdg-'));
      return (
        els.length > 0 &&
        els.every((e) => customElements.get(e.localName)) &&
        els.every((e) => w.__rendered.has(e) || w.__failed.has(e))
      );
    },
    null,
    { timeout: 60_000, polling: 200 },
  );
  return page;
}

/** Every element that is not rendered yet or failed: `tag#id[indicator country]: reason`. */
async function unrendered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __rendered: Set<Element>; __failed: Map<Element, { message?: string }> };
    const name = (e: Element) =>
      `${e.localName}[${['indicator', 'country', 'year', 'goal']
        .map((a) => e.getAttribute(a))
        .filter(Boolean)
        .join(' ')}]`;
    return [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('sdg-'))
      .flatMap((e) => {
        if (w.__failed.has(e)) return [`${name(e)}: sdg-error ${w.__failed.get(e)?.message ?? ''}`];
        if (!w.__rendered.has(e)) return [`${name(e)}: no sdg-render`];
        if (e.shadowRoot?.querySelector('[part~="error"]')) return [`${name(e)}: shows an error`];
        return [];
      });
  });
}

/**
 * Runs in the page: every text node of the document outside sdg-* elements, scripts and styles. Digits are allowed
 * only in years (19xx, 20xx, also as in `1960s`, `2020-м`) and inside `.id` identifiers, which must look like an
 * indicator code or PM2.5.
 */
function scanProse() {
  const YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)/g;
  const ID = /^(?:PM2\.5|\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2})$/;
  const offending: string[] = [];
  const identifiers: string[] = [];
  let scanned = 0;
  const insideElement = (el: Element | null): boolean => {
    for (let e = el; e; e = e.parentElement) if (e.localName.startsWith('sdg-')) return true;
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template')) return NodeFilter.FILTER_REJECT;
      // Data-bound elements print their numbers from the data, in their shadow roots.
      return insideElement(parent) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    if (!text.trim()) continue;
    scanned++;
    const id = n.parentElement!.closest('.id');
    if (id) {
      if (!ID.test(id.textContent ?? '')) identifiers.push(id.textContent ?? '');
      continue;
    }
    if (/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(text.replace(YEAR, ''))) offending.push(text.trim().slice(0, 160));
  }
  // The title and the description are prose too.
  for (const t of [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '']) {
    if (/\d/.test(t.replace(YEAR, ''))) offending.push(t);
  }
  return { offending, identifiers, scanned };
}

describe('regional brief', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(dev.url);
  }, 90_000);
  afterAll(async () => page?.close());

  it('loads the elements from the sources under the dev server', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.build);
    expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('src');
  });

  it('every sdg-* element fires sdg-render, none fails or shows an error', async () => {
    const count = await page.evaluate(
      () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sdg-')).length,
    );
    expect(count).toBeGreaterThan(100);
    expect(await unrendered(page)).toEqual([]);
  });

  it('has no typed number in the prose: digits outside data-bound elements are years or marked identifiers', async () => {
    const { offending, identifiers, scanned } = await page.evaluate(scanProse);
    expect(scanned).toBeGreaterThan(100);
    expect(offending).toEqual([]);
    // A marked identifier must really be one, so the marking cannot hide a number.
    expect(identifiers).toEqual([]);
  });

  it('the Russian and Kazakh prose cite exactly the figures the English does, block by block', async () => {
    const mismatches = await page.evaluate(() => {
      const key = (e: Element) =>
        ['indicator', 'country', 'year', 'format', 'sex', 'slice', 'since', 'decimals']
          .map((a) => e.getAttribute(a) ?? '')
          .join('|');
      const figures = (block: Element) =>
        [...block.querySelectorAll('sdg-value, sdg-sparkline')]
          .map((e) => `${e.localName}:${key(e)}`)
          .sort()
          .join('\n');
      const out: string[] = [];
      // Each English block is followed by its Russian and then its Kazakh version.
      for (const en of document.querySelectorAll('.l[lang="en"]')) {
        const next = { ru: en.nextElementSibling, kk: en.nextElementSibling?.nextElementSibling ?? null };
        for (const lang of ['ru', 'kk'] as const) {
          const other = next[lang]?.matches(`.l[lang="${lang}"]`) ? next[lang] : null;
          if (!other) out.push(`${lang} missing beside: ${(en.textContent ?? '').slice(0, 60)}`);
          else if (figures(other) !== figures(en)) out.push(`${lang} differs: ${(en.textContent ?? '').slice(0, 60)}`);
        }
      }
      return out;
    });
    expect(mismatches).toEqual([]);
  });

  it('the scan catches a typed number and a number hidden as an identifier (so the check above can fail)', async () => {
    const result = await page.evaluate((scan) => {
      const p = document.createElement('p');
      p.innerHTML = 'Women held 27.4% of seats in 2023; <span class="id">12 %</span>.';
      document.querySelector('.prose')!.append(p);
      try {
        return (0, eval)(`(${scan})`)();
      } finally {
        p.remove();
      }
    }, scanProse.toString());
    expect(result.offending).toContain('Women held 27.4% of seats in 2023;');
    expect(result.identifiers).toEqual(['12 %']);
  });

  for (const lang of ['en', 'ru', 'kk']) {
    it(`passes axe in ${lang}, with the prose and the elements in that language`, async () => {
      await page.evaluate((l) => (document.documentElement.lang = l), lang);
      // The elements re-render on the change; give them a frame or two, then check the visible prose language.
      await page.waitForTimeout(400);
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.l')]
          .filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length)
          .map((e) => e.getAttribute('lang')),
      );
      expect(new Set(shown)).toEqual(new Set([lang]));
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
    }, 120_000);
  }

  it('a keyboard-only walk reaches every step of the scroll story, and each step shows its map', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.evaluate(() => {
      document.documentElement.lang = 'en';
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const total = await page.evaluate(() => document.querySelectorAll('.step').length);
    expect(total).toBe(7);
    const reached = new Map<string, string>();
    for (let i = 0; i < 600 && reached.size < total; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.closest('.step')?.id ?? null);
      if (id && !reached.has(id)) {
        // The map takes the step's state, and keeps it once the page has stopped scrolling.
        await page.waitForTimeout(1500);
        const hit = await page.evaluate((sid) => {
          const step = document.getElementById(sid)!;
          const map = document.getElementById('story-map')!;
          return {
            want: step.dataset.indicator,
            shown: map.getAttribute('indicator'),
            current: step.getAttribute('aria-current'),
          };
        }, id);
        expect(hit.shown, `map while in ${id}`).toBe(hit.want);
        expect(hit.current).toBe('step');
        reached.set(id, hit.want!);
      }
    }
    expect([...reached.keys()].sort()).toEqual(['step-a', 'step-b', 'step-c', 'step-d', 'step-e', 'step-f', 'step-g']);
  }, 120_000);

  it('the step buttons set the map by keyboard (Enter) and say which step is shown', async () => {
    const button = page.locator('#step-d .show-on-map');
    await button.focus();
    await page.keyboard.press('Enter');
    const state = await page.evaluate(() => {
      const map = document.getElementById('story-map')!;
      return {
        indicator: map.getAttribute('indicator'),
        year: map.getAttribute('year'),
        selected: map.getAttribute('selected'),
        pressed: document.querySelector('#step-d .show-on-map')!.getAttribute('aria-pressed'),
        live: document.getElementById('story-live')!.textContent,
      };
    });
    expect(state).toMatchObject({ indicator: '6.4.2', year: '2020', selected: 'UZB', pressed: 'true' });
    expect(state.live).toContain('more water is taken');
  });
});

describe('regional brief in the dark theme', () => {
  it('passes axe (contrast included) with prefers-color-scheme: dark', async () => {
    const page = await open(dev.url, { colorScheme: 'dark', lang: 'kk' });
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('regional brief on a phone', () => {
  it('at 375 px the map sits in the flow above the steps, not sticky, and nothing scrolls sideways', async () => {
    const page = await open(dev.url, { viewport: { width: 375, height: 740 }, reducedMotion: 'reduce' });
    const layout = await page.evaluate(() => {
      const graphic = document.querySelector('.scrolly-graphic')!;
      const map = document.getElementById('story-map')!.getBoundingClientRect();
      const firstStep = document.querySelector('.step')!.getBoundingClientRect();
      return {
        position: getComputedStyle(graphic).position,
        mapAboveSteps: map.bottom <= firstStep.top + 1,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        transition: getComputedStyle(document.querySelector('.step-card')!).transitionDuration,
      };
    });
    expect(layout.position).toBe('static');
    expect(layout.mapAboveSteps).toBe(true);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.transition).toBe('0s');
    await page.close();
  }, 120_000);
});

describe('regional brief from a fresh build on a plain static server', () => {
  // A scratch site laid out like a deployment: dist/ built now from the sources (never a stale dist/), data/ and
  // examples/ beside it. The page must find no /src/index.ts there and load dist/sdg.js.
  let site = '';
  beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'sdg-brief-'));
    const { build } = (await import('../../scripts/build.mjs')) as unknown as {
      build: (o: { outdir: string; quiet: boolean }) => Promise<unknown>;
    };
    await build({ outdir: path.join(site, 'dist'), quiet: true });
    symlinkSync(path.join(root, 'data'), path.join(site, 'data'));
    symlinkSync(path.join(root, 'examples'), path.join(site, 'examples'));
  }, 180_000);
  afterAll(() => site && rmSync(site, { recursive: true, force: true }));

  it('loads dist/sdg.js and every element renders, in Russian', async () => {
    const server = await startServer({ root: site });
    try {
      const page = await open(server.url, { lang: 'ru' });
      await page.waitForFunction(() => document.documentElement.dataset.build);
      expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('dist');
      expect(await unrendered(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
      // The bundle carries the element strings of every locale: a Russian source line under the story map.
      const source = await page.evaluate(
        () => document.getElementById('story-map')!.shadowRoot!.querySelector('[part="source"]')!.textContent ?? '',
      );
      expect(source).toContain('Источник');
      await page.close();
    } finally {
      await server.close();
    }
  }, 120_000);
});
