/**
 * Attribute values every element reads the same way. Lists split on white space, commas and semicolons
 * (`countries="KAZ;KGZ"` = `"KAZ, KGZ"` = `"KAZ KGZ"`), so an attribute written for one element means the same on
 * any other.
 */

/** The six countries the library is about, in its order of presentation. */
export const SIX_COUNTRIES = Object.freeze(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'] as const);
export type SixCountry = (typeof SIX_COUNTRIES)[number];

/** The separator of every list attribute. */
export const LIST_SEPARATOR = /[\s,;]+/;

/** The items of a list attribute, trimmed, empties dropped, in order, without duplicates. */
export function listItems(value: string | null | undefined): string[] {
  return [...new Set(String(value ?? '').split(LIST_SEPARATOR).filter(Boolean))];
}

/** A list of codes (`"KAZ kgz; TJK"`) as upper-case codes without duplicates. */
export function codeList(value: string | null | undefined): string[] {
  return [...new Set(listItems(value).map((c) => c.toUpperCase()))];
}

/** A list of keywords (`layers="Rivers lakes"`) as lower-case words without duplicates. */
export function wordList(value: string | null | undefined): string[] {
  return [...new Set(listItems(value).map((c) => c.toLowerCase()))];
}

/** The codes of `value` that are among the six countries, in the attribute's order. */
export function sixCountryList(value: string | null | undefined): SixCountry[] {
  return codeList(value).filter((c): c is SixCountry => (SIX_COUNTRIES as readonly string[]).includes(c));
}

/**
 * A breakdown (`slice="sex=FEMALE location=URBAN"`, separated like every list, or JSON `{"sex": "FEMALE"}`) as
 * `{sex: 'FEMALE', location: 'URBAN'}`. Items without `=` and JSON that is not an object are ignored.
 */
export function parseSlice(value: string | null | undefined): Record<string, string> {
  const text = String(value ?? '').trim();
  if (!text) return {};
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
    } catch {
      return {};
    }
  }
  // fromEntries defines own properties: a `__proto__=x` item stays data.
  return Object.fromEntries(
    listItems(text)
      .filter((item) => item.indexOf('=') > 0)
      .map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)] as const),
  );
}
