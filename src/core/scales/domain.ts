import { colorDomain } from './color.js';

/**
 * A colour domain fixed over a range of years (`legend-years="2010 2023"`), so colours mean the same in every year
 * while a time slider plays: the nice extent of every numeric value published in those years (flags such as `<5`
 * are not numbers and do not count). Null when no value falls in the range.
 */
export function domainOverYears(
  rows: ReadonlyArray<{ year: number; value: unknown }>,
  years: [number, number],
  bins = 0,
): [number, number] | null {
  const [from, to] = years[0] <= years[1] ? years : [years[1], years[0]];
  const values: number[] = [];
  for (const r of rows)
    if (r.year >= from && r.year <= to && typeof r.value === 'number' && Number.isFinite(r.value)) values.push(r.value);
  return values.length ? colorDomain(values, bins) : null;
}

/** `"2010 2023"`, `"2010-2023"` or `"2010,2023"` → `[2010, 2023]`; null for anything else. */
export function parseYears(value: string | null | undefined): [number, number] | null {
  const m = /^\s*(\d{4})\s*[\s,–-]\s*(\d{4})\s*$/.exec(value ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}
