import { csvFormat } from 'd3-dsv';

/** One row of exported data: column name → value as published (numbers stay numbers, flags such as `<2.5` stay text). */
export type ExportRow = Record<string, string | number | null>;

/** A number written plainly (`-3.5`, `1e-3`): safe in a spreadsheet, never a formula. */
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A text cell made safe for spreadsheets: text that a spreadsheet would read as a formula (starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) gets a leading apostrophe (OWASP "CSV injection"). Numbers, and text that is a
 * plain number, are left as they are.
 */
export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  const text = String(value);
  if (PLAIN_NUMBER.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV with a header row (the columns of the first row first, then any others in order of appearance). */
export function rowsToCsv(rows: ExportRow[], columns?: string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const safe = rows.map((r) => Object.fromEntries(cols.map((c) => [String(safeCell(c)), safeCell(r[c])])));
  return csvFormat(
    safe as Array<Record<string, string | number>>,
    cols.map((c) => String(safeCell(c))),
  );
}

export { tableRows } from './table.js';
