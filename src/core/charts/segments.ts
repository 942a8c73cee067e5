/**
 * Splitting a yearly series into what may honestly be drawn as lines: only consecutive years are joined (a missing
 * year or a flag such as `<2.5` breaks the line; nothing is interpolated), a point with no neighbour becomes a dot,
 * and a stretch touching an estimated or modelled value is drawn apart (dashed).
 */

export interface SeriesPoint {
  year: number;
  /** Numeric value; `null` when the published value is a flag or missing (never plotted). */
  value: number | null;
  /** Estimated or modelled (nature E/M). */
  estimate: boolean;
}

export interface Segment {
  /** At least two points, consecutive years. */
  points: SeriesPoint[];
  /** True when the stretch joins an estimated or modelled value. */
  estimate: boolean;
}

export interface Segments {
  lines: Segment[];
  /** Points with no plotted neighbour on either side: drawn as dots. */
  dots: SeriesPoint[];
}

/**
 * `points` need not be sorted; duplicate years keep the first. Years `a` and `b` are joined only when `b = a + 1`
 * and both have numeric values (`step` allows other spacings, e.g. 5 for five-yearly series; default 1).
 */
export function segmentsOf(points: readonly SeriesPoint[], step = 1): Segments {
  const byYear = new Map<number, SeriesPoint>();
  for (const p of points)
    if (p.value !== null && Number.isFinite(p.value) && !byYear.has(p.year)) byYear.set(p.year, p);
  const sorted = [...byYear.values()].sort((a, b) => a.year - b.year);
  const lines: Segment[] = [];
  const dots: SeriesPoint[] = [];
  let run: SeriesPoint[] = [];
  const flush = () => {
    if (run.length === 1) dots.push(run[0]);
    else if (run.length > 1) lines.push(...splitByEstimate(run));
    run = [];
  };
  for (const p of sorted) {
    const prev = run[run.length - 1];
    if (prev && p.year - prev.year !== step) flush();
    run.push(p);
  }
  flush();
  return { lines, dots };
}

/** A run of joined points → pieces whose every step has the same style; a step is "estimate" if either end is. */
function splitByEstimate(run: SeriesPoint[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < run.length; i++) {
    const estimate = run[i - 1].estimate || run[i].estimate;
    const last = out[out.length - 1];
    if (last && last.estimate === estimate) last.points.push(run[i]);
    else out.push({ points: [run[i - 1], run[i]], estimate });
  }
  return out;
}
