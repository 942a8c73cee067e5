import type { LocaleTranslation } from '../translation.js';

/**
 * Dari (Afghan Persian), right-to-left. Left-to-right arguments (URLs, codes) are wrapped in U+2068 FIRST STRONG
 * ISOLATE … U+2069 POP DIRECTIONAL ISOLATE so their punctuation does not jump across the sentence.
 */
/** A unit after a value, if any. */
const u = (unit: string) => (unit ? ` ${unit}` : '');

const iso = (s: string) => `\u2068${s}\u2069`;

const faAF: LocaleTranslation = {
  $code: 'fa-AF',
  $name: 'دری',
  $dir: 'rtl',
  loading: 'در حال بارگیری…',
  noData: 'معلومات موجود نیست',
  estimated: 'تخمینی',
  modelled: 'مدل‌سازی‌شده',
  source: 'منبع',
  retry: 'تلاش دوباره',
  legend: 'راهنما',
  year: 'سال',
  value: 'مقدار',
  country: 'کشور',
  region: 'منطقه',
  notApplicable: 'قابل تطبیق نیست',
  nearestYear: (year, shown) => `برای سال ${year} مقداری نیست؛ نزدیک‌ترین سال پیشین (${shown}) نشان داده شده است.`,
  nearestYearCount: (count, year) => `مقدارهای سال‌های پیش از ${year}: ${count}؛ سال هر کدام نشانی شده است.`,
  valueFromYear: (year) => `مقدار سال ${year}`,
  mapLabel: (title, year) => `نقشه: ${iso(title)}، ${year}`,
  errorTitle: 'معلومات نشان داده نشد',
  errorFetch: (url) => `${iso(url)} بارگیری نشد.`,
  errorParse: (url) => `فایل ${iso(url)} معلومات معتبر ندارد.`,
  errorUnknownIndicator: (code) => `شاخص یا سلسلهٔ ناشناخته: «${iso(code)}».`,
  errorNoData: (what) => `معلومات موجود نیست: ${iso(what)}.`,
  rowsRejected: (count) => `ردیف‌های ردشده (${count}):`,
  table: 'جدول معلومات',
  showTable: 'نمایش جدول',
  hideTable: 'پنهان کردن جدول',
  publishedAsRange: 'به‌صورت بازه نشر شده',
  summaryExtremes: (year, high, highValue, low, lowValue) =>
    `${year}: بیشترین مقدار — ${iso(high)} (${highValue})، کمترین مقدار — ${iso(low)} (${lowValue}).`,
  summaryNoData: (names) => `معلومات موجود نیست: ${iso(names)}.`,
  userDataAtLine: (line) => `سطر ${line}`,
  userDataAtLineColumn: (line, column) => `سطر ${line}، ستون «${iso(column)}»`,
  userDataAtItem: (item) => `مورد ${item}`,
  userDataAtItemField: (item, field) => `مورد ${item}، فیلد «${iso(field)}»`,
  userDataFetchHttp: (url, status) => `${iso(url)} بارگیری نشد (${iso(`HTTP ${status}`)}).`,
  userDataFetchNetwork: (url) => `${iso(url)} بارگیری نشد: خطای شبکه.`,
  userDataFetchTimeout: (url) => `بارگیری ${iso(url)} بیش از حد طول کشید.`,
  userDataFetchHtml: (url) => `${iso(url)} یک صفحهٔ وب است، نه فایل معلومات CSV یا JSON.`,
  userDataParseEmpty: 'معلومات خالی است.',
  userDataParseJson: 'فایل JSON معتبر نیست.',
  userDataParseShape: `JSON فهرست سطرها نیست: ${iso('[{…}, …]')}، ${iso('{"rows": […]}')} یا فایل یک سلسله انتظار می‌رفت.`,
  userDataParseTooLarge: (limit) => `معلومات بیش از حد بزرگ است (حد نویسه‌ها: ${limit}).`,
  userDataTooManyRows: (limit) => `همهٔ سطرها خوانده نشد: حد — ${limit}.`,
  userDataColumnMissing: (column) => `ستون لازمی «${iso(column)}» موجود نیست.`,
  userDataColumnIgnored: (column) => `ستون «${iso(column)}» به کار نمی‌رود.`,
  userDataColumnDuplicate: (column, first) =>
    `ستون «${iso(column)}» همان معنای «${iso(first)}» را دارد و به کار نمی‌رود.`,
  userDataRowFields: (count, expected) =>
    `فیلدهای سطر: ${count}، در سرخط: ${expected}؛ مقدارهایی را که جداکننده دارند در گیومه بگذارید.`,
  userDataRowNotObject: `این سطر نیست: شیئی مانند ${iso('{"country": "KAZ", "year": 2020, "value": 1.5}')} انتظار می‌رفت.`,
  userDataAreaMissing: 'کد کشور یا منطقه موجود نیست.',
  userDataAreaUnknown: (value) =>
    `کد ناشناختهٔ کشور یا منطقه: «${iso(value)}» (از ${iso('ISO alpha-3, alpha-2, M49')} یا ${iso('ISO 3166-2')} استفاده کنید، مثلاً ${iso('KAZ, KZ, 398, KZ-75')}).`,
  userDataAreaMismatch: (region, country) => `منطقهٔ «${iso(region)}» در کشور «${iso(country)}» نیست.`,
  userDataYearMissing: 'سال موجود نیست.',
  userDataYearInvalid: (value) => `«${iso(value)}» سال نیست (با چهار رقم بنویسید، مثلاً ${iso('2020')}).`,
  userDataValueMissing: 'مقدار موجود نیست؛ به‌عنوان ناموجود نشان داده شد.',
  userDataValueNotNumber: (value) => `«${iso(value)}» نه عدد است و نه نشانهٔ نشرشده (${iso('>95, <5, N')}).`,
  userDataValueSeparator: (value, decimal) =>
    `«${iso(value)}» مبهم است: عددها را با «${iso(decimal)}» به‌عنوان علامهٔ اعشار و بدون جداکنندهٔ هزارگان بنویسید.`,
  userDataValueOutOfRange: (value) => `«${iso(value)}» برای یک عدد بیش از حد بزرگ است.`,
  userDataNatureInvalid: (value) => `نوع ناشناختهٔ مقدار: «${iso(value)}» (از ${iso('C, CA, E, M, G')} یا ${iso('N')} استفاده کنید).`,
  userDataTextTooLong: (limit) => `متن بیش از حد دراز است (حد نویسه‌ها: ${limit}).`,
  userDataTextControl: 'متن نویسه‌های کنترلی دارد.',
  userDataTypeInvalid: (value) => `«${iso(value)}» نه متن است و نه عدد.`,
  userDataDuplicateLine: (line) => `ساحه، سلسله، سال و تفکیک همانند سطر ${line} است؛ به کار نمی‌رود.`,
  userDataDuplicateItem: (item) => `ساحه، سلسله، سال و تفکیک همانند مورد ${item} است؛ به کار نمی‌رود.`,
  userDataNoValidRows: 'هیچ سطری قابل استفاده نبود.',
  userDataInternal: 'معلومات خوانده نشد.',
  userDataSummary: (accepted, rejected) => `سطرهای نشان‌داده‌شده: ${accepted}، ردشده: ${rejected}.`,
  trendChartLabel: (title, from, to) => `نمودار خطی: ${iso(title)}، ${from}–${to}`,
  trendSeriesSummary: (name, first, firstYear, last, lastYear) =>
    `${iso(name)}: در سال ${firstYear} ${first}، در سال ${lastYear} ${last}.`,
  trendSeriesSingle: (name, value, year) => `${iso(name)}: تنها در سال ${year}، ${value}.`,
  chartKeyboardHint: 'با کلیدهای جهت‌نما میان سال‌ها و خط‌ها بروید؛ Enter برای انتخاب، Escape برای پاک کردن.',
  estimatesDashed: 'خط‌های بریده و نقطه‌های توخالی: مقدارهای تخمینی یا مدل‌سازی‌شده.',
  estimatesHatched: 'میله‌های هاشورخورده: مقدارهای تخمینی یا مدل‌سازی‌شده.',
  flagsNotPlotted: 'مقدارهایی که به‌صورت بازه نشر شده‌اند (مانند <۲٫۵) در جدول آمده‌اند، اما در نمودار رسم نمی‌شوند.',
  logOmitted: (count) => `مقدارهای صفر یا کمتر در مقیاس لگاریتمی نشان داده نمی‌شوند: ${count}.`,
  target2030: (value) => `هدف سال ۲۰۳۰: ${value}`,
  gapsNote: 'در سال‌هایی که معلومات ندارند، خط‌ها بریده شده‌اند.',
  barChartLabel: (title, year) => `نمودار میله‌ای: ${iso(title)}، ${year}`,
  rankSummary: (year, order) => `ترتیب بر اساس مقدار سال ${year}: ${iso(order)}.`,
  sparklineFell: (what, where, from, fromYear, to, toYear, unit) =>
    `${iso(what)}، ${iso(where)}: در سال ${fromYear} ${from} و در سال ${toYear} ${to}${u(unit)}؛ کاهش یافت`,
  sparklineRose: (what, where, from, fromYear, to, toYear, unit) =>
    `${iso(what)}، ${iso(where)}: در سال ${fromYear} ${from} و در سال ${toYear} ${to}${u(unit)}؛ افزایش یافت`,
  sparklineSame: (what, where, from, fromYear, to, toYear, unit) =>
    `${iso(what)}، ${iso(where)}: در سال ${fromYear} ${from} و در سال ${toYear} ${to}${u(unit)}`,
  sparklineSingle: (what, where, value, year, unit) =>
    `${iso(what)}، ${iso(where)}: در سال ${year} ${value}${u(unit)}`,
};

export default faAF;
