import { scaleLinear } from 'd3-scale';
import type { Observation, PublishedValue } from '../data/types.js';
import { isEstimate, numericValue, valuesForYear } from '../data/select.js';
import { fitText } from './labels.js';
import { colorIndex } from './palette.js';

/**
 * The plain render model of a ranked bar chart: areas ordered by their value in a year (nearest earlier year within
 * a tolerance), one horizontal bar each. Values published as a range (`>95`) are listed with their text and no bar,
 * since a bar of a guessed length would plot a number nobody published; they take their rank from their bound.
 * Areas with no value come last.
 */

export interface BarArea {
  code: string;
  name: string;
}

export interface BarInput {
  rows: readonly Observation[];
  areas: readonly BarArea[];
  year: number;
  tolerance?: number;
  width: number;
  /** Height of one row (bar plus gap). */
  rowHeight: number;
  /** Width of a text at the label font. */
  measure: (text: string) => number;
  /** The value label of an area as it will be printed (to leave room for it). */
  valueText: (value: PublishedValue) => string;
  target?: number | null;
  highlight?: readonly string[];
  /** Right-to-left: names at the right, bars grow leftwards (src/i18n/direction.ts). */
  dir?: 'ltr' | 'rtl';
}

export interface Bar {
  code: string;
  name: string;
  /** The name as drawn: shortened with an ellipsis when longer than the names column allows. */
  label: string;
  color: number;
  /** 0-based position in the ranking. */
  rank: number;
  /** Top of the row. */
  y: number;
  value: PublishedValue | null;
  numeric: number | null;
  /** Year of the value (may be earlier than asked). */
  year: number | null;
  nearest: boolean;
  estimate: boolean;
  nature?: string;
  /** `flag`: published as a range, text only; `missing`: no value within the tolerance. */
  kind: 'bar' | 'flag' | 'missing';
  /** Left edge and width of the bar in pixels (0 width for flags and missing). */
  x: number;
  w: number;
  /** Where the value label is anchored, and on which side of the text (physical, in an LTR SVG). */
  labelX: number;
  labelAnchor: 'start' | 'end';
  highlighted: boolean;
  dimmed: boolean;
}

export interface BarModel {
  width: number;
  height: number;
  year: number;
  /** Names column: x of the names' edge next to the bars (right edge in LTR, left edge in RTL). */
  nameX: number;
  plot: { left: number; right: number };
  zeroX: number;
  ticks: Array<{ value: number; x: number }>;
  decimals: number;
  target: { value: number; x: number } | null;
  bars: Bar[];
  hasEstimates: boolean;
  hasFlags: boolean;
  nearestCount: number;
}

export function barModel(input: BarInput): BarModel {
  const { rows, areas, year, width, rowHeight, measure, valueText } = input;
  const rtl = input.dir === 'rtl';
  const tolerance = input.tolerance ?? 3;
  const highlight = new Set(input.highlight ?? []);
  const wanted = new Set(areas.map((a) => a.code));
  const found = valuesForYear(
    rows.filter((r) => wanted.has(r.area)),
    year,
    tolerance,
  );

  const items = areas.map((a, i) => {
    const hit = found.get(a.code);
    const value = hit ? hit.row.value : null;
    const numeric = numericValue(value);
    const kind: Bar['kind'] = !hit ? 'missing' : numeric === null ? 'flag' : 'bar';
    return { area: a, i, hit, value, numeric, kind };
  });
  // Ranked by value; a range (`>95`) takes its place by its bound, which orders it without plotting it.
  const key = (it: (typeof items)[number]) => it.numeric ?? flagBound(it.value);
  const group = (it: (typeof items)[number]) => (it.kind === 'missing' ? 2 : key(it) === null ? 1 : 0);
  items.sort((a, b) => group(a) - group(b) || (key(b) ?? 0) - (key(a) ?? 0) || a.i - b.i);

  const nameWidth = Math.min(Math.max(0, ...areas.map((a) => measure(a.name))), width * 0.36);
  const valueWidth = Math.max(
    0,
    ...items.map((it) =>
      it.value === null ? 0 : measure(valueText(it.value)) + (it.hit?.nearest ? measure(' (0000)') : 0),
    ),
  );
  const gap = 8;
  const numbers = items.map((it) => it.numeric).filter((n): n is number => n !== null);
  const target = input.target ?? null;
  const lo = Math.min(0, ...numbers, ...(target !== null ? [target] : []));
  const hi = Math.max(0, ...numbers, ...(target !== null ? [target] : []));
  // LTR: [names][bars →][values]; RTL mirrors: [values][← bars][names].
  // Tick labels are centred on the plot's ends: keep half a label of room outside them.
  const tickRoom = measure('000') / 2 + 2;
  const plotLeft = Math.max(tickRoom, rtl ? valueWidth + gap : nameWidth + gap);
  const plotRight = Math.min(width - tickRoom, rtl ? width - nameWidth - gap : width - valueWidth - gap);
  const scale = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range(rtl ? [plotRight, plotLeft] : [plotLeft, plotRight]);
  const ticks = scale.ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 80)));
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  const zeroX = scale(0);

  const bars: Bar[] = items.map((it, rank) => {
    const end = it.numeric !== null ? scale(it.numeric) : zeroX;
    const x = Math.min(zeroX, end);
    const w = Math.abs(end - zeroX);
    const outward = it.numeric !== null && it.numeric < 0 ? !rtl : rtl; // labels sit past the bar's end
    const labelX =
      it.kind === 'bar' ? (outward ? Math.min(end, zeroX) - 4 : Math.max(end, zeroX) + 4) : rtl ? zeroX - 4 : zeroX + 4;
    return {
      code: it.area.code,
      name: it.area.name,
      label: fitText(it.area.name, nameWidth, measure),
      color: colorIndex(it.area.code, it.i),
      rank,
      y: rank * rowHeight,
      value: it.value,
      numeric: it.numeric,
      year: it.hit ? it.hit.row.year : null,
      nearest: !!it.hit?.nearest,
      estimate: it.hit ? isEstimate(it.hit.row) : false,
      nature: it.hit?.row.nature,
      kind: it.kind,
      x,
      w,
      labelX,
      labelAnchor: (it.kind === 'bar' ? outward : rtl) ? 'end' : 'start',
      highlighted: highlight.has(it.area.code),
      dimmed: highlight.size > 0 && !highlight.has(it.area.code),
    };
  });

  return {
    width,
    height: bars.length * rowHeight,
    year,
    nameX: rtl ? width - nameWidth : nameWidth,
    plot: { left: plotLeft, right: plotRight },
    zeroX,
    ticks: ticks.map((t) => ({ value: t, x: scale(t) })),
    decimals: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)),
    target: target !== null ? { value: target, x: scale(target) } : null,
    bars,
    hasEstimates: bars.some((b) => b.estimate && b.kind !== 'missing'),
    hasFlags: bars.some((b) => b.kind === 'flag'),
    nearestCount: bars.filter((b) => b.nearest).length,
  };
}

/** The number a published range is bounded by (`>95` → 95, `<2.5` → 2.5), or null (`N`, missing). */
export function flagBound(value: PublishedValue | null): number | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(?:[<>]=?|[≤≥])\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  return m ? Number(m[1]) : null;
}

/** The latest year in which any of `areas` has a value: the default year of a ranking. */
export function latestYear(rows: readonly Observation[], areas: readonly string[]): number | null {
  const wanted = new Set(areas);
  let best: number | null = null;
  for (const r of rows) if (wanted.has(r.area) && (best === null || r.year > best)) best = r.year;
  return best;
}

/** Years in which any of `areas` has a value, ascending (the stops of year navigation). */
export function yearsWithData(rows: readonly Observation[], areas: readonly string[]): number[] {
  const wanted = new Set(areas);
  return [...new Set(rows.filter((r) => wanted.has(r.area)).map((r) => r.year))].sort((a, b) => a - b);
}
