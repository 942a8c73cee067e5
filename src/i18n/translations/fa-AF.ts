import type { LocaleTranslation } from '../translation.js';

/**
 * Dari (Afghan Persian), right-to-left. Left-to-right arguments (URLs, codes) are wrapped in U+2068 FIRST STRONG
 * ISOLATE … U+2069 POP DIRECTIONAL ISOLATE so their punctuation does not jump across the sentence.
 */
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
};

export default faAF;
