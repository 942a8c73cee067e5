import type { LocaleTranslation } from '../translation.js';

const tg: LocaleTranslation = {
  $code: 'tg',
  $name: 'Тоҷикӣ',
  $dir: 'ltr',
  loading: 'Боргирӣ…',
  noData: 'Маълумот нест',
  estimated: 'арзёбӣ',
  modelled: 'арзёбии моделӣ',
  source: 'Манбаъ',
  retry: 'Такрор кардан',
  legend: 'Аломатҳои шартӣ',
  year: 'Сол',
  value: 'Қимат',
  country: 'Кишвар',
  region: 'Минтақа',
  notApplicable: 'татбиқнашаванда',
  nearestYear: (year, shown) => `Барои соли ${year} қимат нест; соли наздиктарини пешина (${shown}) нишон дода шудааст.`,
  nearestYearCount: (count, year) => `Қиматҳо аз солҳои пеш аз ${year}: ${count}; соли ҳар яке нишон дода шудааст.`,
  valueFromYear: (year) => `қимати соли ${year}`,
  mapLabel: (title, year) => `Харита: ${title}, ${year}`,
  errorTitle: 'Маълумотро нишон додан имконнопазир шуд',
  errorFetch: (url) => `${url} бор карда нашуд.`,
  errorParse: (url) => `Файли ${url} маълумоти дуруст надорад.`,
  errorUnknownIndicator: (code) => `Нишондиҳанда ё силсилаи номаълум: «${code}».`,
  errorNoData: (what) => `Маълумот нест: ${what}.`,
  rowsRejected: (count) => `Сатрҳои радшуда (${count}):`,
  table: 'Ҷадвали маълумот',
  showTable: 'Нишон додани ҷадвал',
  hideTable: 'Пинҳон кардани ҷадвал',
};

export default tg;
