import type { LocaleTranslation } from '../translation.js';

const ru: LocaleTranslation = {
  $code: 'ru',
  $name: 'Русский',
  $dir: 'ltr',
  loading: 'Загрузка…',
  noData: 'Нет данных',
  estimated: 'оценка',
  modelled: 'модельная оценка',
  source: 'Источник',
  retry: 'Повторить',
  legend: 'Легенда',
  year: 'Год',
  value: 'Значение',
  country: 'Страна',
  region: 'Регион',
  notApplicable: 'неприменимо',
  nearestYear: (year, shown) => `Нет значения за ${year}; показан ближайший предыдущий год (${shown}).`,
  nearestYearCount: (count, year) => `Значения за годы до ${year}: ${count}; у каждого указан год.`,
  valueFromYear: (year) => `значение за ${year}`,
  mapLabel: (title, year) => `Карта: ${title}, ${year}`,
  errorTitle: 'Не удалось показать данные',
  errorFetch: (url) => `Не удалось загрузить ${url}.`,
  errorParse: (url) => `Файл ${url} не содержит корректных данных.`,
  errorUnknownIndicator: (code) => `Неизвестный показатель или ряд: «${code}».`,
  errorNoData: (what) => `Нет данных: ${what}.`,
  rowsRejected: (count) => `Отклонённые строки (${count}):`,
  table: 'Таблица данных',
  showTable: 'Показать таблицу',
  hideTable: 'Скрыть таблицу',
};

export default ru;
