import type { LocaleTranslation } from '../translation.js';

/** Uzbek in the Cyrillic script, still widely read. */
const uzCyrl: LocaleTranslation = {
  $code: 'uz-Cyrl',
  $name: 'Ўзбекча',
  $dir: 'ltr',
  loading: 'Юкланмоқда…',
  noData: 'Маълумот йўқ',
  estimated: 'тахминий',
  modelled: 'моделга асосланган',
  source: 'Манба',
  retry: 'Қайта уриниш',
  legend: 'Шартли белгилар',
  year: 'Йил',
  value: 'Қиймат',
  country: 'Мамлакат',
  region: 'Ҳудуд',
  notApplicable: 'қўлланилмайди',
  nearestYear: (year, shown) => `${year} йил учун қиймат йўқ; энг яқин олдинги йил (${shown}) кўрсатилган.`,
  nearestYearCount: (count, year) => `${year} йилдан олдинги йиллар қийматлари: ${count}; ҳар бирининг йили кўрсатилган.`,
  valueFromYear: (year) => `${year} йил қиймати`,
  mapLabel: (title, year) => `Харита: ${title}, ${year}`,
  errorTitle: 'Маълумотларни кўрсатиб бўлмади',
  errorFetch: (url) => `${url} юкланмади.`,
  errorParse: (url) => `${url} файлида яроқли маълумот йўқ.`,
  errorUnknownIndicator: (code) => `Номаълум кўрсаткич ёки қатор: «${code}».`,
  errorNoData: (what) => `Маълумот йўқ: ${what}.`,
  rowsRejected: (count) => `Рад этилган қаторлар (${count}):`,
  table: 'Маълумотлар жадвали',
  showTable: 'Жадвални кўрсатиш',
  hideTable: 'Жадвални яшириш',
};

export default uzCyrl;
