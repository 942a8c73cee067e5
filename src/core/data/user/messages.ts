import { USER_DATA_EN as en } from './messages.en.js';
import { setProblemText } from './problem-text.js';

/**
 * Problems found in the user's own data, as codes with parameters so that an element can say them in its language.
 * The English wording lives in ./messages.en.ts (keys `userData*`, spread into the English UI table); other locales
 * add the same keys.
 */

export type ProblemCode =
  | 'fetch-http'
  | 'fetch-network'
  | 'fetch-timeout'
  | 'fetch-html'
  | 'parse-empty'
  | 'parse-json'
  | 'parse-shape'
  | 'parse-too-large'
  | 'too-many-rows'
  | 'column-missing'
  | 'column-ignored'
  | 'column-duplicate'
  | 'row-fields'
  | 'row-not-object'
  | 'area-missing'
  | 'area-unknown'
  | 'area-mismatch'
  | 'year-missing'
  | 'year-invalid'
  | 'value-missing'
  | 'value-not-number'
  | 'value-separator'
  | 'value-out-of-range'
  | 'nature-invalid'
  | 'text-too-long'
  | 'text-control'
  | 'type-invalid'
  | 'duplicate'
  | 'no-valid-rows'
  | 'internal';

export type ProblemKind = 'fetch' | 'parse' | 'validation';

export interface UserDataProblem {
  /** `fetch`: the file could not be loaded; `parse`: it could not be read as data; `validation`: a row is wrong. */
  kind: ProblemKind;
  /** `error`: the row (or the file) is not used. `warning`: kept, or nothing lost (an ignored column, a missing value). */
  severity: 'error' | 'warning';
  code: ProblemCode;
  /**
   * Where: for CSV text the 1-based line of the file (header = line 1, a quoted value spanning lines counts them
   * all); for JSON, `.data` arrays and series files the 1-based item number. 0 = the data as a whole.
   */
  line: number;
  location: 'line' | 'item';
  /** The column (CSV header or JSON key) as the user wrote it, or null. */
  column: string | null;
  /** The offending text, shortened to 120 characters, control characters shown as U+FFFD; null when none. */
  value: string | null;
  /** Parameters of the message (strings or numbers, unformatted). */
  params: Record<string, string | number>;
  /** The message in English; elements build a localised one with `problemTerms` / `formatProblem`. */
  message: string;
}

type EnKey = Extract<keyof typeof en, `userData${string}`>;

/** Message key in the translation tables and its arguments in order, for each code. */
const TERMS: Record<ProblemCode, [EnKey, ...string[]]> = {
  'fetch-http': ['userDataFetchHttp', 'url', 'status'],
  'fetch-network': ['userDataFetchNetwork', 'url'],
  'fetch-timeout': ['userDataFetchTimeout', 'url'],
  'fetch-html': ['userDataFetchHtml', 'url'],
  'parse-empty': ['userDataParseEmpty'],
  'parse-json': ['userDataParseJson'],
  'parse-shape': ['userDataParseShape'],
  'parse-too-large': ['userDataParseTooLarge', 'limit'],
  'too-many-rows': ['userDataTooManyRows', 'limit'],
  'column-missing': ['userDataColumnMissing', 'column'],
  'column-ignored': ['userDataColumnIgnored', 'column'],
  'column-duplicate': ['userDataColumnDuplicate', 'column', 'first'],
  'row-fields': ['userDataRowFields', 'count', 'expected'],
  'row-not-object': ['userDataRowNotObject'],
  'area-missing': ['userDataAreaMissing'],
  'area-unknown': ['userDataAreaUnknown', 'value'],
  'area-mismatch': ['userDataAreaMismatch', 'region', 'country'],
  'year-missing': ['userDataYearMissing'],
  'year-invalid': ['userDataYearInvalid', 'value'],
  'value-missing': ['userDataValueMissing'],
  'value-not-number': ['userDataValueNotNumber', 'value'],
  'value-separator': ['userDataValueSeparator', 'value', 'decimal'],
  'value-out-of-range': ['userDataValueOutOfRange', 'value'],
  'nature-invalid': ['userDataNatureInvalid', 'value'],
  'text-too-long': ['userDataTextTooLong', 'limit'],
  'text-control': ['userDataTextControl'],
  'type-invalid': ['userDataTypeInvalid', 'value'],
  duplicate: ['userDataDuplicateLine', 'first'],
  'no-valid-rows': ['userDataNoValidRows'],
  internal: ['userDataInternal'],
};

/** Every translation key the problems use (a test checks each locale has them). */
export const PROBLEM_TERM_KEYS: string[] = [
  ...new Set([
    ...Object.values(TERMS).map((t) => t[0]),
    'userDataDuplicateItem',
    'userDataAtLine',
    'userDataAtLineColumn',
    'userDataAtItem',
    'userDataAtItemField',
  ]),
];

/** Looks a key up in a translation table with already-formatted arguments (LocalizeController.term's shape). */
export type Term = (key: string, ...args: string[]) => string;

export const englishTerm: Term = (key, ...args) => {
  const entry = (en as Record<string, unknown>)[key];
  return typeof entry === 'function' ? (entry as (...a: string[]) => string)(...args) : String(entry ?? key);
};

/** The key and arguments of a problem's message; `num` formats numbers (the element's `localize.number`). */
export function problemTerms(
  p: Pick<UserDataProblem, 'code' | 'params' | 'location'>,
  num: (n: number) => string = String,
): [string, ...string[]] {
  let [key, ...names] = TERMS[p.code] ?? TERMS.internal;
  if (p.code === 'duplicate' && p.location === 'item') key = 'userDataDuplicateItem';
  return [key, ...names.map((n) => {
    const v = p.params[n];
    return typeof v === 'number' ? num(v) : String(v ?? '');
  })];
}

/** Where a problem is, as a phrase ("Line 7, column “value”"), or '' for the data as a whole. */
export function problemWhere(p: UserDataProblem, term: Term = englishTerm, num: (n: number) => string = String): string {
  if (p.line <= 0) return '';
  const n = num(p.line);
  if (p.location === 'item') return p.column ? term('userDataAtItemField', n, p.column) : term('userDataAtItem', n);
  return p.column ? term('userDataAtLineColumn', n, p.column) : term('userDataAtLine', n);
}

/** The full sentence: "Line 7, column “value”: “1,5” is ambiguous: …". English unless `term` says otherwise. */
export function formatProblem(p: UserDataProblem, term: Term = englishTerm, num: (n: number) => string = String): string {
  const where = problemWhere(p, term, num);
  const [key, ...args] = problemTerms(p, num);
  const text = term(key, ...args);
  return where ? `${where}: ${text}` : text;
}

const MAX_SHOWN = 120;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A user's text made safe to show in a message: shortened, control characters replaced. Still plain text, never HTML. */
export function shown(raw: unknown): string {
  let s: string;
  try {
    s = typeof raw === 'string' ? raw : String(raw);
  } catch {
    s = Object.prototype.toString.call(raw);
  }
  if (s.length > MAX_SHOWN) s = `${s.slice(0, MAX_SHOWN - 1)}…`;
  return s.replace(CONTROL, '\uFFFD');
}

function kindOf(code: ProblemCode): ProblemKind {
  if (code.startsWith('fetch-')) return 'fetch';
  return code.startsWith('parse-') || code === 'internal' ? 'parse' : 'validation';
}

/** Builds a problem with its English message. */
export function problem(
  code: ProblemCode,
  at: { line: number; location: 'line' | 'item'; column?: string | null },
  params: Record<string, string | number> = {},
  options: { value?: unknown; severity?: 'error' | 'warning'; kind?: ProblemKind } = {},
): UserDataProblem {
  const p: UserDataProblem = {
    kind: options.kind ?? kindOf(code),
    severity: options.severity ?? 'error',
    code,
    line: at.line,
    location: at.location,
    column: at.column === null || at.column === undefined ? null : shown(at.column),
    value: options.value === undefined || options.value === null ? null : shown(options.value),
    params,
    message: '',
  };
  p.message = formatProblem(p);
  return p;
}

setProblemText({ formatProblem, problem, englishTerm });
