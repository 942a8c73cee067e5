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

const clean = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The rows of the element's data table (`[part~="table"]`, else its first `<table>`), in its shadow root or its own
 * children: the header row gives the column names, every body row one record, values as the table shows them.
 */
export function tableRows(el: Element): { columns: string[]; rows: ExportRow[] } {
  const root: ParentNode = el.shadowRoot ?? el;
  const table = root.querySelector<HTMLTableElement>('table[part~="table"]') ?? root.querySelector('table');
  if (!table) return { columns: [], rows: [] };
  const all = [...table.rows];
  const headRow = table.tHead?.rows[table.tHead.rows.length - 1] ?? all[0];
  if (!headRow) return { columns: [], rows: [] };
  const columns: string[] = [];
  for (const cell of headRow.cells) {
    let name = clean(cell) || `column ${columns.length + 1}`;
    while (columns.includes(name)) name = `${name} `;
    columns.push(name);
  }
  const body = all.filter(
    (r) =>
      r !== headRow && !(r.parentElement instanceof HTMLTableSectionElement && r.parentElement.localName === 'thead'),
  );
  const rows = body.map((tr) => Object.fromEntries(columns.map((c, i) => [c, tr.cells[i] ? clean(tr.cells[i]) : ''])));
  return { columns, rows };
}
