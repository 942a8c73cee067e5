/**
 * A record's own entry for a key, or `undefined`. Every lookup keyed by text from a page (an attribute, a URL
 * parameter, a file's cell) goes through this or a `Map`: a plain `record[key]` answers `"constructor"`,
 * `"__proto__"` or `"toString"` with `Object.prototype`'s members.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  key: string | null | undefined,
): T | undefined {
  return record && typeof key === 'string' && Object.hasOwn(record, key) ? record[key] : undefined;
}
