import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';

/** Axes of the charts: a value axis (linear from zero, or log) and a year axis with whole-year ticks. */

export type ValueScaleType = 'linear' | 'log';

export interface Tick {
  value: number;
  /** Position along the axis range. */
  pos: number;
  /** Decimals this tick needs when they differ between ticks (log axes: 0.1, 1, 10). */
  decimals?: number;
}

export interface ValueAxis {
  type: ValueScaleType;
  scale: ScaleContinuousNumeric<number, number>;
  domain: [number, number];
  ticks: Tick[];
  /** Decimals that tell the ticks apart (for formatting them). */
  decimals: number;
}

/**
 * A value axis over `values` (and any reference values such as a target), mapped to `range` ([bottom, top] for a
 * vertical axis). Linear axes start at zero unless the data are negative, as bars and trends of rates should; log
 * axes take positive values only (the caller leaves others out and says so) and tick at 1-2-5 steps or powers of ten.
 */
export function valueAxis(
  values: readonly number[],
  range: [number, number],
  { type = 'linear', tickCount = 5 }: { type?: ValueScaleType; tickCount?: number } = {},
): ValueAxis {
  const finite = values.filter((v) => Number.isFinite(v) && (type === 'linear' || v > 0));
  if (type === 'log') {
    let lo = finite.length ? Math.min(...finite) : 1;
    let hi = finite.length ? Math.max(...finite) : 10;
    if (lo === hi) [lo, hi] = [lo / 2, hi * 2];
    const scale = scaleLog().domain([lo, hi]).range(range).nice();
    const domain = scale.domain() as [number, number];
    const all = scale.ticks();
    const decades = Math.log10(domain[1] / domain[0]);
    const keep = decades > tickCount / 2 ? [1] : decades > tickCount / 3 ? [1, 3] : [1, 2, 5];
    const ticks = all.filter((t) => keep.includes(Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9))));
    const own = (t: number) => Math.max(0, -Math.floor(Math.log10(t) + 1e-9));
    const decimals = Math.max(0, ...ticks.map(own));
    return { type, scale, domain, ticks: ticks.map((t) => ({ value: t, pos: scale(t), decimals: own(t) })), decimals };
  }
  const lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (lo === hi) hi = lo + 1;
  const scale = scaleLinear().domain([lo, hi]).range(range).nice(tickCount);
  const domain = scale.domain() as [number, number];
  const ticks = scale.ticks(tickCount);
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return { type, scale, domain, ticks: ticks.map((t) => ({ value: t, pos: scale(t) })), decimals };
}

export interface YearAxis {
  scale: ScaleContinuousNumeric<number, number>;
  ticks: Tick[];
}

/** Whole-year ticks over [start, end], about one per `minSpacing` pixels. */
export function yearAxis(start: number, end: number, range: [number, number], minSpacing = 72): YearAxis {
  const lo = Math.min(start, end);
  const hi = Math.max(start, end, lo);
  const scale = scaleLinear()
    .domain(lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi])
    .range(range);
  const width = Math.abs(range[1] - range[0]);
  const count = Math.max(1, Math.floor(width / minSpacing));
  let ticks = scale.ticks(count).filter((t) => Number.isInteger(t));
  if (lo === hi) ticks = [lo];
  return { scale, ticks: ticks.map((t) => ({ value: t, pos: scale(t) })) };
}
