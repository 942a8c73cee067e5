/**
 * English wording of the problems found in a user's own data (codes in ./messages.ts). It lives in core so that a
 * problem carries its English message without core importing the UI strings; `src/i18n/translations/en.ts` spreads
 * it into the English table, and every other locale translates the same `userData*` keys.
 */
export const USER_DATA_EN = {
  // Where a problem is, then what it is.
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
};
