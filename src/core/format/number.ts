import { LOCALES, type LocaleCode, type NumberSymbols } from '../locale/data.js';
import { localeData } from '../locale/registry.js';
import { bestMatch } from '../locale/match.js';

/**
 * Locale-aware number, percent, year and published-value formatting from the shipped CLDR symbols
 * (src/core/locale/data.ts), printed as d3-format prints them, so Node and every browser print the same text whatever their own
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

/**
 * d3-format's `,.{n}f`, `.{n}f` and `d` with a locale's symbols, to the same text (tests/core/format/number.node.test.ts
 * compares them over every shipped locale): the three specifiers this module prints with, without the rest of
 * d3-format's mini-language on every page. `decimals` null is `d` (rounded to an integer).
 */
function d3Fixed(value: number, decimals: number | null, grouping: boolean, s: NumberSymbols): string {
  // -0 is negative too; a negative value that rounds to zero is printed without its sign.
  let negative = value < 0 || 1 / value < 0;
  const abs = Math.abs(value);
  const text =
    decimals !== null
      ? abs.toFixed(decimals)
      : Math.round(abs) >= 1e21
        ? Math.round(abs).toLocaleString('en').replace(/,/g, '')
        : Math.round(abs).toString(10);
  if (negative && +text === 0) negative = false;
  // The integer digits are grouped; the rest (fraction, or an exponent past 1e21) follows with the locale's decimal.
  const cut = text.search(/[^0-9]/);
  let int = cut < 0 ? text : text.slice(0, cut);
  const rest = cut < 0 ? '' : text[cut] === '.' ? s.decimal + text.slice(cut + 1) : text.slice(cut);
  if (grouping) int = group(int, s.grouping, s.group);
  const out = (negative ? s.minus : '') + int + rest;
  return s.numerals ? out.replace(/[0-9]/g, (d) => s.numerals![+d]!) : out;
}

/** d3-format's formatGroup: sizes from the right, the last one repeating. */
function group(digits: string, sizes: number[], separator: string): string {
  const parts: string[] = [];
  let i = digits.length;
  let j = 0;
  let g = sizes[0] ?? 0;
  while (i > 0 && g > 0) {
    parts.push(digits.substring((i -= g), i + g));
    g = sizes[(j = (j + 1) % sizes.length)]!;
  }
  return parts.reverse().join(separator);
}

/** d3-format's `precisionFixed`: the decimals that tell multiples of `step` apart (`0.25` → 2, `10` → 0). */
export function precisionFixed(step: number): number {
  const e = /e([-+]\d+)$/.exec(Math.abs(step).toExponential());
  return Math.max(0, -(e ? Number(e[1]) : NaN));
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
  return d3Fixed(value, d, options.grouping !== false, numberSymbols(locale));
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
  return d3Fixed(y, null, false, numberSymbols(locale));
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
