/**
 * The builder's output, pure: from the choices on the page to the attributes of the element and the three snippets
 * (script + tag, iframe, tag with static fallback). Attribute values are escaped; nothing here touches the DOM.
 */
import { escapeHtml, openTag } from '../embed/fallback.js';
import { SIX_COUNTRIES } from '../core/data/attributes.js';

export const BUILDER_ELEMENTS = [
  'sdg-map',
  'sdg-bar-chart',
  'sdg-trend-chart',
  'sdg-sparkline',
  'sdg-dashboard',
] as const;
export type BuilderElement = (typeof BUILDER_ELEMENTS)[number];
export const SIX: string[] = [...SIX_COUNTRIES];

export interface BuilderState {
  tag: BuilderElement;
  indicator: string;
  /** One year (map, bar chart); empty for the latest. */
  year: string;
  /** A range (trend chart, sparkline); empty for all years. */
  startYear: string;
  endYear: string;
  countries: string[];
  /** `''` follows the page's language. */
  lang: string;
  /** `''` follows the reader's setting. */
  theme: '' | 'light' | 'dark' | 'auto';
  /** Width in CSS pixels; 0 for the full width of the column. */
  width: number;
  /** Height of the iframe before it fits itself (pixels). */
  height: number;
  /** URL of the folder with sdg.js, embed.html and embed.js (ends with `/`). */
  base: string;
}

export const YEAR_ELEMENTS = new Set<BuilderElement>(['sdg-map', 'sdg-bar-chart']);
export const RANGE_ELEMENTS = new Set<BuilderElement>(['sdg-trend-chart', 'sdg-sparkline']);

/** The element's attributes for the choices, in a stable order; defaults are left out. */
export function elementAttributes(s: BuilderState): Record<string, string> {
  const a: Record<string, string> = {};
  if (s.tag !== 'sdg-dashboard' && s.indicator) a.indicator = s.indicator;
  if (YEAR_ELEMENTS.has(s.tag) && s.year) a.year = s.year;
  if (RANGE_ELEMENTS.has(s.tag)) {
    if (s.startYear) a['start-year'] = s.startYear;
    if (s.endYear) a['end-year'] = s.endYear;
  }
  const all = s.countries.length === SIX.length && SIX.every((c) => s.countries.includes(c));
  if (s.tag === 'sdg-sparkline') a.country = s.countries[0] ?? 'KAZ';
  else if (s.tag !== 'sdg-map' && !all && s.countries.length)
    a.countries = SIX.filter((c) => s.countries.includes(c)).join(' ');
  if (s.lang) a.lang = s.lang;
  if (s.theme) a.theme = s.theme;
  return a;
}

const styleOf = (s: BuilderState) => (s.width > 0 ? `max-width: ${Math.round(s.width)}px` : '');

/** `<script type="module" src="…/sdg.js"></script>` and the tag, optionally with its fallback figure inside. */
export function tagSnippet(s: BuilderState, fallback = ''): string {
  const attrs = elementAttributes(s);
  const style = styleOf(s);
  const open = openTag(s.tag, style ? { ...attrs, style } : attrs);
  return (
    `<script type="module" src="${escapeHtml(new URL('sdg.js', s.base).href)}"></script>\n` +
    `${open}${fallback ? `\n  ${fallback}\n` : ''}</${s.tag}>`
  );
}

/** The `embed.html?…` URL for the choices. */
export function embedUrl(s: BuilderState, id = ''): string {
  const url = new URL('embed.html', s.base);
  url.searchParams.set('el', s.tag);
  for (const [k, v] of Object.entries(elementAttributes(s))) url.searchParams.set(k, v);
  if (id) url.searchParams.set('id', id);
  return url.href;
}

/** The `<iframe data-sdg-embed …>` and the `embed.js` that fits it to its content. */
export function iframeSnippet(s: BuilderState, title: string): string {
  const id = `${s.tag}-${(s.indicator || 'dashboard').replace(/[^\w]+/g, '-')}`;
  const width = s.width > 0 ? `${Math.round(s.width)}px` : '100%';
  return (
    `<iframe data-sdg-embed src="${escapeHtml(embedUrl(s, id))}" title="${escapeHtml(title)}"` +
    // width/height attributes too: a page whose CSP has no 'unsafe-inline' in style-src drops the style attribute
    // (embed.js then sets border and max-width through the CSSOM).
    ` width="${s.width > 0 ? Math.round(s.width) : '100%'}" height="${Math.round(s.height)}"` +
    ` style="border: 0; width: ${width}; max-width: 100%; height: ${Math.round(s.height)}px" loading="lazy"></iframe>\n` +
    `<script src="${escapeHtml(new URL('embed.js', s.base).href)}" async></script>`
  );
}
