import { line } from 'd3-shape';
import type { Observation, PublishedValue } from '../data/types.js';
import { isEstimate, numericValue } from '../data/select.js';
import { dodgeLabels, fitText } from './labels.js';
import { colorIndex } from './palette.js';
import { segmentsOf, type SeriesPoint } from './segments.js';
import { toYear } from '../format/years.js';
import { valueAxis, yearAxis, type ValueAxis, type ValueScaleType, type YearAxis } from './scales.js';

/**
 * The plain render model of a trend chart: one line per area over the years, split where years are missing,
 * with end labels that do not overlap. Pure: the element maps it to SVG.
 */

export interface TrendArea {
  code: string;
  name: string;
}

export interface TrendInput {
  /** Rows of one series and one slice. */
  rows: readonly Observation[];
  /** Areas to draw, in order. */
  areas: readonly TrendArea[];
  width: number;
  height: number;
  startYear?: number | null;
  endYear?: number | null;
  scale?: ValueScaleType;
  /** A reference value (the 2030 target), drawn as a line and kept inside the axis. */
  target?: number | null;
  highlight?: readonly string[];
  /** Width of a text in pixels at the label font (the element measures; tests pass an estimate). */
  measure: (text: string) => number;
  /** Tick label texts (formatted by the element), for the left margin. */
  formatTick?: (value: number, decimals: number) => string;
  /** Line height of a label in pixels. */
  labelHeight?: number;
  /**
   * Writing direction. Time runs left to right either way (src/i18n/direction.ts); right-to-left moves the value
   * axis to the inline start, the right edge, beyond the end labels.
   */
  dir?: 'ltr' | 'rtl';
}

export interface TrendPoint {
  year: number;
  /** The published value: a number, or a flag such as `<2.5` that is shown but not plotted. */
  value: PublishedValue;
  numeric: number | null;
  estimate: boolean;
  nature?: string;
  /** Position when plotted (numeric and, on a log axis, positive). */
  x: number;
  y: number | null;
}

export interface TrendSeries {
  code: string;
  name: string;
  color: number;
  highlighted: boolean;
  dimmed: boolean;
  /** Path strings of joined stretches; `estimate` ones are drawn dashed. */
  lines: Array<{ d: string; estimate: boolean }>;
  /** Lone points (no plotted neighbour): drawn as dots. */
  dots: Array<{ x: number; y: number; estimate: boolean; year: number }>;
  /** Every row in the year window by year (flags included). */
  points: Map<number, TrendPoint>;
  /** Last plotted point, where the label points to; null when nothing could be plotted. */
  last: TrendPoint | null;
  label: { text: string; x: number; y: number; anchorY: number } | null;
}

export interface TrendModel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Where the value axis' tick labels end (their physical right edge) and where grid lines stop. */
  axis: { x: number; gridRight: number };
  x: YearAxis;
  y: ValueAxis;
  years: [number, number];
  /** Every year with at least one value in the window, ascending: the stops of the crosshair. */
  stops: number[];
  series: TrendSeries[];
  target: { value: number; y: number } | null;
  /** Values left out of a log axis (zero or negative). */
  omittedNonPositive: number;
  /** True when any drawn value is estimated or modelled. */
  hasEstimates: boolean;
  /** True when any value in the window is a flag (shown in tooltip and table, not plotted). */
  hasFlags: boolean;
}

const LABEL_GAP = 8;

export function trendModel(input: TrendInput): TrendModel {
  const { rows, areas, width, height, measure } = input;
  const type = input.scale ?? 'linear';
  const labelHeight = input.labelHeight ?? 14;
  const highlight = new Set(input.highlight ?? []);
  const wanted = new Set(areas.map((a) => a.code));
  const inArea = rows.filter((r) => wanted.has(r.area));

  const allYears = inArea.map((r) => r.year);
  // Years from a page outside 1900–2100 (NaN, Infinity, 1e20) count as not given: the element loops over the span.
  const startYear = toYear(input.startYear);
  const endYear = toYear(input.endYear);
  const dataStart = allYears.length ? allYears.reduce((a, b) => Math.min(a, b)) : (startYear ?? 2000);
  const dataEnd = allYears.length ? allYears.reduce((a, b) => Math.max(a, b)) : (endYear ?? dataStart);
  const start = startYear ?? dataStart;
  const end = Math.max(start, endYear ?? dataEnd);
  const visible = inArea.filter((r) => r.year >= start && r.year <= end);

  const plottable = (v: number | null): v is number => v !== null && (type === 'linear' || v > 0);
  const numbers = visible.map((r) => numericValue(r.value)).filter(plottable);
  const omittedNonPositive = type === 'log' ? visible.filter((r) => (numericValue(r.value) ?? 1) <= 0).length : 0;
  const target = input.target ?? null;
  const refValues = target !== null && plottable(target) ? [...numbers, target] : numbers;

  // Margins: ticks on the left, end labels on the right (capped so the plot keeps at least half the width).
  const top = labelHeight / 2 + 4;
  const bottom = height - 26;
  const provisional = valueAxis(refValues, [bottom, top], {
    type,
    tickCount: Math.max(2, Math.round((bottom - top) / 50)),
  });
  const fmt = input.formatTick ?? ((v: number, d: number) => v.toFixed(d));
  const tickWidth = Math.max(
    0,
    ...provisional.ticks.map((t) => measure(fmt(t.value, t.decimals ?? provisional.decimals))),
  );
  const rtl = input.dir === 'rtl';
  const axisSpace = Math.ceil(tickWidth + 8);
  // The first year label is centred on the plot's left edge: leave it room.
  const yearHalf = Math.ceil(measure(String(start)) / 2 + 2);
  const left = rtl ? yearHalf : Math.max(axisSpace, yearHalf);
  const drawn = areas.filter((a) => visible.some((r) => r.area === a.code && plottable(numericValue(r.value))));
  const labelWidth = Math.min(Math.max(0, ...drawn.map((a) => measure(a.name))), width * 0.32);
  const right = width - Math.ceil(labelWidth + LABEL_GAP + 6) - (rtl ? axisSpace : 0);
  const axis = rtl ? { x: width - 2, gridRight: width - axisSpace + 2 } : { x: left - 6, gridRight: right };

  const x = yearAxis(start, end, [left, Math.max(left + 1, right)]);
  const y = provisional;

  const toLine = line<SeriesPoint>()
    .x((p) => x.scale(p.year))
    .y((p) => y.scale(p.value!))
    .digits(2);

  const stops = new Set<number>();
  const series: TrendSeries[] = areas.map((area, i) => {
    const points = new Map<number, TrendPoint>();
    for (const r of visible) {
      if (r.area !== area.code || points.has(r.year)) continue;
      const numeric = numericValue(r.value);
      points.set(r.year, {
        year: r.year,
        value: r.value,
        numeric,
        estimate: isEstimate(r),
        nature: r.nature,
        x: x.scale(r.year),
        y: plottable(numeric) ? y.scale(numeric) : null,
      });
      stops.add(r.year);
    }
    const segs = segmentsOf(
      [...points.values()].map((p) => ({
        year: p.year,
        value: plottable(p.numeric) ? p.numeric : null,
        estimate: p.estimate,
      })),
    );
    const plotted = [...points.values()].filter((p) => p.y !== null).sort((a, b) => a.year - b.year);
    const last = plotted[plotted.length - 1] ?? null;
    return {
      code: area.code,
      name: area.name,
      color: colorIndex(area.code, i),
      highlighted: highlight.has(area.code),
      dimmed: highlight.size > 0 && !highlight.has(area.code),
      lines: segs.lines.map((s) => ({ d: toLine(s.points) ?? '', estimate: s.estimate })),
      dots: segs.dots.map((p) => ({ x: x.scale(p.year), y: y.scale(p.value!), estimate: p.estimate, year: p.year })),
      points,
      last,
      label: null,
    };
  });

  const placed = dodgeLabels(
    series.filter((s) => s.last).map((s) => ({ id: s.code, y: s.last!.y!, height: labelHeight })),
    0,
    height - 20,
  );
  for (const p of placed) {
    const s = series.find((t) => t.code === p.id)!;
    s.label = { text: fitText(s.name, labelWidth, measure), x: right + LABEL_GAP, y: p.placed, anchorY: p.y };
  }

  return {
    width,
    height,
    plot: { left, top, right, bottom },
    axis,
    x,
    y,
    years: [start, end],
    stops: [...stops].sort((a, b) => a - b),
    series,
    target: target !== null && plottable(target) ? { value: target, y: y.scale(target) } : null,
    omittedNonPositive,
    hasEstimates: series.some((s) => s.lines.some((l) => l.estimate) || s.dots.some((d) => d.estimate)),
    hasFlags: visible.some((r) => numericValue(r.value) === null && r.value !== ''),
  };
}

/** The crosshair stop nearest to a pixel position. */
export function nearestStop(model: TrendModel, px: number): number | null {
  let best: number | null = null;
  let dist = Infinity;
  for (const year of model.stops) {
    const d = Math.abs(model.x.scale(year) - px);
    if (d < dist) [best, dist] = [year, d];
  }
  return best;
}
