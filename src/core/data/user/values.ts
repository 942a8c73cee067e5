import type { ProblemCode } from './messages.js';

/**
 * Reading one cell of the user's data. The rules (documented in stories/user-data.mdx):
 * - A number is an optional sign (`-`, `+` or `−` U+2212), digits with at most one decimal mark, an optional exponent
 *   (`1.5e3`); spaces around it are ignored. The decimal mark is `.` unless the caller says `,`.
 * - No thousands separators, ever: `1,234` (with `.` as decimal mark) or `1 234` is rejected as ambiguous rather than
 *   guessed, because `1,234` is 1234 in one convention and 1.234 in the other. In a comma-separated file such a value
 *   must be quoted to be one field at all; unquoted, it splits the row (the row is rejected for its field count).
 * - Flags are kept exactly as published (trimmed): `N`, and a comparison with a number (`>95`, `<5`, `<2.5`, `>=90`).
 * - Missing: an empty cell and the usual markers `..`, `…`, `-`, `–`, `—`, `NA`, `N/A`, `NaN`, `null` (any case).
 */

export type CellValue =
  | { ok: true; value: number | string }
  | { ok: false; missing: true }
  | { ok: false; missing: false; code: ProblemCode; params?: Record<string, string> };

const MISSING = new Set(['', '..', '…', '-', '–', '—', 'na', 'n/a', 'nan', 'null']);
const NUMBER_DOT = /^[+\-\u2212]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_COMMA = /^[+\-\u2212]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;
/** Looks like a number written with a separator this file's convention does not allow. */
const SEPARATED = /^[+\-\u2212]?[\d.,\s\u00A0\u202F\u2009']*\d[\d.,\s\u00A0\u202F\u2009']*$/;

export type Decimal = '.' | ',';

function number(text: string, decimal: Decimal): number | undefined {
  const re = decimal === ',' ? NUMBER_COMMA : NUMBER_DOT;
  if (!re.test(text)) return undefined;
  let t = text.replace('\u2212', '-');
  if (decimal === ',') t = t.replace(',', '.');
  return Number(t);
}

/** A value cell: a number, a published flag, missing, or a reason why not. */
export function readValue(raw: unknown, decimal: Decimal = '.'): CellValue {
  if (raw === null || raw === undefined) return { ok: false, missing: true };
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { ok: false, missing: true };
    if (!Number.isFinite(raw)) return { ok: false, missing: false, code: 'value-out-of-range' };
    return { ok: true, value: raw };
  }
  if (typeof raw !== 'string') return { ok: false, missing: false, code: 'type-invalid' };
  const text = raw.trim();
  if (MISSING.has(text.toLowerCase())) return { ok: false, missing: true };
  const n = number(text, decimal);
  if (n !== undefined) {
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, missing: false, code: 'value-out-of-range' };
  }
  if (text === 'N') return { ok: true, value: 'N' };
  const flag = /^([<>]=?|[≤≥])\s*(.+)$/.exec(text);
  if (flag && number(flag[2], decimal) !== undefined) return { ok: true, value: text };
  if (SEPARATED.test(text)) return { ok: false, missing: false, code: 'value-separator', params: { decimal } };
  return { ok: false, missing: false, code: 'value-not-number' };
}

/** A year: four digits (1800–2100), or an integer number in JSON. */
export function readYear(raw: unknown): number | 'missing' | 'invalid' {
  if (raw === null || raw === undefined) return 'missing';
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1800 && raw <= 2100 ? raw : 'invalid';
  if (typeof raw !== 'string') return 'invalid';
  const t = raw.trim();
  if (t === '') return 'missing';
  if (!/^\d{4}$/.test(t)) return 'invalid';
  const y = Number(t);
  return y >= 1800 && y <= 2100 ? y : 'invalid';
}

export const MAX_TEXT = 500;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

/** A text cell (codes, units, breakdowns): trimmed; numbers in JSON become their decimal text. */
export function readText(raw: unknown): { ok: true; text: string } | { ok: false; code: ProblemCode } {
  if (raw === null || raw === undefined) return { ok: true, text: '' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, text: String(raw) } : { ok: false, code: 'type-invalid' };
  if (typeof raw !== 'string') return { ok: false, code: 'type-invalid' };
  const text = raw.trim();
  if (text.length > MAX_TEXT) return { ok: false, code: 'text-too-long' };
  if (CONTROL.test(text)) return { ok: false, code: 'text-control' };
  return { ok: true, text };
}

/** SDG nature codes (upper-cased on reading). */
export const NATURE_CODES = ['C', 'CA', 'E', 'M', 'G', 'N'];
