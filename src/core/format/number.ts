import { formatLocale, type FormatLocaleObject } from 'd3-format';
import { LOCALES, type LocaleCode, type LocaleData, type NumberSymbols } from '../locale/data.js';
import { localeData } from '../locale/registry.js';
import { bestMatch } from '../locale/match.js';

/**
 * Locale-aware number, percent, year and published-value formatting from the shipped CLDR symbols
 * (src/core/locale/data.ts), through d3-format, so Node and every browser print the same text whatever their own
 * Intl data (Chromium has none for kk, uz, ky, tg, tk, ps).
 *
 * Values are never rounded away: `formatValue` prints at least as many decimals as the value itself has.
 */

// Tags seen so far (a page uses a handful; bounded so that arbitrary attribute values cannot grow it without end).
const matched = new Map<string, LocaleCode>();

/** The most specific locale with shipped data for a BCP 47 tag (`uz-Cyrl-UZ` → `uz-Cyrl`, `kk-KZ` → `kk`), else `en`. */
export function dataLocale(tag: string | null | undefined): LocaleCode {
  const key = tag ?? '';
  let code = matched.get(key);
  if (code === undefined) {
    code = (bestMatch(key, LOCALES) as LocaleCode | undefined) ?? 'en';
    if (matched.size > 256) matched.clear();
    matched.set(key, code);
  }
  return code;
}

/** The number symbols for a tag. */
export function numberSymbols(tag: string | null | undefined): NumberSymbols {
  return localeData(dataLocale(tag)).numbers;
}

// Keyed by the table, not the code: a locale read as English before its table was registered gets its own symbols after.
const d3Locales = new WeakMap<LocaleData, FormatLocaleObject>();
function d3Locale(tag: string | null | undefined): FormatLocaleObject {
  const data = localeData(dataLocale(tag));
  let f = d3Locales.get(data);
  if (!f) {
    const s = data.numbers;
    f = formatLocale({
      decimal: s.decimal,
      thousands: s.group,
      grouping: s.grouping,
      currency: ['', ''],
      numerals: s.numerals ?? undefined,
      minus: s.minus,
      percent: s.percent,
    });
    d3Locales.set(data, f);
  }
  return f;
}

/** The formatter of `spec` in a tag's locale, made once (parsing a specifier costs more than formatting with it). */
const formatters = new WeakMap<FormatLocaleObject, Map<string, (n: number) => string>>();
function formatter(tag: string | null | undefined, spec: string): (n: number) => string {
  const locale = d3Locale(tag);
  let byLocale = formatters.get(locale);
  if (!byLocale) formatters.set(locale, (byLocale = new Map()));
  let f = byLocale.get(spec);
  if (!f) byLocale.set(spec, (f = locale.format(spec)));
  return f;
}

const MAX_DECIMALS = 20;

/** Decimals in the shortest text of `value` (`12.5` → 1, `3` → 0, `1e-7` → 7), capped at 20. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const m = /(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(String(Math.abs(value)));
  const frac = m?.[1]?.length ?? 0;
  const exp = m?.[2] ? Number(m[2]) : 0;
  return Math.min(MAX_DECIMALS, Math.max(0, frac - exp));
}

export interface NumberOptions {
  /** Exactly this many decimals (rounding half away from zero as `toFixed` does). Default: the value's own. */
  decimals?: number;
  /** Group separators (default true). */
  grouping?: boolean;
}

/** A number in the locale: `formatNumber(1234.5, 'kk')` → `1\u00a0234,5`; fa-AF → `۱٬۲۳۴٫۵`. Non-finite → ''. */
export function formatNumber(value: number, locale: string | null | undefined, options: NumberOptions = {}): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const d = clampDecimals(options.decimals ?? decimalsOf(value));
  return formatter(locale, `${options.grouping === false ? '' : ','}.${d}f`)(value);
}

/** A value already in percent units (`12.5` → kk `12,5%`, ru `12,5\u00a0%`, ps `۱۲٫۵٪`). */
export function formatPercent(value: number, locale: string | null | undefined, options: NumberOptions = {}): string {
  const n = formatNumber(value, locale, options);
  return n && n + numberSymbols(locale).percent;
}

/** A year: digits of the locale, no group separator (`2020` → fa-AF `۲۰۲۰`). */
export function formatYear(year: number | string, locale: string | null | undefined): string {
  const y = typeof year === 'string' ? Number(year.trim()) : year;
  if (!Number.isInteger(y)) return String(year);
  return formatter(locale, 'd')(y);
}

/** Replaces ASCII digits in `text` by the locale's digits (for strings that are not numbers, like `2015–2020`). */
export function localizeDigits(text: string, locale: string | null | undefined): string {
  const numerals = numberSymbols(locale).numerals;
  return numerals ? text.replace(/[0-9]/g, (d) => numerals[+d]!) : text;
}

export interface ValueOptions {
  /** The series' decimals (catalog `decimals`); the value's own decimals are kept if it has more. */
  decimals?: number;
  /** SDG unit code; `PERCENT` adds the locale's percent sign. Other units are named by the element, not here. */
  unit?: string;
}

/** A flag as published: comparator and number (`>95`, `<2.5`, `≤ 5`). */
const FLAG = /^([<>]=?|[≤≥])\s*(-?\d+(?:\.\d+)?)$/;
const NUMERIC = /^-?\d+(?:\.\d+)?$/;

/**
 * A published value as text: numbers in the locale with at least their own decimals; flags as published with
 * localised digits (`>95` → ps `>۹۵`, `<2.5` → kk `<2,5`); other flags (`N`) unchanged; missing → ''.
 */
export function formatValue(
  value: number | string | null | undefined,
  locale: string | null | undefined,
  options: ValueOptions = {},
): string {
  if (value === null || value === undefined) return '';
  const percent = options.unit === 'PERCENT';
  const num = (n: number, own: number) => {
    const opts = { decimals: Math.max(own, clampDecimals(options.decimals ?? 0)) };
    return percent ? formatPercent(n, locale, opts) : formatNumber(n, locale, opts);
  };
  if (typeof value === 'number') return Number.isFinite(value) ? num(value, decimalsOf(value)) : '';
  const text = value.trim();
  if (NUMERIC.test(text)) return num(Number(text), stringDecimals(text));
  const m = FLAG.exec(text);
  if (m) return m[1] + num(Number(m[2]), stringDecimals(m[2]!));
  return text;
}

function stringDecimals(s: string): number {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

function clampDecimals(d: number): number {
  return Math.max(0, Math.min(MAX_DECIMALS, Math.floor(d) || 0));
}
