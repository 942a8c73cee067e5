// Headless Chromium through playwright-core with the project's executable and flags (chromium.config.mjs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../chromium.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function launchChromium(options = {}) {
  if (!existsSync(chromiumExecutable)) {
    throw new Error(
      `Chromium not found at ${chromiumExecutable}. Install it (Debian/Ubuntu: apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  return chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs, headless: true, ...options });
}

/**
 * Records every `sdg-render` / `sdg-error` event (they bubble and are composed) into `window.__sdgEvents` from the
 * very start of each page load, so none is missed however early an element draws.
 */
export const recordSdgEvents = () => {
  window.__sdgEvents = [];
  for (const type of ['sdg-render', 'sdg-error']) {
    document.addEventListener(
      type,
      (e) => {
        const t = e.composedPath()[0];
        window.__sdgEvents.push({ type, tag: t?.localName ?? null, detail: e.detail ?? null, time: performance.now() });
      },
      true,
    );
  }
};

/**
 * Waits until every `sdg-*` element on the page (light DOM) has fired `sdg-render` or `sdg-error` at least once, or
 * the timeout passes. Resolves with `{ events, pending }` (tags still waiting).
 */
/** Controls that draw no data and so fire no `sdg-render`. */
const NO_RENDER_EVENT = ['sdg-time-slider'];

export async function waitForSdgElements(page, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate((skip) => {
      const els = [...document.querySelectorAll('*')].filter(
        (el) => el.localName.startsWith('sdg-') && !skip.includes(el.localName),
      );
      const events = window.__sdgEvents ?? [];
      const seen = new Set(events.map((e) => e.tag));
      // Not yet defined counts as pending: dist/sdg.js registers each element when its code has loaded.
      return {
        events,
        total: els.length,
        pending: [...new Set(els.filter((el) => !seen.has(el.localName)).map((el) => el.localName))],
      };
    }, NO_RENDER_EVENT);
    // Pages that render their elements late (Storybook's iframe) get up to 3 s for the first one to appear.
    const none = state.total === 0 && Date.now() < deadline - timeout + 3000;
    if ((state.pending.length === 0 && !none) || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * axe-core over the page and every shadow tree (injected once per page), as one line per violation: its rule, help,
 * how many nodes and the first node's selector and summary. An empty list is a pass.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
  }
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes.length} node(s), e.g. ${JSON.stringify(v.nodes[0]?.target)} ${v.nodes[0]?.failureSummary ?? ''}`,
    );
  });
}
