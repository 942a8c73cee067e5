import { fetchShared } from '../data/fetch-cache.js';
import type { Resolve } from '../data/load.js';

/**
 * The 2030 target of a series from the shipped target table `data/targets.json` (`{version, source, rows: [{indicator,
 * series, kind, value, comparator, …}]}`, see src/core/sdg/types.ts), when it states one number for every country
 * (`kind: "absolute"`). Reduction targets (each country's own baseline cut by a share) and rows without a number
 * draw no line. A missing table is not an error. One request per table URL for the page's lifetime.
 */
const tables = new Map<string, Promise<unknown>>();

interface Row {
  indicator?: unknown;
  series?: unknown;
  kind?: unknown;
  value?: unknown;
  exclude?: unknown;
  noNumericTarget?: unknown;
}

export function targetFrom(table: unknown, series: string): number | null {
  const rows = (table as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) return null;
  const list = rows as Row[];
  const row = list.find((r) => r?.series === series);
  if (!row || row.exclude === true || row.noNumericTarget === true) return null;
  if (row.kind !== undefined && row.kind !== 'absolute') return null;
  return typeof row.value === 'number' && Number.isFinite(row.value) ? row.value : null;
}

export async function loadTarget(resolve: Resolve, series: string, signal?: AbortSignal): Promise<number | null> {
  const url = resolve('targets.json');
  let table = tables.get(url);
  if (!table) {
    table = fetchShared<unknown>(url).catch(() => null);
    tables.set(url, table);
  }
  const t = await table;
  signal?.throwIfAborted();
  return targetFrom(t, series);
}
