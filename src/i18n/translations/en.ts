/**
 * English UI strings: the reference table. Every other locale has the same keys (a test lists missing ones).
 * Functions receive already-formatted values.
 */
const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',
  loading: 'Loading…',
  noData: 'No data',
  estimated: 'estimate',
  modelled: 'modelled',
  source: 'Source',
  retry: 'Retry',
  legend: 'Legend',
  year: 'Year',
  value: 'Value',
  country: 'Country',
  region: 'Region',
  notApplicable: 'not applicable',
  nearestYear: (year: string, shown: string) => `No value for ${year}; the nearest earlier year (${shown}) is shown.`,
  nearestYearCount: (count: string, year: string) =>
    `${count} value(s) from earlier years than ${year}, marked with their year.`,
  valueFromYear: (year: string) => `value from ${year}`,
  mapLabel: (title: string, year: string) => `Map: ${title}, ${year}`,
  errorTitle: 'The data could not be shown',
  errorFetch: (url: string) => `Could not load ${url}.`,
  errorParse: (url: string) => `The file ${url} is not valid data.`,
  errorUnknownIndicator: (code: string) => `Unknown indicator or series “${code}”.`,
  errorNoData: (what: string) => `No data for ${what}.`,
  rowsRejected: (count: string) => `${count} row(s) were rejected:`,
  table: 'Data table',
  showTable: 'Show table',
  hideTable: 'Hide table',
};

export type Translation = typeof en;
export default en;
