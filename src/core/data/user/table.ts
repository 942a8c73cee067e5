import { dsvFormat } from 'd3-dsv';
import { fieldOf, yearColumn, type Field } from './columns.js';
import { problem, shown } from './messages.js';
import type { Collector, RawRecord } from './validate.js';

/**
 * Tables: CSV/TSV text and arrays of arrays (first row = header), tidy or wide.
 * - Separator: `,`, `;` or tab, whichever occurs most often (outside quotes) in the header line; `,` on a tie.
 * - A leading byte-order mark is dropped. Lines whose first cell starts with `#` are comments; blank lines are skipped.
 * - Wide: the header has year columns (`2015`, `2016`, …) and no `value` column; each non-empty year cell is one
 *   record, located at its line and its year column.
 */

const warning = { severity: 'warning' } as const;

export interface Line {
  line: number;
  cells: string[];
}

/** The separator a header line uses. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

const EOL = /\r\n|\r|\n/g;

/** A separator a page may name: `,`, `;` or tab. */
export type Delimiter = ',' | ';' | '\t';

/**
 * CSV text → rows with their 1-based line numbers (a quoted field spanning lines advances the count). The separator
 * is `delimiter` when given, else told from the header line.
 */
export function csvLines(text: string, delimiter?: Delimiter): Line[] {
  return [...csvLineStream(text, delimiter)];
}

/** Characters of CSV text parsed at once by `csvLineStream`: small enough to keep each step short. */
export const CSV_CHUNK = 256 * 1024;

/**
 * `csvLines` one piece at a time: the text is cut at line ends outside quotes into pieces of about `chunk`
 * characters, each parsed when the consumer reaches it, so that a long file can be read in short steps.
 */
export function* csvLineStream(text: string, delimiter?: Delimiter, chunk = CSV_CHUNK): Generator<Line, void> {
  const body = text.replace(/^\uFEFF/, '');
  // The header is the first line that is not a comment.
  let headerStart = 0;
  while (headerStart < body.length && body[headerStart] === '#') {
    const nl = body.slice(headerStart).search(/\r\n|\r|\n/);
    if (nl < 0) break;
    headerStart += nl + (body.startsWith('\r\n', headerStart + nl) ? 2 : 1);
  }
  const dsv = dsvFormat(delimiter ?? detectDelimiter(body.slice(headerStart)));
  let line = 1;
  for (let start = 0; start < body.length; ) {
    const end = pieceEnd(body, start, chunk);
    for (const cells of dsv.parseRows(body.slice(start, end))) {
      yield { line, cells };
      let extra = 0;
      for (const c of cells) extra += c.match(EOL)?.length ?? 0;
      line += 1 + extra;
    }
    start = end;
  }
}

/** Where the piece starting at `start` ends: just after the first `\n` past `start + chunk` outside quotes. */
function pieceEnd(text: string, start: number, chunk: number): number {
  if (text.length - start <= chunk) return text.length;
  // Doubled quotes ("") inside a quoted field leave the count's parity unchanged.
  let quotes = 0;
  for (let i = text.indexOf('"', start); i >= 0 && i < start + chunk; i = text.indexOf('"', i + 1)) quotes++;
  for (let i = start + chunk; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quotes++;
    else if (c === 10 && quotes % 2 === 0) return i + 1;
  }
  return text.length;
}

function blank(cells: unknown[]): boolean {
  return cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
}

function comment(cells: unknown[]): boolean {
  return typeof cells[0] === 'string' && cells[0].trimStart().startsWith('#');
}

export interface TableOptions {
  maxRecords: number;
  location: 'line' | 'item';
}

/** Feeds a table's records to the collector. Returns the shape found, or null when the header has no usable columns. */
export function readTable(lines: Iterable<{ line: number; cells: unknown[] }>, c: Collector, opts: TableOptions): 'tidy' | 'wide' | null {
  return drain(readTableSteps(lines, c, opts));
}

/** Records fed to the collector between two pauses of `readTableSteps`. */
export const STEP_RECORDS = 2000;

/** Runs a stepped reader to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `readTable` as steps: it pauses (yields) after every `STEP_RECORDS` records, so a caller can let the page breathe. */
export function* readTableSteps(
  input: Iterable<{ line: number; cells: unknown[] }>,
  c: Collector,
  opts: TableOptions,
): Generator<void, 'tidy' | 'wide' | null> {
  const loc = opts.location;
  const it = input[Symbol.iterator]();
  let first = it.next();
  while (!first.done && (blank(first.value.cells) || comment(first.value.cells))) first = it.next();
  if (first.done) {
    c.note(problem('parse-empty', { line: 0, location: loc }, {}, { kind: 'parse' }));
    return null;
  }
  const headerLine = first.value.line;
  const header = first.value.cells.map((h) => (typeof h === 'string' ? h : h === null || h === undefined ? '' : String(h)));
  const fields = new Map<number, Field>();
  const years = new Map<number, number>();
  const firstOf = new Map<Field, string>();
  for (let j = 0; j < header.length; j++) {
    const name = header[j];
    const f = fieldOf(name);
    const y = yearColumn(name);
    if (f) {
      if (firstOf.has(f)) {
        const params = { column: shown(name), first: shown(firstOf.get(f)) };
        c.note(problem('column-duplicate', { line: headerLine, location: loc, column: name }, params, warning));
      } else {
        firstOf.set(f, name);
        fields.set(j, f);
      }
    } else if (y !== undefined) years.set(j, y);
    else if (name.trim()) {
      c.note(problem('column-ignored', { line: headerLine, location: loc, column: name }, { column: shown(name) }, warning));
    }
  }
  const has = (f: Field) => firstOf.has(f);
  const wide = !has('value') && !has('year') && years.size > 0;
  if (!wide && years.size) {
    for (const j of years.keys()) {
      const at = { line: headerLine, location: loc, column: header[j] };
      c.note(problem('column-ignored', at, { column: shown(header[j]) }, warning));
    }
  }
  const missing: string[] = [];
  if (!has('country') && !has('region') && !has('area')) missing.push('country/region');
  if (!wide && !has('year')) missing.push('year');
  if (!wide && !has('value')) missing.push('value');
  if (missing.length) {
    for (const m of missing) c.note(problem('column-missing', { line: headerLine, location: loc }, { column: m }, { kind: 'parse' }));
    return null;
  }

  let records = 0;
  let pause = STEP_RECORDS;
  for (let next = it.next(); !next.done; next = it.next()) {
    const { line, cells } = next.value;
    if (blank(cells) || comment(cells)) continue;
    if (records >= pause) {
      pause = records + STEP_RECORDS;
      yield;
    }
    if (records >= opts.maxRecords) {
      c.note(problem('too-many-rows', { line, location: loc }, { limit: opts.maxRecords }, { kind: 'parse' }));
      break;
    }
    const base: RawRecord['cells'] = {};
    for (const [j, f] of fields) base[f] = { column: header[j], raw: cells[j] ?? '' };
    const extra = cells.slice(header.length);
    const over = extra.some((x) => !blank([x]));
    if (!wide) {
      records++;
      if (over) {
        c.rejected++;
        c.note(problem('row-fields', { line, location: loc }, { count: cells.length, expected: header.length }));
        continue;
      }
      c.add({ line, location: loc, cells: base });
      continue;
    }
    // Wide: one record per year cell.
    if (over) {
      const n = [...years.keys()].filter((j) => !blank([cells[j]])).length;
      records += years.size;
      c.rejected += n;
      c.missing += years.size - n;
      c.note(problem('row-fields', { line, location: loc }, { count: cells.length, expected: header.length }));
      continue;
    }
    for (const [j, y] of years) {
      records++;
      const year = { column: header[j], raw: y };
      const value = { column: header[j], raw: cells[j] ?? '' };
      c.add({ line, location: loc, cells: { ...base, year, value } }, true);
    }
  }
  return wide ? 'wide' : 'tidy';
}
