import { fieldOf } from './columns.js';
import { problem, shown } from './messages.js';
import type { Collector, RawRecord } from './validate.js';
import { drain, STEP_RECORDS } from './table.js';

/**
 * JSON and `.data`: an array of row objects (keys as the CSV columns), `{rows: […]}` / `{data: […]}`, or the
 * library's own columnar series file (`{series, unit, area: [], year: [], value: [], nature: [], dims}`).
 * Locations are 1-based item numbers.
 */

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** True for the columnar shape of `data/series/<SERIES>.json` (src/core/data/types.ts `SeriesFile`). */
export function isSeriesFile(x: unknown): x is Record<string, unknown> & { area: unknown[] } {
  return isObject(x) && Array.isArray(x.area) && Array.isArray(x.year) && Array.isArray(x.value);
}

/** The row array inside a JSON value, or undefined when the shape is not one we read. */
export function rowArray(x: unknown): unknown[] | undefined {
  if (Array.isArray(x)) return x;
  if (isObject(x)) {
    if (Array.isArray(x.rows)) return x.rows;
    if (Array.isArray(x.data)) return x.data;
  }
  return undefined;
}

export function readObjects(items: unknown[], c: Collector, maxRecords: number): void {
  drain(readObjectSteps(items, c, maxRecords));
}

/** `readObjects` as steps: it pauses (yields) after every `STEP_RECORDS` items. */
export function* readObjectSteps(items: unknown[], c: Collector, maxRecords: number): Generator<void, void> {
  const ignored = new Set<string>();
  const n = Math.min(items.length, maxRecords);
  for (let i = 0; i < n; i++) {
    if (i && i % STEP_RECORDS === 0) yield;
    const item = items[i];
    const line = i + 1;
    if (!isObject(item)) {
      c.rejected++;
      c.note(problem('row-not-object', { line, location: 'item' }, {}, { value: Array.isArray(item) ? '[…]' : shown(item) }));
      continue;
    }
    const cells: RawRecord['cells'] = {};
    for (const key of Object.keys(item)) {
      const f = fieldOf(key);
      if (f && !cells[f]) cells[f] = { column: key, raw: item[key] };
      else if (!f && !ignored.has(key)) {
        ignored.add(key);
        c.note(problem('column-ignored', { line, location: 'item', column: key }, { column: shown(key) }, { severity: 'warning' }));
      }
    }
    c.add({ line, location: 'item', cells });
  }
  if (items.length > maxRecords) {
    c.note(problem('too-many-rows', { line: maxRecords + 1, location: 'item' }, { limit: maxRecords }, { kind: 'parse' }));
  }
}

export function readSeriesFile(file: Record<string, unknown> & { area: unknown[] }, c: Collector, maxRecords: number): void {
  const col = (name: string): unknown[] => (Array.isArray(file[name]) ? (file[name] as unknown[]) : []);
  const dims = isObject(file.dims) ? file.dims : {};
  const dimCols: Array<[string, unknown[], unknown[]]> = [];
  for (const [name, d] of Object.entries(dims)) {
    if (isObject(d) && Array.isArray(d.codes) && Array.isArray(d.index)) dimCols.push([name, d.codes, d.index]);
  }
  const [year, value, nature] = [col('year'), col('value'), col('nature')];
  const n = Math.min(file.area.length, maxRecords);
  for (let i = 0; i < n; i++) {
    const cells: RawRecord['cells'] = {
      area: { column: 'area', raw: file.area[i] },
      year: { column: 'year', raw: year[i] },
      value: { column: 'value', raw: value[i] },
      series: { column: 'series', raw: file.series },
      unit: { column: 'unit', raw: file.unit },
      nature: { column: 'nature', raw: nature[i] },
    };
    const dims: RawRecord['dims'] = {};
    for (const [name, codes, index] of dimCols) {
      const k = index[i];
      const code = typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < codes.length ? codes[k] : undefined;
      if (code !== undefined && code !== '') dims[name] = { column: `dims.${name}`, raw: code };
    }
    c.add({ line: i + 1, location: 'item', cells, dims });
  }
  if (file.area.length > maxRecords) {
    c.note(problem('too-many-rows', { line: maxRecords + 1, location: 'item' }, { limit: maxRecords }, { kind: 'parse' }));
  }
}
