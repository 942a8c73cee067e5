/**
 * Every shipped language for a language switch: code (for `lang`), self-name (as each translation's `$name`) and
 * direction. Kept apart from the translations so that listing the languages does not load their strings; a test
 * checks it against the translation files.
 */
export const languages: ReadonlyArray<{ code: string; name: string; dir: 'ltr' | 'rtl' }> = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'kk', name: 'Қазақша', dir: 'ltr' },
  { code: 'uz', name: 'Oʻzbekcha', dir: 'ltr' },
  { code: 'uz-Cyrl', name: 'Ўзбекча', dir: 'ltr' },
  { code: 'ky', name: 'Кыргызча', dir: 'ltr' },
  { code: 'tg', name: 'Тоҷикӣ', dir: 'ltr' },
  { code: 'tk', name: 'Türkmençe', dir: 'ltr' },
  { code: 'fa-AF', name: 'دری', dir: 'rtl' },
  { code: 'ps', name: 'پښتو', dir: 'rtl' },
];
