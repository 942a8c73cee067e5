import type { LocaleTranslation } from '../translation.js';

/**
 * Pashto, right-to-left. Left-to-right arguments (URLs, codes) are wrapped in U+2068 FIRST STRONG ISOLATE …
 * U+2069 POP DIRECTIONAL ISOLATE so their punctuation does not jump across the sentence.
 */
const iso = (s: string) => `\u2068${s}\u2069`;

const ps: LocaleTranslation = {
  $code: 'ps',
  $name: 'پښتو',
  $dir: 'rtl',
  loading: 'بارېږي…',
  noData: 'معلومات نشته',
  estimated: 'اټکل',
  modelled: 'د ماډل پر بنسټ',
  source: 'سرچینه',
  retry: 'بیا هڅه وکړئ',
  legend: 'لارښود',
  year: 'کال',
  value: 'ارزښت',
  country: 'هېواد',
  region: 'سیمه',
  notApplicable: 'د تطبیق وړ نه دی',
  nearestYear: (year, shown) => `د ${year} کال لپاره ارزښت نشته؛ تر ټولو نږدې پخوانی کال (${shown}) ښودل شوی.`,
  nearestYearCount: (count, year) => `له ${year} کال مخکې کلونو ارزښتونه: ${count}؛ د هر یوه کال ښودل شوی.`,
  valueFromYear: (year) => `د ${year} کال ارزښت`,
  mapLabel: (title, year) => `نقشه: ${iso(title)}، ${year}`,
  errorTitle: 'معلومات ونه ښودل شول',
  errorFetch: (url) => `${iso(url)} بار نه شو.`,
  errorParse: (url) => `د ${iso(url)} دوتنه سم معلومات نه لري.`,
  errorUnknownIndicator: (code) => `نامعلوم شاخص یا لړۍ: «${iso(code)}».`,
  errorNoData: (what) => `معلومات نشته: ${iso(what)}.`,
  rowsRejected: (count) => `ردې شوې کرښې (${count}):`,
  table: 'د معلوماتو جدول',
  showTable: 'جدول ښکاره کړئ',
  hideTable: 'جدول پټ کړئ',
};

export default ps;
