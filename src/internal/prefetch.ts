import { fetchShared } from '../core/data/fetch-cache.js';
import { loadCatalog, outlinesFor, loadCatalogIndex, textLanguage } from '../core/data/load.js';
import type { CatalogIndex } from '../core/data/types.js';
import { own } from '../core/own.js';
import { dataUrl } from './data-base.js';

/**
 * Starts the data files an element will ask for as soon as the one-tag loader sees its tag, while the element's own
 * code is still on its way: the catalog index, the indicator's titles in the page's language, its series and, for a
 * country-level map, the country outlines. Everything goes through the shared fetch cache (`fetchShared`), so when the
 * element asks for the same files it joins these requests: one request per file, and no round trip spent waiting
 * for script before the first data request.
 *
 * Only what every such element reads first is started, from attributes alone; an element with its own data
 * (`src`, `.data`), a region-level map or a failure here starts nothing. A failed request is dropped from the cache,
 * so the element's own request tries again and reports the error.
 */

/** Elements that draw one shipped indicator's series (`indicator` / `series`). */
const SERIES_ELEMENTS = new Set(['sdg-map', 'sdg-trend-chart', 'sdg-bar-chart', 'sdg-sparkline', 'sdg-value']);

const seen = new WeakSet<Element>();
/** What was started, by data base, language, indicator and series (bounded by the page's distinct elements). */
const started = new Set<string>();
const ignore = () => {};

/**
 * The series file an element of `indicator`/`series` reads, from the catalog index alone (the rule of
 * `resolveSeries` and the file name of `mergeCatalog`), so that it is asked for without waiting for the titles.
 */
export function seriesPath(index: CatalogIndex, indicator: string, series: string | null): string | null {
  const ind = own(index.indicators, indicator.trim());
  const code = series?.trim() || ind?.headline || (own(index.series, indicator.trim()) ? indicator.trim() : '');
  const entry = code ? own(index.series, code) : undefined;
  if (!entry) return null;
  return entry.file ?? (index.seriesFile ?? 'series/{series}.json').replace('{series}', code);
}

/** The `lang` in force for an element not yet upgraded: its own or the nearest ancestor's, else the document's. */
function langOf(el: Element): string {
  return el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}

/** The outlines file a country-level map will draw from, read from its attributes as the map reads them. */
function mapOutlines(el: Element): string {
  const words = (name: string) => (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean);
  // A highlighted basin turns the rivers layer on.
  const layers = [...words('layers'), ...(words('highlight-basin').length ? ['rivers'] : [])];
  return outlinesFor({ projection: el.getAttribute('projection'), countries: words('countries').length > 0, layers });
}

/** Starts the data requests of one element (once per element; nothing for elements it does not know). */
export function prefetchData(el: Element): void {
  const tag = el.localName;
  if (!SERIES_ELEMENTS.has(tag) || seen.has(el)) return;
  seen.add(el);
  const own = (el as Element & { data?: unknown }).data;
  if (el.hasAttribute('src') || (own !== undefined && own !== null)) return;
  const isMap = tag === 'sdg-map';
  if (isMap && el.getAttribute('level') === 'region') return;
  const indicator = el.getAttribute('indicator') ?? '';
  const series = el.getAttribute('series');
  if (!indicator.trim() && !series?.trim()) return;
  const base = el.getAttribute('data-base');
  const lang = textLanguage(langOf(el));
  // A page of 235 values asks for a few dozen distinct series: each distinct request set is started once.
  const outlines = isMap ? mapOutlines(el) : '';
  const key = [outlines, base, lang, indicator.trim(), series?.trim() ?? ''].join('\u0000');
  if (started.has(key)) return;
  started.add(key);
  const resolve = (path: string) => dataUrl(path, base);
  try {
    if (outlines) fetchShared(resolve(outlines)).catch(ignore);
    loadCatalog(resolve, undefined, { lang, indicator, series }).catch(ignore);
    loadCatalogIndex(resolve)
      .then((index) => {
        const file = seriesPath(index, indicator, series);
        if (file) fetchShared(resolve(file)).catch(ignore);
      })
      .catch(ignore);
  } catch {
    // A data-base that is not a URL: the element reports it when it loads.
  }
}
