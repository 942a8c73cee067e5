/**
 * Dark mode follows the page: an element on a page that cannot be dark (no `color-scheme`, the web's default) stays
 * light even when the reader prefers dark; on a page that declares `color-scheme: light dark` it turns dark with the
 * reader's preference; `theme="auto"` follows the reader anywhere; `theme="light"` / `"dark"` force one.
 * Real Chromium with `prefers-color-scheme: dark` emulated; the colours compared are the theme tokens' own values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDev } from '../../scripts/lib/dev-server.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';

let dev: { url: string; close: () => Promise<unknown> };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dev = await startDev();
  browser = await launchChromium();
  const context = await browser.newContext({ colorScheme: 'dark' });
  page = await context.newPage();
  // The demo page registers every element; its :root says `color-scheme: light dark`, so the containers below set
  // their own (`normal` is the web's default: light only).
  await page.goto(new URL('/index.html', dev.url).href);
  await page.waitForFunction(() => customElements.get('sdg-goal-badge') !== undefined, null, { timeout: 30_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

/** The resolved surface colour token inside an element placed in a container with the given color-scheme. */
async function surface(scheme: string, theme: string | null): Promise<string> {
  return page.evaluate(
    async ([scheme, theme]) => {
      const box = document.createElement('div');
      box.style.colorScheme = scheme;
      const el = document.createElement('sdg-goal-badge');
      el.setAttribute('goal', '6');
      if (theme) el.setAttribute('theme', theme);
      box.append(el);
      document.body.append(box);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const value = getComputedStyle(el).getPropertyValue('--_sdg-color-surface').trim();
      box.remove();
      return value;
    },
    [scheme, theme] as const,
  );
}

describe('theme follows the page', () => {
  it('stays light on a page without color-scheme although the reader prefers dark', async () => {
    expect(await surface('normal', null)).toBe('#ffffff');
  });
  it('turns dark on a page that declares color-scheme: light dark', async () => {
    expect(await surface('light dark', null)).toBe('#15191e');
  });
  it('theme="auto" follows the reader on any page; light and dark force one', async () => {
    expect(await surface('normal', 'auto')).toBe('#15191e');
    expect(await surface('light dark', 'light')).toBe('#ffffff');
    expect(await surface('normal', 'dark')).toBe('#15191e');
  });
});
