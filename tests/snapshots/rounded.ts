/**
 * Render models as readable, stable snapshot text, the way Observable Plot's snapshot tests do it: every number
 * rounded to 3 decimals (also inside SVG path data), so that a snapshot changes when the drawing changes and not
 * when floating-point noise does. Maps and Sets become arrays, functions are left out, -0 is 0.
 */

const DIGITS = 3;

export function round(n: number): number {
  if (!Number.isFinite(n)) return n;
  const r = +n.toFixed(DIGITS);
  return Object.is(r, -0) ? 0 : r;
}

/** Numbers inside a string of path data or a transform (`M12.3456,7.8L…` → `M12.346,7.8L…`). */
export function roundNumbersIn(text: string): string {
  return text.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (m) => String(round(Number(m))));
}

/** Keys whose string values are geometry (path data), rounded like numbers; other strings are kept as written. */
const GEOMETRY_KEYS = new Set(['d', 'path', 'transform', 'points']);

export function rounded(value: unknown, key = ''): unknown {
  if (typeof value === 'number') return round(value);
  if (typeof value === 'string') return GEOMETRY_KEYS.has(key) ? roundNumbersIn(value) : value;
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [rounded(k), rounded(v, key)]);
  if (value instanceof Set) return [...value].map((v) => rounded(v, key));
  if (Array.isArray(value)) return value.map((v) => rounded(v, key));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'function') continue;
    out[k] = rounded(v, k);
  }
  return out;
}

/**
 * Pretty JSON of a rounded model, with short arrays of plain values kept on one line for reading. The items of
 * arrays under `rowKeys` are written one per line (a table of records: long, but one line per record to diff).
 */
export function snapshotJson(model: unknown, rowKeys: readonly string[] = []): string {
  const rows = new Set(rowKeys);
  const marked = new Map<string, string>();
  const text = JSON.stringify(
    rounded(model),
    (key, value: unknown) => {
      if (!rows.has(key) || !Array.isArray(value)) return value;
      return value.map((item) => {
        const id = `\u0000row${marked.size}\u0000`;
        marked.set(id, JSON.stringify(item));
        return id;
      });
    },
    2,
  ).replace(/"\\u0000row\d+\\u0000"/g, (m) => marked.get(JSON.parse(m) as string) ?? m);
  return (
    text.replace(/\[\n\s+([^[\]{}]*?)\n\s+\]/g, (whole, inner: string) => {
      const items = inner.split(/,\n\s+/);
      const line = `[${items.join(', ')}]`;
      return line.length <= 100 ? line : whole;
    }) + '\n'
  );
}

/** Text safe inside XML character data and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
