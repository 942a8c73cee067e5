import type { ExportRow } from './csv.js';

// Apart from csv.ts so that an element's default `exportRows()` does not pull the CSV writer (d3-dsv) into the first
// paint: the writer and the SVG/PNG code load on the first export.
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
