import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../../src/index.js';
import { ELEMENTS, HOSTILE_VALUES } from './fixtures/attributes.js';
import { until } from '../data-layer/helpers.js';

/**
 * Every hostile value on every attribute of every element: the element answers with a drawing or a visible message,
 * the page sees no uncaught error or unhandled rejection, no main-thread task runs over 200 ms, and every request goes
 * to the element's own data folder.
 */
/**
 * Longest main-thread task allowed: a guard against freezes (a loop bounded by an attribute ran for minutes), not a
 * speed test. 200 ms by default; `SDG_LONGTASK_MS` raises it (vitest.config.ts). Measured on the shared 2-core test
 * machine under a load average of 10–13: 841 of the 847 cases stayed under 200 ms, and 6, at random (a map with
 * `layers="abc"` draws exactly what a valid one does), took 205–787 ms; there `SDG_LONGTASK_MS=1000` keeps the guard
 * without that noise. Speed is reported by `npm run bench`.
 */
const LONG_TASK_MS = inject('longTaskMs');
const errors: string[] = [];
const longTasks: number[] = [];
let observer: PerformanceObserver;
const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);

beforeAll(async () => {
  // Each element drawn once, valid, first: a page's first map decodes the shipped outlines and fits the projection
  // in one task of 300–500 ms on the test machine, once per page whatever the attributes (reported as a known long
  // task in issue #15, measured by `npm run bench`). The bound below is about what an attribute does.
  for (const { tag, base } of ELEMENTS) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(base)) el.setAttribute(k, v);
    document.body.append(el);
    await until(() => settled(el), `${tag} to draw`, 15000);
    el.remove();
  }
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  performance.setResourceTimingBufferSize(100000);
});
afterAll(() => {
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onRejection);
  observer.disconnect();
});

/** Visible text of the element's shadow root (slots and hidden helpers aside). */
function shownText(el: Element): string {
  return (el.shadowRoot as unknown as { innerText?: string })?.innerText ?? el.shadowRoot?.textContent ?? '';
}

function settled(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root || root.querySelector('[part~="loading"]')) return false;
  return !!root.querySelector('svg, [part~="error"], [role="alert"], input, [part~="value"], [part~="base"]');
}

describe.each(ELEMENTS)('$tag', ({ tag, base, attributes }) => {
  describe.each(attributes)('%s', (attribute) => {
    it.each(HOSTILE_VALUES)(
      '= %j draws or says what is wrong, without errors, long tasks or stray requests',
      // A case that meets another test file's work on the 2 shared cores can stretch one task past the bound once; a
      // value that really blocks (a loop, a freeze) fails every attempt.
      { retry: 2 },
      async (value) => {
        errors.length = 0;
        longTasks.length = 0;
        performance.clearResourceTimings();
        const host = document.createElement('div');
        host.style.width = '640px';
        document.body.append(host);
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(base)) el.setAttribute(k, v);
        el.setAttribute(attribute, value);
        host.append(el);
        try {
          await until(() => settled(el), `${tag} ${attribute}=${value} to settle`, 8000);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
          expect(errors).toEqual([]);
          expect(Math.max(0, ...longTasks)).toBeLessThanOrEqual(LONG_TASK_MS);
          const box = el.getBoundingClientRect();
          expect(box.width * box.height, 'element is not a blank box').toBeGreaterThan(0);
          expect(shownText(el).trim().length + el.shadowRoot!.querySelectorAll('svg *').length).toBeGreaterThan(0);
          // Nonsense shown as data; the value itself may be quoted back in a message.
          const said = shownText(el).split(value).join('');
          expect(said).not.toMatch(/NaN|Infinity|undefined|\[object |Failed to construct|\d\.\d{12}/);
          const urls = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((e) => e.initiatorType === 'fetch')
            .map((e) => new URL(e.name));
          for (const u of urls) {
            expect(u.origin).toBe(location.origin);
            expect(u.pathname).toMatch(/\/data\/[\w./-]+\.(json|csv)$/);
            expect(u.pathname).not.toMatch(/undefined|null|__proto__|constructor|toString/);
          }
        } finally {
          host.remove();
        }
      },
    );
  });
});
