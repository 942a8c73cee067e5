/**
 * The one language rule of the library: which of the available texts, tables or locales serves a BCP 47 tag.
 *
 * Lookup is RFC 4647 "lookup" (the tag, then the tag with its last subtag removed, …): `uz-Cyrl-UZ` → `uz-Cyrl` →
 * `uz`; `kk-KZ` → `kk`. Matching ignores case and reads `_` as `-`. At each step a tag that is not one of the keys
 * may stand for one that is (`ALIASES`). Used by number formatting, area and region names, the elements' strings and
 * the static fallback, so they all agree on the language a text is in.
 */

/**
 * Tags read with another locale's data: Dari's ISO 639-3 code (`prs`) and Persian written elsewhere (`fa`) read the
 * Afghan Persian (Dari) tables; `uz-Latn` is the Latin script that `uz` already is.
 */
export const ALIASES: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, { prs: 'fa-af', fa: 'fa-af', 'uz-latn': 'uz' }),
);

/** A tag in the form the matching compares: lower case, `-` separated, trimmed. */
export function normalizeTag(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
}

/** The primary language subtag (`fa-AF` → `fa`, `uz_Cyrl` → `uz`). */
export function primaryLanguage(tag: string | null | undefined): string {
  return normalizeTag(tag).split('-')[0]!;
}

/**
 * The key of `keys` that best serves `tag`, as the key is written (`bestMatch('uz-Cyrl-UZ', ['en', 'uz', 'uz-Cyrl'])`
 * → `'uz-Cyrl'`), or `undefined` when none does. Each key is compared by its normalized form; an empty tag matches
 * nothing.
 */
export function bestMatch(tag: string | null | undefined, keys: Iterable<string>): string | undefined {
  const byNorm = new Map<string, string>();
  for (const k of keys) {
    const n = normalizeTag(k);
    if (n && !byNorm.has(n)) byNorm.set(n, k);
  }
  let t = normalizeTag(tag);
  while (t) {
    const hit = byNorm.get(t);
    if (hit !== undefined) return hit;
    const alias = Object.hasOwn(ALIASES, t) ? ALIASES[t] : undefined;
    const aliased = alias === undefined ? undefined : byNorm.get(alias);
    if (aliased !== undefined) return aliased;
    const i = t.lastIndexOf('-');
    t = i > 0 ? t.slice(0, i) : '';
  }
  return undefined;
}

/**
 * The `lang` to put on an element holding a text written in `textLang` inside a context in `contextLang`, or
 * `undefined` when none is needed: the same language (compared by language and script subtags after aliases, so
 * `kk` text on a `kk-KZ` page and `fa-AF` text on a `prs` page need none, `uz-Cyrl` text on a `uz` page does), or a
 * text in no language (`''`, e.g. a code). Bind it with `ifDefined`.
 */
export function foreignLang(
  textLang: string | null | undefined,
  contextLang: string | null | undefined,
): string | undefined {
  if (!textLang) return undefined;
  return languageOf(textLang) === languageOf(contextLang || 'en') ? undefined : textLang;
}

/** Language and script after aliases (`prs` → `fa`, `uz-Latn` → `uz`, `uz-Cyrl-UZ` → `uz-cyrl`, `kk-KZ` → `kk`). */
function languageOf(tag: string): string {
  const n = normalizeTag(tag);
  const [lang, script] = (Object.hasOwn(ALIASES, n) ? ALIASES[n]! : n).split('-');
  return script?.length === 4 ? `${lang}-${script}` : lang!;
}
