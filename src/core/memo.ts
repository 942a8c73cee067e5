/** Whether two keys hold the same items (compared with `Object.is`, item by item). */
export function sameKey(a: readonly unknown[] | null, b: readonly unknown[]): boolean {
  return !!a && a.length === b.length && a.every((k, i) => Object.is(k, b[i]));
}

/**
 * The last value computed and the key it was computed for: `get(key, compute)` computes only when the key changed.
 * How an element keeps its geometry, model and label placement across updates that do not change their inputs (a
 * year change re-colours without re-projecting).
 */
export class Memo<T> {
  /** @internal */ private last: { key: readonly unknown[]; value: T } | null = null;

  /** The last key (`null` before the first `get`). */
  get key(): readonly unknown[] | null {
    return this.last?.key ?? null;
  }

  /** The last value (`undefined` before the first `get`). */
  get value(): T | undefined {
    return this.last?.value;
  }

  get(key: readonly unknown[], compute: () => T): T {
    if (this.last && sameKey(this.last.key, key)) return this.last.value;
    this.last = { key: [...key], value: compute() };
    return this.last.value;
  }
}
