import type { Status, Trend } from './types.js';
import { mixHex, textOn } from './colors.js';

/**
 * How ratings are shown: a symbol for each (never colour alone) and a fill in the goal's colour family, strongest for
 * "target met". Pure; the dashboard and the docs page share it.
 */

/** Filled segments of the four-step meter (0 = no meter: not enough data or no target). */
export const STATUS_LEVEL: Record<Status, number> = {
  achieved: 4,
  close: 3,
  far: 2,
  'very-far': 1,
  insufficient: 0,
  'no-target': 0,
  'not-applicable': 0,
};

/** Symbol read before/without the meter. */
export const STATUS_SYMBOL: Record<Status, string> = {
  achieved: '✓',
  close: '',
  far: '',
  'very-far': '',
  insufficient: '?',
  'no-target': '—',
  'not-applicable': '∅',
};

export const TREND_ARROW: Record<Trend, string> = {
  'on-track': '↑',
  maintaining: '↑',
  moderate: '↗',
  improving: '↗',
  stagnating: '→',
  worsening: '↓',
  insufficient: '?',
};

/** Share of the goal colour in a cell's fill, by status. */
export const STATUS_STRENGTH: Record<Status, number> = {
  achieved: 1,
  close: 0.6,
  far: 0.32,
  'very-far': 0.12,
  insufficient: 0,
  'no-target': 0,
  'not-applicable': 0,
};

export const SURFACE = { light: '#ffffff', dark: '#15191e' } as const;

/** Fill and text colour of a cell for light and dark surfaces; `null` fill for unrated cells. */
export function cellColors(goalColor: string, status: Status) {
  const t = STATUS_STRENGTH[status];
  if (!t) return null;
  const light = mixHex(goalColor, SURFACE.light, t);
  const dark = mixHex(goalColor, SURFACE.dark, t);
  return { light, lightText: textOn(light).color, dark, darkText: textOn(dark).color };
}
