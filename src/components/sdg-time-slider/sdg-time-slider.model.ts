import { matchesSlice, sliceFor } from '../../core/data/select.js';
import type { Observation, SeriesEntry } from '../../core/data/types.js';
import { listItems, SIX_COUNTRIES } from '../../core/data/attributes.js';
import { toYear, YEAR_MAX, YEAR_MIN } from '../../core/format/years.js';

/**
 * The slider's pure parts: which years have data, the range it spans, and where a key press takes it.
 * No DOM, no Lit: tested through the element and usable by other elements.
 */

/** The six countries whose data a slider marks by default. */
export const SIX: string[] = [...SIX_COUNTRIES];

/**
 * Years in which at least one of `areas` has a published value (a number or a flag such as `>95`) in the series'
 * default slice — the slice `<sdg-map>` shows — ascending.
 */
export function seriesYears(
  entry: SeriesEntry,
  rows: readonly Observation[],
  areas: readonly string[] = SIX,
  overrides: Record<string, string> = {},
): number[] {
  const slice = sliceFor(entry, overrides);
  const wanted = new Set(areas);
  const years = new Set<number>();
  for (const row of rows) {
    if (wanted.has(row.area) && matchesSlice(row, slice) && row.value !== null && row.value !== '') years.add(row.year);
  }
  return [...years].sort((a, b) => a - b);
}

/** Whole years within 1900–2100 only; anything else (NaN, '', Infinity, 1e20) is `undefined`. */
export { toYear };

/** `"2000 2005, 2010"` or `[2000, 2005]` → sorted unique whole years; `null` when nothing usable is given. */
export function parseYears(v: unknown): number[] | null {
  if (v === null || v === undefined) return null;
  const parts = Array.isArray(v) ? v : listItems(String(v));
  const years = [...new Set(parts.map(toYear).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  return years.length || Array.isArray(v) ? years : null;
}

/**
 * The span `[min, max]`: the attributes where given, else the first and last year with data, else 2000–2023.
 * Reversed bounds are swapped rather than rejected.
 */
export function yearRange(min: unknown, max: unknown, dataYears: readonly number[] | null): [number, number] {
  const lo = toYear(min) ?? dataYears?.[0] ?? 2000;
  const hi = toYear(max) ?? dataYears?.[dataYears.length - 1] ?? 2023;
  return lo <= hi ? [lo, hi] : [hi, lo];
}

export function clamp(year: number, [min, max]: [number, number]): number {
  return Math.min(max, Math.max(min, year));
}

/** Page Up / Page Down step in years. */
export const PAGE = 5;

/**
 * The year a key press moves to, or `null` for keys the slider does not handle. The track always runs from the
 * earliest year at the left (see the element's note on right-to-left), so Right and Up are later, Left and Down
 * earlier, as the WAI-ARIA APG slider pattern defines them for a left-to-right slider.
 */
export function keyStep(key: string, year: number, range: [number, number]): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(year + 1, range);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(year - 1, range);
    case 'PageUp':
      return clamp(year + PAGE, range);
    case 'PageDown':
      return clamp(year - PAGE, range);
    case 'Home':
      return range[0];
    case 'End':
      return range[1];
    default:
      return null;
  }
}

/** The next year while playing: one later; after the last, the first again when looping, else `null` (stop). */
export function nextPlayYear(year: number, range: [number, number], loop: boolean): number | null {
  if (year < range[1]) return Math.max(range[0], year + 1);
  return loop ? range[0] : null;
}

export interface Tick {
  year: number;
  /** Position along the track, 0 (first year) to 1 (last year). */
  at: number;
  /** `true` / `false` when the years with data are known, `null` when they are not. */
  hasData: boolean | null;
  /** Whether the year gets a printed label: the ends, and multiples of `every` not crowding an end label. */
  label: boolean;
}

/** One tick per year of the range; labels at the ends and every `every` years in between. */
export function ticks(range: [number, number], dataYears: readonly number[] | null, every = 5): Tick[] {
  // A range built by hand is held to the accepted years too, so that no input sets the length of this loop.
  const min = Math.max(YEAR_MIN, Math.min(YEAR_MAX, Math.round(range[0]) || YEAR_MIN));
  const max = Math.max(min, Math.min(YEAR_MAX, Math.round(range[1]) || min));
  const span = max - min;
  const has = dataYears ? new Set(dataYears) : null;
  // Keeps a label clear of the end labels on a phone-wide track (4 years for labels every 5).
  const gap = Math.ceil(every * 0.7);
  const out: Tick[] = [];
  for (let y = min; y <= max; y++) {
    const end = y === min || y === max;
    const label = end || (y % every === 0 && y - min >= gap && max - y >= gap);
    out.push({ year: y, at: span ? (y - min) / span : 0.5, hasData: has ? has.has(y) : null, label });
  }
  return out;
}

/** `years-with-data` as an attribute: years separated by spaces or commas, written back space-separated. */
export const yearsConverter = { fromAttribute: parseYears, toAttribute: (v: number[] | null) => v?.join(' ') ?? null };
/** `min`, `max`, `value` as attributes: a bounded year or `undefined`. */
export const yearConverter = { fromAttribute: toYear };
