import type { LocaleTranslation } from '../translation.js';

/** Uzbek in the Latin script (the official one); oʻ and gʻ are written with U+02BB as in CLDR. */
const uz: LocaleTranslation = {
  $code: 'uz',
  $name: 'Oʻzbekcha',
  $dir: 'ltr',
  loading: 'Yuklanmoqda…',
  noData: 'Maʼlumot yoʻq',
  estimated: 'taxminiy',
  modelled: 'modelga asoslangan',
  source: 'Manba',
  retry: 'Qayta urinish',
  legend: 'Shartli belgilar',
  year: 'Yil',
  value: 'Qiymat',
  country: 'Mamlakat',
  region: 'Hudud',
  notApplicable: 'qoʻllanilmaydi',
  nearestYear: (year, shown) => `${year}-yil uchun qiymat yoʻq; eng yaqin oldingi yil (${shown}) koʻrsatilgan.`,
  nearestYearCount: (count, year) => `${year}-yildan oldingi yillar qiymatlari: ${count}; har birining yili koʻrsatilgan.`,
  valueFromYear: (year) => `${year}-yil qiymati`,
  mapLabel: (title, year) => `Xarita: ${title}, ${year}`,
  errorTitle: 'Maʼlumotlarni koʻrsatib boʻlmadi',
  errorFetch: (url) => `${url} yuklanmadi.`,
  errorParse: (url) => `${url} faylida yaroqli maʼlumot yoʻq.`,
  errorUnknownIndicator: (code) => `Nomaʼlum koʻrsatkich yoki qator: «${code}».`,
  errorNoData: (what) => `Maʼlumot yoʻq: ${what}.`,
  rowsRejected: (count) => `Rad etilgan qatorlar (${count}):`,
  table: 'Maʼlumotlar jadvali',
  showTable: 'Jadvalni koʻrsatish',
  hideTable: 'Jadvalni yashirish',
};

export default uz;
