import type { Translation } from './translations/en.js';

export type { Translation };

/**
 * What a locale file provides: its code, name and direction, and the strings. Every key of `en` is expected
 * (tests/i18n/keys.node.test.ts fails and lists the gaps), but a missing key is not a type error, so a key added to
 * `en` does not break the build of every locale; until it is translated the English text is shown, marked `lang="en"`
 * (`LocalizeController.termWithLang`). Entries that are given are type-checked against `en` (same arguments).
 */
export type LocaleTranslation = Pick<Translation, '$code' | '$name' | '$dir'> &
  Partial<Omit<Translation, '$code' | '$name' | '$dir'>>;
