import { extent, nice, ticks } from 'd3-array';
import { scaleLinear, scaleQuantize } from 'd3-scale';
import { defaultScheme, schemeInterpolator } from './schemes.js';

/**
 * The colour scale of a choropleth and the legend that explains it: a continuous ramp (`bins` 0) or quantized
 * classes of equal width (`bins` ≥ 2) over a "nice" domain that contains every numeric value shown.
 */

export interface RampLegend {
  kind: 'ramp';
  domain: [number, number];
  /** Gradient stops, offset 0..1 along the ramp. */
  stops: Array<{ offset: number; color: string }>;
  /** Tick values with their position 0..1 along the ramp. */
  ticks: Array<{ value: number; position: number }>;
}

export interface BinsLegend {
  kind: 'bins';
  domain: [number, number];
  /** Classes low → high: values in [from, to) get `color` (the last class includes `to`). */
  classes: Array<{ from: number; to: number; color: string }>;
}

export type ColorLegend = RampLegend | BinsLegend;

export interface ColorScale {
  /** The fill of a numeric value. */
  color: (value: number) => string;
  legend: ColorLegend;
}

export interface ColorScaleOptions {
  /** 0 or undefined: continuous; n ≥ 2: n classes. */
  bins?: number;
  /** A d3-scale-chromatic sequential scheme name; unknown or empty → the default for `better`. */
  scheme?: string | null;
  better?: 'higher' | 'lower' | null;
  /** Force a domain (e.g. fixed over a time range so colours stay comparable between years). */
  domain?: [number, number];
}

/** The domain: the values' extent made nice; a single value or an empty set still gives a usable interval. */
export function colorDomain(values: number[], bins = 0): [number, number] {
  let [lo, hi] = extent(values) as [number | undefined, number | undefined];
  if (lo === undefined || hi === undefined) return [0, 1];
  if (lo === hi) {
    // One value: show it against zero (or against itself ± 1 when it is zero/negative).
    if (lo > 0) lo = 0;
    else if (hi < 0) hi = 0;
    else hi = lo + 1;
  }
  const n = Math.min(MAX_BINS, Math.floor(Number(bins) || 0));
  // d3-array's `nice`, the rounding a linear scale's `.nice(count)` applies (without making a scale each year).
  return nice(lo, hi, n >= 2 ? n : 5) as [number, number];
}

/** The ramp's gradient stops for each scheme: they depend on the scheme alone, not on the year's values. */
const rampStops = new WeakMap<(t: number) => string, RampLegend['stops']>();
const STOP_COUNT = 10;
function stopsOf(interpolate: (t: number) => string): RampLegend['stops'] {
  let stops = rampStops.get(interpolate);
  if (!stops) {
    stops = Array.from({ length: STOP_COUNT + 1 }, (_, i) => ({
      offset: i / STOP_COUNT,
      color: interpolate(i / STOP_COUNT),
    }));
    stops = Object.freeze(stops.map((s) => Object.freeze(s))) as RampLegend['stops'];
    rampStops.set(interpolate, stops);
  }
  return stops;
}

/** The most classes a choropleth legend is drawn with. */
export const MAX_BINS = 12;

export function colorScale(values: number[], options: ColorScaleOptions = {}): ColorScale {
  // At most MAX_BINS classes (the sequential schemes' largest discrete set, ColorBrewer's 9, with room): a bins count
  // from a page (`Infinity`, `1e20`) must not size an array. NaN and negative counts mean a continuous ramp.
  const bins = Math.min(MAX_BINS, Math.max(0, Math.floor(Number(options.bins) || 0)));
  const interpolate = schemeInterpolator(options.scheme) ?? schemeInterpolator(defaultScheme(options.better))!;
  const domain = options.domain ?? colorDomain(values, bins);
  const [lo, hi] = domain;
  if (bins >= 2) {
    const colors = Array.from({ length: bins }, (_, i) => interpolate(bins === 1 ? 1 : i / (bins - 1)));
    const q = scaleQuantize<string>().domain(domain).range(colors);
    const cuts = [lo, ...q.thresholds(), hi];
    return {
      color: (v) => q(v),
      legend: {
        kind: 'bins',
        domain,
        classes: colors.map((color, i) => ({ from: cuts[i], to: cuts[i + 1], color })),
      },
    };
  }
  const t = scaleLinear().domain(domain).range([0, 1]).clamp(true);
  return {
    color: (v) => interpolate(t(v)),
    legend: {
      kind: 'ramp',
      domain,
      stops: stopsOf(interpolate),
      // d3-array's `ticks`, what the scale's `.ticks(5)` returns.
      ticks: ticks(lo, hi, 5).map((value) => ({ value, position: t(value) })),
    },
  };
}
