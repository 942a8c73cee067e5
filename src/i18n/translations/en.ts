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
  publishedAsRange: 'published as a range',
  summaryExtremes: (year: string, high: string, highValue: string, low: string, lowValue: string) =>
    `In ${year}, the value was highest in ${high} (${highValue}) and lowest in ${low} (${lowValue}).`,
  summaryNoData: (names: string) => `No data: ${names}.`,
  // The user's own data (src/core/data/user/messages.ts): where a problem is, then what it is.
  userDataAtLine: (line: string) => `Line ${line}`,
  userDataAtLineColumn: (line: string, column: string) => `Line ${line}, column “${column}”`,
  userDataAtItem: (item: string) => `Item ${item}`,
  userDataAtItemField: (item: string, field: string) => `Item ${item}, field “${field}”`,
  userDataFetchHttp: (url: string, status: string) => `Could not load ${url} (HTTP ${status}).`,
  userDataFetchNetwork: (url: string) => `Could not load ${url}: network error.`,
  userDataFetchTimeout: (url: string) => `Loading ${url} took too long.`,
  userDataFetchHtml: (url: string) => `${url} is a web page, not a CSV or JSON data file.`,
  userDataParseEmpty: 'The data is empty.',
  userDataParseJson: 'The file is not valid JSON.',
  userDataParseShape: 'The JSON is not a list of rows: expected [{…}, …], {"rows": […]} or a series file.',
  userDataParseTooLarge: (limit: string) => `The data is too large (more than ${limit} characters).`,
  userDataTooManyRows: (limit: string) => `Only the first ${limit} rows were read.`,
  userDataColumnMissing: (column: string) => `Required column “${column}” is missing.`,
  userDataColumnIgnored: (column: string) => `Column “${column}” is not used.`,
  userDataColumnDuplicate: (column: string, first: string) =>
    `Column “${column}” means the same as “${first}” and is not used.`,
  userDataRowFields: (count: string, expected: string) =>
    `${count} fields but the header has ${expected}; put values that contain the separator in quotes.`,
  userDataRowNotObject: 'Not a row: expected an object such as {"country": "KAZ", "year": 2020, "value": 1.5}.',
  userDataAreaMissing: 'No country or region code.',
  userDataAreaUnknown: (value: string) =>
    `Unknown country or region code “${value}” (use ISO alpha-3, alpha-2, M49 or ISO 3166-2, e.g. KAZ, KZ, 398, KZ-75).`,
  userDataAreaMismatch: (region: string, country: string) => `Region “${region}” is not in country “${country}”.`,
  userDataYearMissing: 'No year.',
  userDataYearInvalid: (value: string) => `“${value}” is not a year (write four digits, e.g. 2020).`,
  userDataValueMissing: 'No value; shown as missing.',
  userDataValueNotNumber: (value: string) => `“${value}” is not a number or a published flag (>95, <5, N).`,
  userDataValueSeparator: (value: string, decimal: string) =>
    `“${value}” is ambiguous: write numbers with “${decimal}” as the decimal mark and no thousands separator.`,
  userDataValueOutOfRange: (value: string) => `“${value}” is too large to be a number.`,
  userDataNatureInvalid: (value: string) => `Unknown nature “${value}” (use C, CA, E, M, G or N).`,
  userDataTextTooLong: (limit: string) => `Text longer than ${limit} characters.`,
  userDataTextControl: 'Text contains control characters.',
  userDataTypeInvalid: (value: string) => `“${value}” is not text or a number.`,
  userDataDuplicateLine: (line: string) => `Same area, series, year and breakdown as line ${line}; not used.`,
  userDataDuplicateItem: (item: string) => `Same area, series, year and breakdown as item ${item}; not used.`,
  userDataNoValidRows: 'No row could be used.',
  userDataInternal: 'The data could not be read.',
  userDataSummary: (accepted: string, rejected: string) => `${accepted} row(s) shown, ${rejected} rejected.`,
  // Charts: trend, bar, sparkline
  trendChartLabel: (title: string, from: string, to: string) => `Line chart: ${title}, ${from}–${to}`,
  trendSeriesSummary: (name: string, first: string, firstYear: string, last: string, lastYear: string) =>
    `${name}: ${first} in ${firstYear}, ${last} in ${lastYear}.`,
  trendSeriesSingle: (name: string, value: string, year: string) => `${name}: ${value} in ${year} only.`,
  chartKeyboardHint: 'Use the arrow keys to move between years and lines, Enter to select, Escape to clear.',
  estimatesDashed: 'Dashed lines and hollow dots: estimated or modelled values.',
  estimatesHatched: 'Hatched bars: estimated or modelled values.',
  flagsNotPlotted: 'Values published as a range (such as <2.5) are listed but not plotted.',
  logOmitted: (count: string) => `${count} value(s) of zero or below cannot be shown on a log scale.`,
  target2030: (value: string) => `2030 target: ${value}`,
  gapsNote: 'Lines are broken where years have no data.',
  barChartLabel: (title: string, year: string) => `Bar chart: ${title}, ${year}`,
  rankSummary: (year: string, order: string) => `Ranked by value in ${year}: ${order}.`,
  sparklineFell: (what: string, where: string, from: string, fromYear: string, to: string, toYear: string, unit: string) =>
    `${what} in ${where} fell from ${from} in ${fromYear} to ${to} in ${toYear}${unit ? ` ${unit}` : ''}`,
  sparklineRose: (what: string, where: string, from: string, fromYear: string, to: string, toYear: string, unit: string) =>
    `${what} in ${where} rose from ${from} in ${fromYear} to ${to} in ${toYear}${unit ? ` ${unit}` : ''}`,
  sparklineSame: (what: string, where: string, from: string, fromYear: string, to: string, toYear: string, unit: string) =>
    `${what} in ${where} was ${from} in ${fromYear} and ${to} in ${toYear}${unit ? ` ${unit}` : ''}`,
  sparklineSingle: (what: string, where: string, value: string, year: string, unit: string) =>
    `${what} in ${where} was ${value} in ${year}${unit ? ` ${unit}` : ''}`,
};

export type Translation = typeof en;
export default en;
