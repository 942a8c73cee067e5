import type { LocaleTranslation } from '../translation.js';

/**
 * Pashto, right-to-left. Left-to-right arguments (URLs, codes) are wrapped in U+2068 FIRST STRONG ISOLATE …
 * U+2069 POP DIRECTIONAL ISOLATE so their punctuation does not jump across the sentence.
 */
/** A unit after a value, if any. */
const u = (unit: string) => (unit ? ` ${unit}` : '');

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
  publishedAsRange: 'د واټن په توګه خپور شوی',
  summaryExtremes: (year, high, highValue, low, lowValue) =>
    `${year}: تر ټولو لوړ ارزښت — ${iso(high)} (${highValue})، تر ټولو ټیټ ارزښت — ${iso(low)} (${lowValue}).`,
  summaryNoData: (names) => `معلومات نشته: ${iso(names)}.`,
  userDataAtLine: (line) => `کرښه ${line}`,
  userDataAtLineColumn: (line, column) => `کرښه ${line}، ستون «${iso(column)}»`,
  userDataAtItem: (item) => `توکی ${item}`,
  userDataAtItemField: (item, field) => `توکی ${item}، ساحه «${iso(field)}»`,
  userDataFetchHttp: (url, status) => `${iso(url)} بار نه شو (${iso(`HTTP ${status}`)}).`,
  userDataFetchNetwork: (url) => `${iso(url)} بار نه شو: د شبکې ستونزه.`,
  userDataFetchTimeout: (url) => `د ${iso(url)} بارول ډېر اوږد شول.`,
  userDataFetchHtml: (url) => `${iso(url)} وېب پاڼه ده، د CSV یا JSON د معلوماتو دوتنه نه ده.`,
  userDataParseEmpty: 'معلومات تش دي.',
  userDataParseJson: 'دوتنه سم JSON نه دی.',
  userDataParseShape: `JSON د کرښو لېست نه دی: ${iso('[{…}, …]')}، ${iso('{"rows": […]}')} یا د لړۍ دوتنه تمه کېده.`,
  userDataParseTooLarge: (limit) => `معلومات ډېر لوی دي (د توریو حد: ${limit}).`,
  userDataTooManyRows: (limit) => `ټولې کرښې ونه لوستل شوې: حد — ${limit}.`,
  userDataColumnMissing: (column) => `اړین ستون «${iso(column)}» نشته.`,
  userDataColumnIgnored: (column) => `ستون «${iso(column)}» نه کارول کېږي.`,
  userDataColumnDuplicate: (column, first) =>
    `ستون «${iso(column)}» هماغه مانا لري چې «${iso(first)}» یې لري، نو نه کارول کېږي.`,
  userDataRowFields: (count, expected) =>
    `د کرښې ساحې: ${count}، په سرلیک کې: ${expected}؛ هغه ارزښتونه چې بېلوونکی لري، په نښو کې ولیکئ.`,
  userDataRowNotObject: `دا کرښه نه ده: د ${iso('{"country": "KAZ", "year": 2020, "value": 1.5}')} په څېر څیز تمه کېده.`,
  userDataAreaMissing: 'د هېواد یا سیمې کوډ نشته.',
  userDataAreaUnknown: (value) =>
    `د هېواد یا سیمې نامعلوم کوډ: «${iso(value)}» (${iso('ISO alpha-3, alpha-2, M49')} یا ${iso('ISO 3166-2')} وکاروئ، لکه ${iso('KAZ, KZ, 398, KZ-75')}).`,
  userDataAreaMismatch: (region, country) => `سیمه «${iso(region)}» د «${iso(country)}» هېواد برخه نه ده.`,
  userDataYearMissing: 'کال نشته.',
  userDataYearInvalid: (value) => `«${iso(value)}» کال نه دی (په څلورو عددونو یې ولیکئ، لکه ${iso('2020')}).`,
  userDataValueMissing: 'ارزښت نشته؛ د نشتوالي په توګه ښودل شو.',
  userDataValueNotNumber: (value) => `«${iso(value)}» نه عدد دی او نه خپره شوې نښه (${iso('>95, <5, N')}).`,
  userDataValueSeparator: (value, decimal) =>
    `«${iso(value)}» روښانه نه دی: عددونه د اعشاري نښې په توګه له «${iso(decimal)}» سره او د زرګونو له بېلوونکي پرته ولیکئ.`,
  userDataValueOutOfRange: (value) => `«${iso(value)}» د عدد لپاره ډېر لوی دی.`,
  userDataNatureInvalid: (value) => `د ارزښت نامعلوم ډول: «${iso(value)}» (${iso('C, CA, E, M, G')} یا ${iso('N')} وکاروئ).`,
  userDataTextTooLong: (limit) => `متن ډېر اوږد دی (د توریو حد: ${limit}).`,
  userDataTextControl: 'متن د کنټرول توري لري.',
  userDataTypeInvalid: (value) => `«${iso(value)}» نه متن دی او نه عدد.`,
  userDataDuplicateLine: (line) => `سیمه، لړۍ، کال او وېش یې د ${line} کرښې په څېر دي؛ نه کارول کېږي.`,
  userDataDuplicateItem: (item) => `سیمه، لړۍ، کال او وېش یې د ${item} توکي په څېر دي؛ نه کارول کېږي.`,
  userDataNoValidRows: 'هېڅ کرښه د کارولو وړ نه وه.',
  userDataInternal: 'معلومات ونه لوستل شول.',
  userDataSummary: (accepted, rejected) => `ښودل شوې کرښې: ${accepted}، رد شوې: ${rejected}.`,
  trendChartLabel: (title, from, to) => `کرښه‌یي چارټ: ${iso(title)}، ${from}–${to}`,
  trendSeriesSummary: (name, first, firstYear, last, lastYear) =>
    `${iso(name)}: په ${firstYear} کال کې ${first}، په ${lastYear} کال کې ${last}.`,
  trendSeriesSingle: (name, value, year) => `${iso(name)}: یوازې په ${year} کال کې، ${value}.`,
  chartKeyboardHint: 'د غشي تڼیو سره د کلونو او کرښو ترمنځ لاړ شئ؛ Enter د ټاکلو لپاره، Escape د پاکولو لپاره.',
  estimatesDashed: 'ټوټه ټوټه کرښې او تش ټکي: اټکل شوي یا د ماډل پر بنسټ ارزښتونه.',
  estimatesHatched: 'کرښه‌دار ستنې: اټکل شوي یا د ماډل پر بنسټ ارزښتونه.',
  flagsNotPlotted: 'هغه ارزښتونه چې د واټن په توګه خپاره شوي (لکه <۲٫۵) په جدول کې شته، خو په چارټ کې نه ښودل کېږي.',
  logOmitted: (count) => `صفر یا تر هغه کم ارزښتونه په لوګاریتمي پیمانه نه ښودل کېږي: ${count}.`,
  target2030: (value) => `د ۲۰۳۰ کال موخه: ${value}`,
  gapsNote: 'په هغو کلونو کې چې معلومات نه لري، کرښې پرې شوې دي.',
  barChartLabel: (title, year) => `ستنیز چارټ: ${iso(title)}، ${year}`,
  rankSummary: (year, order) => `د ${year} کال د ارزښت له مخې ترتیب: ${iso(order)}.`,
  sparklineFell: (what, where, from, fromYear, to, toYear, unit) =>
    `${iso(what)}، ${iso(where)}: په ${fromYear} کال کې ${from} او په ${toYear} کال کې ${to}${u(unit)}؛ کم شوی`,
  sparklineRose: (what, where, from, fromYear, to, toYear, unit) =>
    `${iso(what)}، ${iso(where)}: په ${fromYear} کال کې ${from} او په ${toYear} کال کې ${to}${u(unit)}؛ زیات شوی`,
  sparklineSame: (what, where, from, fromYear, to, toYear, unit) =>
    `${iso(what)}، ${iso(where)}: په ${fromYear} کال کې ${from} او په ${toYear} کال کې ${to}${u(unit)}`,
  sparklineSingle: (what, where, value, year, unit) =>
    `${iso(what)}، ${iso(where)}: په ${year} کال کې ${value}${u(unit)}`,
};

export default ps;
