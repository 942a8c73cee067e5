import type { LocaleTranslation } from '../translation.js';

const ky: LocaleTranslation = {
  $code: 'ky',
  $name: 'Кыргызча',
  $dir: 'ltr',
  loading: 'Жүктөлүүдө…',
  noData: 'Маалымат жок',
  estimated: 'баалоо',
  modelled: 'моделдик баалоо',
  source: 'Булак',
  retry: 'Кайталоо',
  legend: 'Шарттуу белгилер',
  year: 'Жыл',
  value: 'Мааниси',
  country: 'Өлкө',
  region: 'Аймак',
  notApplicable: 'колдонулбайт',
  nearestYear: (year, shown) => `${year}-жыл үчүн маани жок; эң жакын мурунку жыл (${shown}) көрсөтүлдү.`,
  nearestYearCount: (count, year) => `${year}-жылга чейинки жылдардын маанилери: ${count}; ар биринин жылы көрсөтүлгөн.`,
  valueFromYear: (year) => `${year}-жылдын мааниси`,
  mapLabel: (title, year) => `Карта: ${title}, ${year}`,
  errorTitle: 'Маалыматтарды көрсөтүү мүмкүн болгон жок',
  errorFetch: (url) => `${url} жүктөлгөн жок.`,
  errorParse: (url) => `${url} файлында жарактуу маалымат жок.`,
  errorUnknownIndicator: (code) => `Белгисиз көрсөткүч же катар: «${code}».`,
  errorNoData: (what) => `Маалымат жок: ${what}.`,
  rowsRejected: (count) => `Четке кагылган саптар (${count}):`,
  table: 'Маалыматтар таблицасы',
  showTable: 'Таблицаны көрсөтүү',
  hideTable: 'Таблицаны жашыруу',
};

export default ky;
