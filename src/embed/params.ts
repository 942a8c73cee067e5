/**
 * What `embed.html?el=sdg-map&indicator=3.2.1&year=2020&lang=kk&theme=dark` may put on the page: an allow-listed
 * element and allow-listed attributes with bounded plain-text values. The page sets them with `setAttribute`, never as
 * markup, so a crafted URL can neither add elements nor run script.
 */

/** Elements the embed page may show. */
export const EMBED_ELEMENTS = [
  'sdg-map',
  'sdg-trend-chart',
  'sdg-bar-chart',
  'sdg-sparkline',
  'sdg-dashboard',
  'sdg-goal-badge',
  'sdg-value',
] as const;

export type EmbedElement = (typeof EMBED_ELEMENTS)[number];

/**
 * Attributes the embed page passes on (to any allowed element; an element ignores those it does not have).
 * `data-base` is deliberately absent: an embed shows the data shipped beside the page, never data from a URL in the
 * query string.
 */
export const EMBED_ATTRIBUTES = [
  'indicator',
  'series',
  'year',
  'start-year',
  'end-year',
  'year-tolerance',
  'countries',
  'aggregates',
  'country',
  'selected',
  'highlight',
  'goal',
  'goals',
  'slice',
  'sex',
  'since',
  'bins',
  'scheme',
  'projection',
  'scale',
  'target',
  'decimals',
  'format',
  'unit',
  'size',
  'show-table',
  'hide-value',
  'lang',
  'theme',
] as const;

/** Parameters that configure the page itself, not the element. */
const PAGE_PARAMS = new Set(['el', 'id']);
const MAX_LENGTH = 200;

export interface EmbedRequest {
  /** The element to create, or null when `el` is missing or not allowed. */
  tag: EmbedElement | null;
  /** Attribute name → value, in a stable order (the allow-list's). */
  attributes: Array<[string, string]>;
  /** The frame's id, echoed in height messages (letters, digits, `-_:.`, at most 64). */
  id: string;
  /** Parameters that were dropped, for a console note. */
  ignored: string[];
}

// Control characters are what this removes from a URL parameter.
const clean = (v: string) =>
  v
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, MAX_LENGTH);

export function parseEmbedParams(search: string | URLSearchParams): EmbedRequest {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const el = (params.get('el') ?? 'sdg-map').trim().toLowerCase();
  const tag = (EMBED_ELEMENTS as readonly string[]).includes(el) ? (el as EmbedElement) : null;
  const id = (params.get('id') ?? '').replace(/[^\w:.-]/g, '').slice(0, 64);
  const attributes: Array<[string, string]> = [];
  for (const name of EMBED_ATTRIBUTES) {
    const value = params.get(name);
    if (value === null) continue;
    if (name === 'theme' && value !== 'light' && value !== 'dark' && value !== 'auto') continue;
    if (name === 'lang' && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) continue;
    attributes.push([name, clean(value)]);
  }
  const ignored = [...params.keys()].filter((k) => !PAGE_PARAMS.has(k) && !attributes.some(([n]) => n === k));
  if (!tag && params.has('el')) ignored.unshift('el');
  return { tag, attributes, id, ignored: [...new Set(ignored)] };
}

/** The message the embed page posts to its parent whenever its height changes. */
export interface EmbedHeightMessage {
  type: 'sdg-embed-height';
  id: string;
  height: number;
}

export const HEIGHT_MESSAGE = 'sdg-embed-height';
