/**
 * Published flags such as `>95`, `<5`, `<2.5` are bounds, not values. The method never turns them into numbers;
 * `parseBound` reads them so that the status can use the bound where it decides the band (see `assess.ts`).
 */
export interface Bound {
  op: '<' | '>';
  bound: number;
}

export function parseBound(value: unknown): Bound | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*([<>])\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  return m ? { op: m[1] as '<' | '>', bound: Number(m[2]) } : null;
}

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
