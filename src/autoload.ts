/**
 * The one-tag entry (`dist/sdg.js`): small on its own, it registers each `sdg-*` element as soon as the page uses it,
 * loading that element's code (and only its code) then, and registers the rest a few seconds after the page has
 * loaded, when the browser is idle. So a page
 * with one map loads the map's code first and never waits for the charts'.
 *
 * Found: tags in the document (present now or added later) and in open shadow roots of elements added later.
 * A script that needs a class at once awaits `whenDefined('sdg-map')` or `ready()`, or imports `dist/sdg-all.js`,
 * which registers everything eagerly.
 */
import type { Translation } from './i18n/translations/en.js';
import { mainThread } from './internal/main-thread.js';
import { prefetchData } from './internal/prefetch.js';
import { loadedStrings, type StringsApi } from './i18n/strings-hook.js';

export * from './events/events.js';
export { setDataBase } from './internal/data-base.js';
export { languages } from './i18n/languages.js';

/**
 * The strings module (English strings, number formatting) is not a static import of this file: the file would wait
 * for it before it could look for tags, a round trip before any element's code or data is asked for. It loads with
 * the first element, or with the first call below.
 */
const strings = (): Promise<StringsApi> => {
  const api = loadedStrings();
  return api ? Promise.resolve(api) : import('./i18n/loader-api.js');
};

/**
 * Registers (or extends) a locale's strings, as soon as the strings module has loaded (elements shown by then
 * render again in them).
 */
export function registerTranslation(...translations: Array<Partial<Translation> & { $code: string }>): Promise<void> {
  return strings().then((m) => m.registerTranslation(...translations));
}

/** Loads and registers a shipped locale's strings, unit names and number symbols (once). */
export function loadLocale(tag: string): Promise<void> {
  return strings().then((m) => m.loadLocale(tag));
}

const loaders: Record<string, () => Promise<unknown>> = {
  'sdg-map': () => import('./components/sdg-map/sdg-map.js'),
  'sdg-trend-chart': () => import('./components/sdg-trend-chart/sdg-trend-chart.js'),
  'sdg-bar-chart': () => import('./components/sdg-bar-chart/sdg-bar-chart.js'),
  'sdg-sparkline': () => import('./components/sdg-sparkline/sdg-sparkline.js'),
  'sdg-dashboard': () => import('./components/sdg-dashboard/sdg-dashboard.js'),
  'sdg-goal-badge': () => import('./components/sdg-goal-badge/sdg-goal-badge.js'),
  'sdg-time-slider': () => import('./components/sdg-time-slider/sdg-time-slider.js'),
  'sdg-value': () => import('./components/sdg-value/sdg-value.js'),
};

/**
 * The chunks each element's module imports, written in by `scripts/build.mjs` (`tag:file,file;…`; a language
 * `lang:ru:file` for the chunk of its strings and number symbols; `scheme:file` for the colour schemes beyond the
 * defaults). Unbuilt, the placeholder names none.
 */
const CHUNKS = 'sdg-preload-manifest';

/**
 * Only the file built as dist/sdg.js has its chunks beside it: an app that bundles it again gets other file names
 * (and its bundler loads the chunks it made), so it preloads nothing.
 */
const beside = ((): boolean => {
  try {
    return /\/sdg\.js$/.test(new URL(import.meta.url).pathname);
  } catch {
    return false;
  }
})();

const preloadList = (): Map<string, string[]> =>
  new Map(
    (beside ? CHUNKS : '')
      .split(';')
      .map((entry) => entry.split(/:(?=[^:]*$)/))
      .filter((kv): kv is [string, string] => kv.length === 2)
      .map(([key, files]) => [key, files.split(',').filter(Boolean)]),
  );
let preloads: Map<string, string[]> | undefined;
const preloaded = new Set<string>();

/**
 * Asks for every chunk of `key` at once (`<link rel="modulepreload">`), so that loading an element costs one round
 * trip instead of one per level of its import graph.
 */
function preload(key: string): void {
  preloads ??= preloadList();
  for (const file of preloads.get(key) ?? []) {
    if (preloaded.has(file)) continue;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`./${file}`, import.meta.url).href;
    document.head.append(link);
  }
}

const started = new Map<string, Promise<unknown>>();

/** Loads and registers one element (once). */
export function define(tag: string): Promise<unknown> {
  const load = loaders[tag];
  if (!load) return Promise.resolve();
  let p = started.get(tag);
  if (!p) {
    if (typeof document !== 'undefined') preload(tag);
    p = load().catch((error) => {
      started.delete(tag);
      console.error(`sdg: could not load <${tag}>`, error);
    });
    started.set(tag, p);
  }
  return p;
}

/** Resolves when every element is registered. */
export function ready(): Promise<void> {
  return Promise.all(Object.keys(loaders).map(define)).then(() => undefined);
}

const selector = Object.keys(loaders).join(',');

/**
 * An element seen: its data, its language's strings and its code, all requested at once, the data first (small
 * files the first drawing waits on, which over HTTP/1.1 would otherwise queue behind the script chunks).
 */
function found(el: Element): void {
  prefetchData(el);
  const lang = (el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en').toLowerCase();
  // The shipped language chunk whose code is the tag or its primary subtag (`uz-Cyrl-UZ` → uz-cyrl or uz).
  const parts = lang.split('-');
  for (let n = parts.length; n > 0; n--) {
    const key = `lang:${parts.slice(0, n).join('-')}`;
    if ((preloads ??= preloadList()).has(key)) {
      preload(key);
      break;
    }
  }
  // A map naming a colour scheme beyond the three defaults waits for that code before its first drawing.
  const scheme = el.getAttribute('scheme')?.trim();
  if (scheme && !/^(interpolate|scheme)?(blues|orrd|purples)$/i.test(scheme)) preload('scheme');
  void define(el.localName);
}

/** Elements seen and not handled yet (`found`), in document order. */
let queue: Element[] = [];
let draining = false;

/**
 * Handles the elements under `root`: the first of each tag at once (its code is the longest wait), the others a
 * turn at a time (`mainThread`), so that a page of 235 values does not start their data in one long task.
 */
function discover(root: ParentNode): void {
  const els = [
    ...(root instanceof Element && loaders[root.localName] ? [root] : []),
    ...root.querySelectorAll(selector),
  ];
  for (const el of els) {
    if (started.has(el.localName)) queue.push(el);
    else found(el);
  }
  if (!draining && queue.length) void drain();
}

async function drain(): Promise<void> {
  draining = true;
  try {
    for (let i = 0; i < queue.length; i++) {
      const wait = mainThread.turn();
      if (wait) await wait;
      try {
        found(queue[i]);
      } catch (error) {
        // One element's trouble does not keep the others from being found.
        console.error('sdg: could not start', queue[i], error);
      }
    }
  } finally {
    queue = [];
    draining = false;
  }
}

if (typeof document !== 'undefined') {
  discover(document);
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node instanceof Element) {
          discover(node);
          if (node.shadowRoot) discover(node.shadowRoot);
        }
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  // The rest registers later, when the page's first elements have had the network to themselves.
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void })
    .requestIdleCallback;
  const later = () => setTimeout(() => (idle ? idle(() => void ready(), { timeout: 5000 }) : void ready()), 3000);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
