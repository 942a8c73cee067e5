import type { LocaleTranslation } from '../translation.js';

const tk: LocaleTranslation = {
  $code: 'tk',
  $name: 'Türkmençe',
  $dir: 'ltr',
  loading: 'Ýüklenýär…',
  noData: 'Maglumat ýok',
  estimated: 'çaklama',
  modelled: 'model boýunça çaklama',
  source: 'Çeşme',
  retry: 'Gaýtadan synanyş',
  legend: 'Şertli belgiler',
  year: 'Ýyl',
  value: 'Ululyk',
  country: 'Ýurt',
  region: 'Sebit',
  notApplicable: 'degişli däl',
  nearestYear: (year, shown) => `${year} ýyl üçin maglumat ýok; iň ýakyn öňki ýyl (${shown}) görkezilýär.`,
  nearestYearCount: (count, year) => `${year} ýyldan öňki ýyllaryň ululyklary: ${count}; her biriniň ýyly görkezilen.`,
  valueFromYear: (year) => `${year} ýylyň ululygy`,
  mapLabel: (title, year) => `Karta: ${title}, ${year}`,
  errorTitle: 'Maglumatlary görkezip bolmady',
  errorFetch: (url) => `${url} ýüklenip bilinmedi.`,
  errorParse: (url) => `${url} faýlynda dogry maglumat ýok.`,
  errorUnknownIndicator: (code) => `Näbelli görkeziji ýa-da hatar: «${code}».`,
  errorNoData: (what) => `Maglumat ýok: ${what}.`,
  rowsRejected: (count) => `Kabul edilmedik setirler (${count}):`,
  table: 'Maglumat tablisasy',
  showTable: 'Tablisany görkez',
  hideTable: 'Tablisany gizle',
};

export default tk;
