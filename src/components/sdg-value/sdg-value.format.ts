import type { Catalog, Observation, SeriesEntry } from '../../core/data/types.js';
import type { LocalizeController } from '../../i18n/localize.js';

/** How `<sdg-value>` prints a number in the reader's language: its `decimals` and `unit` options and the series. */
export interface ValueFormatting {
  loc: LocalizeController;
  entry: SeriesEntry;
  units: Catalog['units'] | undefined;
  /** The element's `decimals`: rounds the printed number when a whole 0–6; else the value as published. */
  decimals: number | undefined;
  unit: 'short' | 'none';
}

/** Percent-like units (`PERCENT`, `% of women aged 20–24`) print the locale's percent sign. */
export function isPercent(f: ValueFormatting): boolean {
  const { entry, loc } = f;
  return entry.unit === 'PERCENT' || /%/.test(loc.unit(entry.unit).text) || /%/.test(entry.unitText ?? '');
}

/** The printed value: number or flag in the locale, rounded only when `decimals` is set, and the unit. */
export function valueText(f: ValueFormatting, row: Observation): string {
  // 0–6 decimals: beyond that a binary double prints digits no source published (decimals="1e20").
  const d = f.decimals;
  const rounded = Number.isInteger(d) && typeof row.value === 'number' && d! >= 0 && d! <= 6;
  const number = rounded
    ? f.loc.number(row.value as number, { decimals: d })
    : f.loc.value(row.value, { decimals: f.entry.decimals });
  return withUnit(f, number, isPercent(f));
}

/** A change, signed (`+1.19`, `−0.4`), in percentage points for a percent series, else with the unit. */
export function signedText(f: ValueFormatting, n: number, decimals: number): string {
  const d = Number.isInteger(f.decimals) && f.decimals! >= 0 ? f.decimals! : decimals;
  const abs = f.loc.number(Math.abs(n), { decimals: d });
  const sign = n > 0 ? '+' : n < 0 ? '−' : '';
  if (f.unit === 'none') return sign + abs;
  if (isPercent(f)) return `${sign}${abs} ${f.loc.term('percentagePoints')}`;
  return withUnit(f, sign + abs, false);
}

function withUnit(f: ValueFormatting, number: string, percent: boolean): string {
  if (f.unit === 'none' || /^[^\d\u0660-\u0669\u06f0-\u06f9]*$/.test(number)) return number;
  if (percent) {
    // The locale's own percent pattern (`27,36 %` in ru, `27,36%` in kk), applied to the text already formatted.
    const one = f.loc.number(1, { decimals: 0 });
    return f.loc.percent(1, 0).replace(one, () => number);
  }
  const unit = f.loc.unit(f.entry.unit, f.units?.[f.entry.unit]).text;
  return unit ? `${number}\u00a0${unit}` : number;
}
