/**
 * Every element under a strict Content Security Policy, in real Chromium: the same page served with and without
 * `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'` must raise no
 * `securitypolicyviolation` and draw the same geometry (bar widths, legend ramp and ticks, slider ticks, dashboard
 * and badge colours, and every box of every shadow tree). The iframe page and the builder page are checked too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDev } from '../../scripts/lib/dev-server.mjs';
import { launchChromium, recordSdgEvents, waitForSdgElements } from '../../scripts/lib/browser.mjs';

export const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

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

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Opens `path` on the dev server; with `csp`, the HTML document is served with the strict policy header. */
async function open(
  path: string,
  csp: boolean,
  width = 1280,
): Promise<{ page: Page; violations: () => Promise<Violation[]>; console: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.push(m.text());
  });
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
  if (csp) {
    await page.route(
      (url) => url.pathname.endsWith('.html'),
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
      },
    );
  }
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: Violation[] };
    w.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
      true,
    );
  });
  await page.addInitScript(recordSdgEvents);
  await page.goto(new URL(path, dev.url).href);
  return {
    page,
    console,
    violations: () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations),
  };
}

/** What the elements drew, read from their shadow trees after they rendered. */
async function drawn(page: Page) {
  await waitForSdgElements(page, 30_000);
  // Let layout, fonts and any transition settle (reduced motion is asked for, this is a margin).
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  return page.evaluate(() => {
    const r = (n: number) => Math.round(n * 2) / 2;
    const box = (e: Element) => {
      const b = e.getBoundingClientRect();
      return [r(b.x), r(b.y), r(b.width), r(b.height)];
    };
    const sr = (sel: string) => document.querySelector(sel)!.shadowRoot!;
    const all = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)];
    const cs = (e: Element) => getComputedStyle(e);
    // Every element of every shadow tree: its box and the computed properties the inline styles used to carry.
    const tree: unknown[] = [];
    const walk = (root: ParentNode, host: string) => {
      for (const e of all(root, '*')) {
        const s = cs(e);
        tree.push([
          host,
          e.localName,
          e.getAttribute('class'),
          box(e),
          s.backgroundColor,
          s.backgroundImage,
          s.fill,
          s.color,
        ]);
        if (e.shadowRoot) walk(e.shadowRoot, `${host}>${e.localName}`);
      }
    };
    for (const el of all(document, 'main *'))
      if (el.localName.startsWith('sdg-') && el.shadowRoot) walk(el.shadowRoot, el.id || el.localName);
    const bars = sr('sdg-bar-chart');
    const map = sr('#map');
    const classes = sr('#map-classes');
    const slider = sr('sdg-time-slider');
    const dash = sr('sdg-dashboard');
    const badge = sr('sdg-goal-badge');
    return {
      barWidths: all(bars, 'rect[part~="bar"]').map((e) => r(e.getBoundingClientRect().width)),
      barFills: all(bars, 'rect[part~="bar"]').map((e) => cs(e).fill),
      ramp: all(map, '.ramp').map((e) => cs(e).backgroundImage),
      rampTicks: all(map, '[part="legend"] .ticks span').map((e) => r(e.getBoundingClientRect().x)),
      classColors: all(classes, '[part="legend"] .classes span').map((e) => cs(e).backgroundColor),
      classTicks: all(classes, '[part="legend"] .ticks span').map((e) => r(e.getBoundingClientRect().x)),
      sliderTicks: all(slider, '[part~="tick"]').map((e) => r(e.getBoundingClientRect().x)),
      sliderThumb: all(slider, '.thumb').map((e) => r(e.getBoundingClientRect().x)),
      dashCells: all(dash, 'td[part~="cell"]').map((e) => cs(e).backgroundColor),
      dashHeads: all(dash, '.goal-head').map((e) => cs(e).backgroundColor),
      badge: all(badge, '[part="base"]').map((e) => [cs(e).backgroundColor, cs(e).color]),
      tree,
    };
  });
}

const distinct = (xs: unknown[]) => new Set(xs.map(String)).size;

describe('strict CSP', () => {
  let plain: Awaited<ReturnType<typeof drawn>>;
  let strict: Awaited<ReturnType<typeof drawn>>;
  let violations: Violation[];
  let strictConsole: string[];

  beforeAll(async () => {
    const a = await open('/tests/csp/page.html', false);
    plain = await drawn(a.page);
    await a.page.context().close();
    const b = await open('/tests/csp/page.html', true);
    strict = await drawn(b.page);
    violations = await b.violations();
    strictConsole = b.console;
    await b.page.context().close();
  }, 120_000);

  it('the page without CSP draws what the comparison needs (so an equal result is not two blanks)', () => {
    expect(plain.barWidths.length).toBeGreaterThan(3);
    expect(distinct(plain.barWidths)).toBeGreaterThan(2);
    expect(plain.ramp[0]).toMatch(/linear-gradient/);
    expect(distinct(plain.rampTicks)).toBe(plain.rampTicks.length);
    expect(plain.classColors.length).toBe(5);
    expect(distinct(plain.classColors)).toBe(5);
    expect(distinct(plain.sliderTicks)).toBe(plain.sliderTicks.length);
    expect(plain.dashCells.length).toBeGreaterThanOrEqual(6 * 17);
    expect(distinct(plain.dashHeads)).toBe(17);
    expect(plain.badge[0][0]).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('raises no securitypolicyviolation and logs no CSP refusal', () => {
    expect(violations).toEqual([]);
    expect(strictConsole.filter((m) => /Content Security Policy|Trusted Type/i.test(m))).toEqual([]);
  });

  it('draws the same bars, legends, slider ticks and colours as without the policy', () => {
    expect(strict.barWidths).toEqual(plain.barWidths);
    expect(strict.barFills).toEqual(plain.barFills);
    expect(strict.ramp).toEqual(plain.ramp);
    expect(strict.rampTicks).toEqual(plain.rampTicks);
    expect(strict.classColors).toEqual(plain.classColors);
    expect(strict.classTicks).toEqual(plain.classTicks);
    expect(strict.sliderTicks).toEqual(plain.sliderTicks);
    expect(strict.sliderThumb).toEqual(plain.sliderThumb);
    expect(strict.dashCells).toEqual(plain.dashCells);
    expect(strict.dashHeads).toEqual(plain.dashHeads);
    expect(strict.badge).toEqual(plain.badge);
  });

  it('draws every box of every shadow tree at the same place with the same colours', () => {
    expect(strict.tree.length).toBe(plain.tree.length);
    const diff = strict.tree
      .map((x, i) => [i, x, plain.tree[i]])
      .filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b));
    expect(diff.slice(0, 10)).toEqual([]);
  });
});

describe('strict CSP: export', () => {
  it('SVG and CSV export work; PNG export, which needs img-src data:, fails with a message naming it', async () => {
    const { page, violations } = await open('/tests/csp/page.html', true);
    await waitForSdgElements(page, 30_000);
    const r = await page.evaluate(async () => {
      const bar = document.querySelector('sdg-bar-chart') as HTMLElement & {
        toSVG(): Promise<string>;
        toCSV(): Promise<string>;
        toPNG(): Promise<Blob>;
      };
      const png = await bar.toPNG().then(
        (b) => `blob ${b.size}`,
        (e: Error) => e.message,
      );
      return { svg: await bar.toSVG(), csv: await bar.toCSV(), png };
    });
    expect(r.svg).toMatch(/^<svg[\s\S]*<rect[\s\S]*<\/svg>$/);
    expect(r.csv.split('\n').length).toBeGreaterThan(6);
    expect(r.png).toMatch(/img-src data:/);
    // the one refusal is the PNG step's data: image, nothing else
    expect((await violations()).map((v) => `${v.directive} ${v.blocked}`)).toEqual(['img-src data']);
    await page.context().close();
  });
});

describe('strict CSP: shipped pages', () => {
  it('the iframe page draws its element with no violation', async () => {
    const { page, violations } = await open('/embed.html?el=sdg-bar-chart&indicator=3.2.1&year=2020', true);
    await waitForSdgElements(page, 30_000);
    const widths = await page.evaluate(() =>
      [...document.querySelector('sdg-bar-chart')!.shadowRoot!.querySelectorAll('rect[part~="bar"]')].map(
        (e) => e.getBoundingClientRect().width,
      ),
    );
    expect(widths.filter((w) => w > 0).length).toBeGreaterThan(3);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px'); // embed.css applied
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('the demo page (index.html) runs its script and styles with no violation', async () => {
    const { page, violations, console: logged } = await open('/index.html', true);
    await waitForSdgElements(page, 30_000);
    // index.js filled the language list; index.css gave the page its layout.
    expect(await page.$$eval('#lang option', (o) => o.length)).toBeGreaterThan(5);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
    expect(await violations()).toEqual([]);
    expect(logged.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    await page.context().close();
  });

  it('the builder page shows its preview with no violation', async () => {
    const { page, violations } = await open('/builder.html', true);
    await page.waitForFunction(
      () => document.querySelector('embed-builder')?.shadowRoot?.querySelector('.stage > *'),
      null,
      {
        timeout: 30_000,
      },
    );
    await waitForSdgElements(page, 30_000);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px'); // builder.css applied
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});
