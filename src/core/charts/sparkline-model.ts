import { line } from 'd3-shape';
import type { Observation, PublishedValue } from '../data/types.js';
import { isEstimate, numericValue } from '../data/select.js';
import { segmentsOf, type SeriesPoint } from './segments.js';

/**
 * A word-sized line: one area's values over the years in a small box, scaled to their own range (a sparkline shows
 * shape, not magnitude), broken where years are missing, plus the facts the sentence and the value text need.
 */

export interface SparkPoint {
  year: number;
  value: PublishedValue;
  numeric: number | null;
  estimate: boolean;
  nature?: string;
  x: number;
  y: number | null;
}

export interface SparklineModel {
  width: number;
  height: number;
  lines: Array<{ d: string; estimate: boolean }>;
  dots: Array<{ x: number; y: number; estimate: boolean }>;
  /** Every row in the window by year (flags included), ascending. */
  points: SparkPoint[];
  /** First and last values that are numbers (the sentence compares them); null when none. */
  first: SparkPoint | null;
  last: SparkPoint | null;
  /** The latest row of any kind (a flag such as `<2.5` can be the latest published value). */
  latest: SparkPoint | null;
  direction: 'fell' | 'rose' | 'same' | 'single' | 'none';
}

export function sparklineModel(
  rows: readonly Observation[],
  {
    width = 56,
    height = 16,
    pad = 2,
    startYear = null,
    endYear = null,
  }: {
    width?: number;
    height?: number;
    pad?: number;
    startYear?: number | null;
    endYear?: number | null;
  } = {},
): SparklineModel {
  const byYear = new Map<number, Observation>();
  for (const r of rows) {
    if ((startYear !== null && r.year < startYear) || (endYear !== null && r.year > endYear)) continue;
    if (!byYear.has(r.year)) byYear.set(r.year, r);
  }
  const sorted = [...byYear.values()].sort((a, b) => a.year - b.year);
  const nums = sorted.map((r) => numericValue(r.value)).filter((v): v is number => v !== null);
  const y0 = sorted.length ? sorted[0].year : 0;
  const y1 = sorted.length ? sorted[sorted.length - 1].year : 1;
  const lo = nums.length ? Math.min(...nums) : 0;
  const hi = nums.length ? Math.max(...nums) : 1;
  const sx = (year: number) => (y1 === y0 ? width / 2 : pad + ((year - y0) / (y1 - y0)) * (width - 2 * pad));
  const sy = (v: number) => (hi === lo ? height / 2 : height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad));

  const points: SparkPoint[] = sorted.map((r) => {
    const numeric = numericValue(r.value);
    return {
      year: r.year,
      value: r.value,
      numeric,
      estimate: isEstimate(r),
      nature: r.nature,
      x: sx(r.year),
      y: numeric === null ? null : sy(numeric),
    };
  });
  const segs = segmentsOf(points.map((p) => ({ year: p.year, value: p.numeric, estimate: p.estimate })));
  const path = line<SeriesPoint>()
    .x((p) => sx(p.year))
    .y((p) => sy(p.value!))
    .digits(2);
  const plotted = points.filter((p) => p.numeric !== null);
  const first = plotted[0] ?? null;
  const last = plotted[plotted.length - 1] ?? null;
  const direction: SparklineModel['direction'] = !first
    ? 'none'
    : first === last
      ? 'single'
      : last!.numeric! < first.numeric!
        ? 'fell'
        : last!.numeric! > first.numeric!
          ? 'rose'
          : 'same';
  return {
    width,
    height,
    lines: segs.lines.map((s) => ({ d: path(s.points) ?? '', estimate: s.estimate })),
    dots: segs.dots.map((p) => ({ x: sx(p.year), y: sy(p.value!), estimate: p.estimate })),
    points,
    first,
    last,
    latest: points[points.length - 1] ?? null,
    direction,
  };
}
