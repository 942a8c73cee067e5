#!/usr/bin/env node
/**
 * Generates src/core/locale/data.ts (English inline), data/<locale>.ts (each other locale, loaded with its language)
 * and all.ts: area names, number symbols and language self-names for the ten locales.
 *
 * Why: Chromium ships no CLDR data for kk, uz, ky, tg, tk, ps (it answers in English or with bare codes), so the
 * library cannot ask the browser's Intl. Node's full ICU has CLDR for all of them; this script reads it once and
 * writes a plain, deterministic TypeScript table that is committed. Run with `node scripts/build-locales.mjs`
 * (`--check` exits 1 if the committed file differs).
 *
 * Every value is read from Intl here except the few written by hand below (HAND_*), each with its reason.
 * The number symbols are verified: the d3-format locale built from them must print exactly what Intl prints
 * for a set of sample numbers, or the script fails.
 *
 * What Node 20 (ICU 78.2, CLDR 48) really prints, and what surprised us:
 * - The group separator of ru kk uz uz-Cyrl ky tg tk is U+00A0 NO-BREAK SPACE (not the narrow U+202F of fr).
 * - ru and tk put a no-break space before the percent sign (`12,5 %`); kk, uz, ky, tg do not (`12,5%`).
 * - Negative numbers: en and the Cyrillic/Latin locales use the ASCII hyphen-minus (d3-format's default would be
 *   U+2212); fa-AF writes U+200E LEFT-TO-RIGHT MARK + U+2212 MINUS SIGN; ps writes LRM + hyphen-minus + LRM.
 * - fa-AF and ps use Extended Arabic-Indic digits (۰–۹, U+06F0–U+06F9), U+066C as group and U+066B as decimal
 *   separator, U+066A as percent sign. Every locale here groups four-digit numbers (`1 234`).
 * - Region 001 is a phrase, not a label: en "world", ru "весь мир", kk "әлем", tg "ҷаҳонӣ" (an adjective).
 *   CLDR has no name for M49 062 or 432 (`of('062')` returns nothing). ru calls KG "Киргизия".
 * - CLDR uz writes oʻ/gʻ with U+02BB in names but U+2018 in the self-name "o‘zbek"; uz-Cyrl's self-name is
 *   "ўзбекча (Кирил)".
 * - For comparison, headless Chromium 156 answers kk/ky/tg/tk/ps/uz region names in English, uz-Cyrl with bare
 *   codes ("KZ"), and formats kk/ky/tg/tk/ps numbers as English ("-1,234.5"); only en, ru and fa-AF match Node.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatLocale } from 'd3-format';

/** Our locale codes → the BCP 47 tag asked of ICU (`uz` is Latin in CLDR; `uz-Cyrl` is explicit). */
const LOCALES = ['en', 'ru', 'kk', 'uz', 'uz-Cyrl', 'ky', 'tg', 'tk', 'fa-AF', 'ps'];
const RTL = new Set(['fa-AF', 'ps']);

/** Area codes of the shipped data (ISO alpha-3) → ISO alpha-2 asked of Intl.DisplayNames. */
const COUNTRIES = {
  KAZ: 'KZ',
  KGZ: 'KG',
  TJK: 'TJ',
  TKM: 'TM',
  UZB: 'UZ',
  AFG: 'AF',
  RUS: 'RU',
  CHN: 'CN',
  MNG: 'MN',
  IRN: 'IR',
  PAK: 'PK',
  IND: 'IN',
  AZE: 'AZ',
  GEO: 'GE',
  ARM: 'AM',
  TUR: 'TR',
  IRQ: 'IQ',
  OMN: 'OM',
  NPL: 'NP',
};
/** UN aggregates of the shipped data → M49 code asked of Intl (null: CLDR has no name for it). */
const AGGREGATES = { WLD: '001', CAS: '143', CSA: null, SAS: '034', LLDC: null };
const M49 = { WLD: 1, CAS: 143, CSA: 62, SAS: 34, LLDC: 432 };

/**
 * Written by hand: CLDR has no names for M49 062 (Central and Southern Asia, the SDG regional grouping) nor 432
 * (Landlocked developing countries). en and ru follow the UN's official wording; kk follows the UN SDG target
 * texts in Kazakh (target 7.b: "теңізге шықпайтын дамушы елдер"); the others are our translations and want review
 * by native speakers.
 */
const HAND_AGGREGATES = {
  CSA: {
    en: 'Central and Southern Asia',
    ru: 'Центральная и Южная Азия',
    kk: 'Орталық және Оңтүстік Азия',
    uz: 'Markaziy va Janubiy Osiyo',
    'uz-Cyrl': 'Марказий ва Жанубий Осиё',
    ky: 'Борбордук жана Түштүк Азия',
    tg: 'Осиёи Марказӣ ва Ҷанубӣ',
    tk: 'Merkezi we Günorta Aziýa',
    'fa-AF': 'آسیای مرکزی و جنوبی',
    ps: 'منځنۍ او سويلي آسيا',
  },
  LLDC: {
    en: 'Landlocked developing countries',
    ru: 'Развивающиеся страны, не имеющие выхода к морю',
    kk: 'Теңізге шықпайтын дамушы елдер',
    uz: 'Dengizga chiqish yoʻli boʻlmagan rivojlanayotgan mamlakatlar',
    'uz-Cyrl': 'Денгизга чиқиш йўли бўлмаган ривожланаётган мамлакатлар',
    ky: 'Деңизге чыгуу жолу жок өнүгүп келе жаткан өлкөлөр',
    tg: 'Кишварҳои рӯ ба тараққии бе баромад ба баҳр',
    tk: 'Deňze çykalgasy bolmadyk ösýän ýurtlar',
    'fa-AF': 'کشورهای در حال توسعهٔ محاط به خشکه',
    ps: 'په وچه کې ایسار مخ پر ودې هېوادونه',
  },
};

/**
 * Corrections of CLDR names, each with its reason. CLDR's name for 001 is a sentence fragment in several locales
 * (en "world", ru "весь мир", tg "ҷаҳонӣ" is the adjective "worldwide"); as a row label of an aggregate we use the
 * noun the UN uses, capitalised. ru: CLDR says "Киргизия"; the country's own official Russian name, and the UN's,
 * is "Кыргызстан".
 */
const HAND_OVERRIDES = {
  ru: { WLD: 'Мир', KGZ: 'Кыргызстан' },
  tg: { WLD: 'Ҷаҳон' },
};

const capitalise = (s, locale) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

function names(locale) {
  const dn = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  if (dn.resolvedOptions().locale !== locale)
    throw new Error(`ICU resolved ${locale} to ${dn.resolvedOptions().locale}`);
  const out = {};
  const hand = [];
  for (const [a3, a2] of Object.entries(COUNTRIES)) {
    const n = dn.of(a2);
    if (!n || n === a2) throw new Error(`no CLDR name for ${a2} in ${locale}`);
    out[a3] = n;
  }
  for (const [code, m49] of Object.entries(AGGREGATES)) {
    if (m49) {
      const n = dn.of(m49);
      if (!n || n === m49) throw new Error(`no CLDR name for ${m49} in ${locale}`);
      // Region names are labels at the start of a row or a legend entry: sentence case.
      out[code] = capitalise(n, locale);
    } else {
      out[code] = HAND_AGGREGATES[code][locale];
      hand.push(code);
    }
  }
  for (const [code, n] of Object.entries(HAND_OVERRIDES[locale] ?? {})) {
    out[code] = n;
    hand.push(code);
  }
  return { names: out, hand: [...new Set(hand)].sort() };
}

function numberSymbols(locale) {
  const nf = new Intl.NumberFormat(locale);
  if (nf.resolvedOptions().locale !== locale)
    throw new Error(`ICU resolved ${locale} to ${nf.resolvedOptions().locale}`);
  const parts = nf.formatToParts(-1234567890.5);
  const int = parts.findIndex((p) => p.type === 'integer');
  // Everything before the first digit is the negative prefix, e.g. fa-AF "\u200E\u2212", ps "\u200E-\u200E".
  const minus = parts
    .slice(0, int)
    .map((p) => p.value)
    .join('');
  const one = (type) => {
    const vs = [...new Set(parts.filter((p) => p.type === type).map((p) => p.value))];
    if (vs.length !== 1) throw new Error(`${locale}: ${type} is ${JSON.stringify(vs)}`);
    return vs[0];
  };
  const group = one('group');
  const decimal = one('decimal');
  // Group sizes from the right, d3-format style: [3] repeats; [3, 2] would be Indian grouping.
  const sizes = parts
    .filter((p) => p.type === 'integer')
    .map((p) => p.value.length)
    .reverse();
  const grouping = sizes.slice(0, -1).every((s) => s === sizes[0]) ? [sizes[0]] : sizes.slice(0, 2);
  const digits = [...Array(10).keys()].map((d) => nf.format(d));
  const numerals = digits.join('') === '0123456789' ? null : digits;

  const pp = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5);
  const pInt = pp.findIndex((p) => p.type === 'integer');
  if (pp.slice(0, pInt).length) throw new Error(`${locale}: percent sign before the number is not supported`);
  const percent = pp
    .slice(pInt + 1)
    .map((p) => p.value)
    .join('');
  return { decimal, group, grouping, numerals, minus, percent };
}

/** The d3-format locale must print what ICU prints, for integers, fractions, negatives, small and large numbers. */
function verify(locale, s) {
  const d3 = formatLocale({
    decimal: s.decimal,
    thousands: s.group,
    grouping: s.grouping,
    numerals: s.numerals ?? undefined,
    minus: s.minus,
    percent: s.percent,
  });
  const samples = [0, 5, 12, 1234, 12345.5, 1234567.25, -0.5, -1234.5, 0.001, 98765432.1];
  for (const v of samples) {
    const dec = (String(v).split('.')[1] ?? '').length;
    const icu = new Intl.NumberFormat(locale, { minimumFractionDigits: dec, maximumFractionDigits: dec }).format(v);
    const ours = d3.format(`,.${dec}f`)(v);
    if (icu !== ours) throw new Error(`${locale}: ${v} → ICU ${JSON.stringify(icu)} but d3 ${JSON.stringify(ours)}`);
    const icuP = new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: dec,
      maximumFractionDigits: dec,
    }).format(v / 100);
    const oursP = d3.format(`,.${dec}f`)(v) + s.percent;
    if (icuP !== oursP)
      throw new Error(`${locale}: ${v}% → ICU ${JSON.stringify(icuP)} but ours ${JSON.stringify(oursP)}`);
  }
  const year = new Intl.NumberFormat(locale, { useGrouping: false }).format(2020);
  if (d3.format('d')(2020) !== year) throw new Error(`${locale}: year ${year}`);
}

function selfName(locale) {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
}

/** Non-ASCII characters that are invisible or look alike are written as escapes so the file is reviewable. */
const lit = (s) =>
  JSON.stringify(s).replace(
    /[\u00a0\u200e\u200f\u202f\u2212\u066b\u066c\u066a]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const HEADER = [
  "// Generated by scripts/build-locales.mjs from CLDR via Node's full ICU. Do not edit; run `node scripts/build-locales.mjs`.",
  `// ICU ${process.versions.icu}, CLDR ${process.versions.cldr}, Unicode ${process.versions.unicode}.`,
];

/** One locale's table as a TypeScript object literal, indented by `pad`. */
function localeLiteral({ locale, n, hand, s, self }, pad) {
  const L = [];
  L.push(`${pad}code: ${lit(locale)},`);
  L.push(`${pad}selfName: ${lit(self)},`);
  L.push(`${pad}dir: ${lit(RTL.has(locale) ? 'rtl' : 'ltr')},`);
  L.push(`${pad}numbers: {`);
  L.push(`${pad}  decimal: ${lit(s.decimal)},`);
  L.push(`${pad}  group: ${lit(s.group)},`);
  L.push(`${pad}  grouping: ${JSON.stringify(s.grouping)},`);
  L.push(`${pad}  numerals: ${s.numerals ? `[${s.numerals.map(lit).join(', ')}]` : 'null'},`);
  L.push(`${pad}  minus: ${lit(s.minus)},`);
  L.push(`${pad}  percent: ${lit(s.percent)},`);
  L.push(`${pad}},`);
  L.push(`${pad}names: {`);
  for (const [k, v] of Object.entries(n)) L.push(`${pad}  ${k}: ${lit(v)},`);
  L.push(`${pad}},`);
  L.push(`${pad}handWritten: ${JSON.stringify(hand)},`);
  return L;
}

/**
 * The generated files, path → text: src/core/locale/data.ts (types, codes, English inline, every locale's direction),
 * src/core/locale/data/<locale>.ts (one per other locale, loaded with that language's strings, so a page pays only
 * for its own language) and src/core/locale/all.ts (every table registered at once, for Node and `i18n/all.ts`).
 */
function emit() {
  const rows = LOCALES.map((locale) => {
    const { names: n, hand } = names(locale);
    const s = numberSymbols(locale);
    verify(locale, s);
    return { locale, n, hand, s, self: selfName(locale) };
  });
  const files = new Map();
  const L = [...HEADER, ''];
  L.push('/** d3-format locale symbols, verified against ICU by the generator. */');
  L.push('export interface NumberSymbols {');
  L.push('  decimal: string;');
  L.push('  group: string;');
  L.push('  /** Group sizes from the right; the last repeats. */');
  L.push('  grouping: number[];');
  L.push('  /** The ten digits, or null for ASCII 0–9. */');
  L.push('  numerals: string[] | null;');
  L.push('  /** Everything printed before the digits of a negative number (may include bidi marks). */');
  L.push('  minus: string;');
  L.push('  /** Everything printed after the digits of a percentage (may include a no-break space). */');
  L.push('  percent: string;');
  L.push('}');
  L.push('');
  L.push('export interface LocaleData {');
  L.push('  /** Our locale code (BCP 47, as used in `lang`). */');
  L.push('  code: string;');
  L.push("  /** The language's name in itself, as CLDR writes it (often lower case). */");
  L.push('  selfName: string;');
  L.push("  dir: 'ltr' | 'rtl';");
  L.push('  numbers: NumberSymbols;');
  L.push(
    '  /** Area names keyed by the codes of the shipped data: ISO alpha-3 countries, WLD CAS CSA SAS LLDC aggregates. */',
  );
  L.push('  names: Record<string, string>;');
  L.push('  /** Codes in `names` written by hand (CLDR lacks them or is corrected), see scripts/build-locales.mjs. */');
  L.push('  handWritten: string[];');
  L.push('}');
  L.push('');
  L.push(`export const LOCALES = ${JSON.stringify(LOCALES)} as const;`);
  L.push('export type LocaleCode = (typeof LOCALES)[number];');
  L.push('');
  L.push('/** Writing direction of each locale, known before its table loads. */');
  L.push(
    `export const LOCALE_DIRS: Record<LocaleCode, 'ltr' | 'rtl'> = ${JSON.stringify(Object.fromEntries(LOCALES.map((l) => [l, RTL.has(l) ? 'rtl' : 'ltr'])))};`,
  );
  L.push('');
  L.push('/** ISO alpha-3 → alpha-2 for the countries named here. */');
  L.push(`export const ALPHA2: Record<string, string> = ${JSON.stringify(COUNTRIES)};`);
  L.push('/** UN M49 codes of the aggregates of the shipped data. */');
  L.push(`export const AGGREGATE_M49: Record<string, number> = ${JSON.stringify(M49)};`);
  L.push('');
  L.push('/** English, always present (the fallback of every other table); the others are in ./data/<locale>.ts. */');
  L.push('export const EN: LocaleData = {');
  L.push(...localeLiteral(rows[0], '  '));
  L.push('};');
  L.push('');
  files.set('data.ts', L.join('\n'));
  for (const row of rows.slice(1)) {
    const F = [...HEADER, ''];
    F.push("import type { LocaleData } from '../data.js';");
    F.push('');
    F.push('const data: LocaleData = {');
    F.push(...localeLiteral(row, '  '));
    F.push('};');
    F.push('export default data;');
    F.push('');
    files.set(`data/${row.locale}.ts`, F.join('\n'));
  }
  const ident = (l) => l.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const A = [
    ...HEADER,
    '',
    '/** Every locale table, registered at once (Node, static renderers, `src/i18n/all.ts`). */',
  ];
  A.push("import { EN, type LocaleCode, type LocaleData } from './data.js';");
  A.push("import { registerLocaleData } from './registry.js';");
  for (const row of rows.slice(1)) A.push(`import ${ident(row.locale)} from './data/${row.locale}.js';`);
  A.push('');
  A.push('export const LOCALE_DATA: Record<LocaleCode, LocaleData> = {');
  A.push(`  en: EN,`);
  for (const row of rows.slice(1)) A.push(`  ${lit(row.locale)}: ${ident(row.locale)},`);
  A.push('};');
  A.push('');
  A.push('registerLocaleData(...Object.values(LOCALE_DATA));');
  A.push('');
  files.set('all.ts', A.join('\n'));
  return files;
}

const OUT_DIR = fileURLToPath(new URL('../src/core/locale/', import.meta.url));
const files = emit();
if (process.argv.includes('--check')) {
  const stale = [];
  for (const [name, text] of files) {
    let old = '';
    try {
      old = readFileSync(path.join(OUT_DIR, name), 'utf8');
    } catch {
      // Not generated yet: the check reports it as out of date.
    }
    if (old !== text) stale.push(`src/core/locale/${name}`);
  }
  if (stale.length) {
    console.error(`${stale.join(', ')} out of date: run node scripts/build-locales.mjs`);
    process.exit(1);
  }
  console.log('src/core/locale/ data files are up to date');
} else {
  mkdirSync(path.join(OUT_DIR, 'data'), { recursive: true });
  for (const [name, text] of files) writeFileSync(path.join(OUT_DIR, name), text);
  console.log(`wrote ${[...files.keys()].map((n) => `src/core/locale/${n}`).join(', ')}`);
}
