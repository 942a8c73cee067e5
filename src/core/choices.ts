/**
 * Enumerated attributes (`projection`, `scheme`, `level`, `layers`, `format`, `highlight-basin`, …): which values of a
 * page are not among the accepted ones, so that an element can say so, naming the attribute and what it accepts,
 * while it draws with its default. Pure: the elements report through `src/internal/choice-check.ts`.
 */

/** How one attribute is checked. */
export interface ChoiceRule {
  /** The attribute's current value (a property set from script may be anything). */
  value: unknown;
  /** The values it accepts, as documented (shown to the reader in this order). */
  accepted: readonly string[];
  /** A list attribute (`layers="rivers lakes"`): each item is checked. `split` gives the items. */
  split?: (value: string) => string[];
  /** Whether a value (or item) is known; default: equal to one of `accepted`, ignoring case and outer spaces. */
  known?: (value: string) => boolean;
}

/** An attribute value (or a list item) that is not accepted. */
export interface UnknownChoice {
  attribute: string;
  value: string;
  accepted: readonly string[];
}

/** Items of a list attribute: split on white space, commas, semicolons and `|`. */
export const listWords = (value: string): string[] => value.split(/[\s,;|]+/).filter(Boolean);

/**
 * The values of `rules` (attribute name → rule) that are not accepted, in the rules' order. An empty or absent value
 * is the default, never unknown. Lookups go through arrays and `Object.hasOwn`, never a plain record: a value such
 * as `constructor` or `__proto__` is unknown like any other.
 */
export function unknownChoices(rules: Readonly<Record<string, ChoiceRule>>): UnknownChoice[] {
  const out: UnknownChoice[] = [];
  for (const attribute of Object.keys(rules)) {
    if (!Object.hasOwn(rules, attribute)) continue;
    const rule = rules[attribute];
    if (rule.value === null || rule.value === undefined) continue;
    const text = String(rule.value).trim();
    if (!text) continue;
    const lower = rule.accepted.map((a) => a.toLowerCase());
    const known = rule.known ?? ((v: string) => lower.includes(v.trim().toLowerCase()));
    for (const item of rule.split ? rule.split(text) : [text]) {
      if (!known(item) && !out.some((u) => u.attribute === attribute && u.value === item)) {
        out.push({ attribute, value: item, accepted: rule.accepted });
      }
    }
  }
  return out;
}

/** `value` when it is one of `accepted` (ignoring case and outer spaces), else `fallback`: what an element draws with. */
export function choice<T extends string>(value: unknown, accepted: readonly T[], fallback: T): T {
  const v = String(value ?? '')
    .trim()
    .toLowerCase();
  return accepted.find((a) => a.toLowerCase() === v) ?? fallback;
}
