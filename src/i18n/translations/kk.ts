import type { LocaleTranslation } from '../translation.js';

const kk: LocaleTranslation = {
  $code: 'kk',
  $name: 'Қазақша',
  $dir: 'ltr',
  loading: 'Жүктелуде…',
  noData: 'Деректер жоқ',
  estimated: 'бағалау',
  modelled: 'модельдік бағалау',
  source: 'Дереккөз',
  retry: 'Қайталау',
  legend: 'Шартты белгілер',
  year: 'Жыл',
  value: 'Мәні',
  country: 'Ел',
  region: 'Өңір',
  notApplicable: 'қолданылмайды',
  nearestYear: (year, shown) => `${year} жылға мән жоқ; ең жақын алдыңғы жыл (${shown}) көрсетілген.`,
  nearestYearCount: (count, year) => `${year} жылға дейінгі жылдардың мәндері: ${count}; әрқайсысының жылы көрсетілген.`,
  valueFromYear: (year) => `${year} жылғы мән`,
  mapLabel: (title, year) => `Карта: ${title}, ${year}`,
  errorTitle: 'Деректерді көрсету мүмкін болмады',
  errorFetch: (url) => `${url} жүктелмеді.`,
  errorParse: (url) => `${url} файлында жарамды деректер жоқ.`,
  errorUnknownIndicator: (code) => `Белгісіз көрсеткіш немесе қатар: «${code}».`,
  errorNoData: (what) => `Деректер жоқ: ${what}.`,
  rowsRejected: (count) => `Қабылданбаған жолдар (${count}):`,
  table: 'Деректер кестесі',
  showTable: 'Кестені көрсету',
  hideTable: 'Кестені жасыру',
};

export default kk;
