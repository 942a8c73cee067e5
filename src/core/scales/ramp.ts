/**
 * A colour ramp through `colors` (hex, `#rrggbb`) as a uniform B-spline in RGB, t in [0, 1]: the same curve and the
 * same `rgb(r, g, b)` text as d3-interpolate's `interpolateRgbBasis`, which d3-scale-chromatic builds its sequential
 * schemes with (`ramp(scheme)`), without d3-color's parser of every CSS colour syntax. Written out here so that the
 * default schemes cost a few hundred bytes on a page instead of d3-scale-chromatic, d3-interpolate and d3-color;
 * tests/core/scales/ramp.node.test.ts compares it with d3's at every step.
 */
export function rgbBasis(colors: readonly string[]): (t: number) => string {
  const channel = (shift: number) => colors.map((c) => (parseInt(c.slice(1), 16) >> shift) & 255);
  const r = spline(channel(16));
  const g = spline(channel(8));
  const b = spline(channel(0));
  return (t) => `rgb(${byte(r(t))}, ${byte(g(t))}, ${byte(b(t))})`;
}

/** d3-color's `clampi`: rounded to an integer in 0..255 (NaN → 0). */
function byte(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v) || 0));
}

/** d3-interpolate's `interpolateBasis`: a uniform cubic B-spline through the values, the ends extrapolated. */
function spline(values: number[]): (t: number) => number {
  const n = values.length - 1;
  return (t) => {
    const i = t <= 0 ? (t = 0) : t >= 1 ? ((t = 1), n - 1) : Math.floor(t * n);
    const v1 = values[i]!;
    const v2 = values[i + 1]!;
    const v0 = i > 0 ? values[i - 1]! : 2 * v1 - v2;
    const v3 = i < n - 1 ? values[i + 2]! : 2 * v2 - v1;
    const t1 = (t - i / n) * n;
    const t2 = t1 * t1;
    const t3 = t2 * t1;
    return (
      ((1 - 3 * t1 + 3 * t2 - t3) * v0 + (4 - 6 * t2 + 3 * t3) * v1 + (1 + 3 * t1 + 3 * t2 - 3 * t3) * v2 + t3 * v3) / 6
    );
  };
}

/** d3-scale-chromatic's colour strings: six hex digits per colour, concatenated. */
export function hexColors(specifier: string): string[] {
  return Array.from({ length: (specifier.length / 6) | 0 }, (_, i) => `#${specifier.slice(i * 6, i * 6 + 6)}`);
}
