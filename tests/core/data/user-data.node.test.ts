import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  detectFormat,
  formatProblem,
  loadUserData,
  matchArea,
  parseUserData,
  PROBLEM_TERM_KEYS,
  type UserDataResult,
} from '../../../src/core/data/user-data.js';
import { clearFetchCache } from '../../../src/core/data/fetch-cache.js';
import { USER_DATA_EN as en } from '../../../src/core/data/user/messages.en.js';

const codes = (r: UserDataResult) => r.problems.map((p) => `${p.line}:${p.code}`);

describe('matchArea', () => {
  it.each([
    ['KAZ', 'KAZ'],
    ['kaz', 'KAZ'],
    [' KZ ', 'KAZ'],
    ['398', 'KAZ'],
    ['0398', 'KAZ'],
    ['4', 'AFG'],
    ['004', 'AFG'],
    ['AF', 'AFG'],
    ['143', 'CAS'],
    ['1', 'WLD'],
    ['432', 'LLDC'],
    ['RUS', 'RUS'],
    ['KZ-75', 'KZ-75'],
    ['KZ-ALA', 'KZ-75'],
    ['kz-ala', 'KZ-75'],
    ['KZALA', 'KZ-75'],
    ['KZ-AST', 'KZ-71'],
    ['KZ-YUZ', 'KZ-61'],
    ['KG-GB', 'KG-GB'],
    ['KG11', 'KG-GB'],
    ['UZ-TK', 'UZ-TK'],
    ['TJ-RA', 'TJ-RA'],
  ])('%s → %s', (raw, code) => {
    expect(matchArea(raw)?.code).toBe(code);
  });

  it('knows the country of a region', () => {
    expect(matchArea('KZ-10')).toEqual({ code: 'KZ-10', kind: 'region', country: 'KAZ' });
    expect(matchArea('AF-KAB')?.country).toBe('AFG');
  });

  it.each(['', 'Kazakhstan', 'XX', 'KZ-99', '999', 'KZONT', 'KZ 75', 'K AZ'])('rejects %j', (raw) => {
    expect(matchArea(raw)).toBeUndefined();
  });
});

describe('parseUserData: tidy CSV', () => {
  it('reads every code form, normalising countries to alpha-3 and regions to the current ISO 3166-2 code', () => {
    const r = parseUserData(
      'Country,Indicator,Year,Value\nkz,3.2.1,2015,10.5\n417,3.2.1,2015,20\n004,3.2.1,2015,30\nKZ-ALA,3.2.1,2015,40\nKG-GB,3.2.1,2015,50\n',
    );
    expect(r.rows.map((o) => o.area)).toEqual(['KAZ', 'KGZ', 'AFG', 'KZ-75', 'KG-GB']);
    expect(r.rows.map((o) => o.value)).toEqual([10.5, 20, 30, 40, 50]);
    expect(r.rows[0]).toEqual({ area: 'KAZ', indicator: '3.2.1', series: '3.2.1', year: 2015, value: 10.5 });
    expect([r.accepted, r.rejected, r.missing, r.format]).toEqual([5, 0, 0, 'csv-tidy']);
    expect(r.problems).toEqual([]);
    expect(r.error).toBeUndefined();
  });

  it('keeps series, unit, nature and breakdowns; header synonyms and case are accepted', () => {
    const r = parseUserData(
      'REF_AREA;Series Code;TIME_PERIOD;OBS_VALUE;Units;Nature;Gender;Age;Urbanisation\nUZB;SH_DYN_MORT;2020;14.1;PER_1000_LIVE_BIRTHS;e;FEMALE;<5Y;RURAL\n',
    );
    expect(r.rows).toEqual([
      {
        area: 'UZB',
        series: 'SH_DYN_MORT',
        year: 2020,
        value: 14.1,
        unit: 'PER_1000_LIVE_BIRTHS',
        nature: 'E',
        dims: { sex: 'FEMALE', age: '<5Y', location: 'RURAL' },
      },
    ]);
  });

  it('uses the series option when no series or indicator is given', () => {
    expect(parseUserData('area,year,value\nTJK,2001,1').rows[0].series).toBe('USER');
    expect(parseUserData('area,year,value\nTJK,2001,1', { series: 'MINE' }).rows[0].series).toBe('MINE');
  });

  it('detects ; and tab separators and strips a byte-order mark', () => {
    const semi = parseUserData('\uFEFFcountry;year;value\nKAZ;2015;1.5\n');
    const tab = parseUserData('country\tyear\tvalue\nKAZ\t2015\t1.5\n');
    expect(semi.rows).toEqual([{ area: 'KAZ', series: 'USER', year: 2015, value: 1.5 }]);
    expect(tab.rows).toEqual(semi.rows);
  });

  it('counts lines across CRLF, blank lines, comments and quoted values spanning lines', () => {
    const text = [
      '# source: test', // 1
      'country,note,year,value', // 2
      'KAZ,"a', // 3
      'b",2015,1', // 4 (same record)
      '', // 5
      'XXX,,2015,1', // 6
      'KGZ,"x\ny\nz",2015,2', // 7-9
      'FOO,,2015,1', // 10
    ].join('\r\n');
    const r = parseUserData(text);
    expect(r.rows.map((o) => o.area)).toEqual(['KAZ', 'KGZ']);
    expect(codes(r)).toEqual(['2:column-ignored', '6:area-unknown', '10:area-unknown']);
  });
});

describe('parseUserData: values', () => {
  const one = (v: string, options = {}) => parseUserData(`country;year;value\nKAZ;2015;${v}\n`, options);

  it.each([
    ['12.5', 12.5],
    [' 7 ', 7],
    ['-3', -3],
    ['−3', -3],
    ['+2', 2],
    ['.5', 0.5],
    ['1e3', 1000],
    ['0', 0],
    ['1234567.89', 1234567.89],
  ])('number %j → %s', (raw, value) => {
    expect(one(raw).rows[0].value).toBe(value);
  });

  it.each(['>95', '<5', '<2.5', 'N', '>= 90'])('flag %j is kept as published', (raw) => {
    expect(one(raw).rows[0].value).toBe(raw);
  });

  it.each(['', '..', 'NA', 'n/a', '-', '—', 'null', 'NaN'])('%j is missing: a warning, neither accepted nor rejected', (raw) => {
    const r = one(raw);
    expect([r.accepted, r.rejected, r.missing]).toEqual([0, 0, 1]);
    expect(r.problems[0]).toMatchObject({ code: 'value-missing', severity: 'warning', line: 2, column: 'value' });
  });

  it.each(['1,5', '1,234', '1 234', '1\u00A0234', '1.234,5', "1'234"])('%j is ambiguous and rejected, never guessed', (raw) => {
    const r = one(raw);
    expect(r.rows).toEqual([]);
    expect(r.problems[0]).toMatchObject({ code: 'value-separator', line: 2, column: 'value', value: raw });
  });

  it.each(['12%', 'abc', '=1+2', '1e999', '0x10', 'Infinity'])('%j is rejected', (raw) => {
    const r = one(raw);
    expect(r.rejected).toBe(1);
    expect(['value-not-number', 'value-out-of-range', 'value-separator']).toContain(r.problems[0].code);
  });

  it('reads a decimal comma only when told so, and still no thousands separators', () => {
    expect(one('1,5', { decimal: ',' }).rows[0].value).toBe(1.5);
    expect(one('<2,5', { decimal: ',' }).rows[0].value).toBe('<2,5');
    expect(one('1.5', { decimal: ',' }).problems[0].code).toBe('value-separator');
    expect(one('1.234,5', { decimal: ',' }).problems[0].code).toBe('value-separator');
  });

  it('reads the separator a page names (delimiter), instead of the one told from the header', () => {
    // As many commas as semicolons in the header (a tie): told from it, the file is comma-separated and no row fits.
    const text = 'country;year;value;source (UN, WHO, FAO, ILO)\nKAZ;2015;10,5;UN\nKGZ;2016;7;WHO\n';
    const guessed = parseUserData(text, { decimal: ',' });
    expect(guessed.accepted).toBe(0);
    const named = parseUserData(text, { decimal: ',', delimiter: ';' });
    expect(named.rows.map((r) => [r.area, r.year, r.value])).toEqual([
      ['KAZ', 2015, 10.5],
      ['KGZ', 2016, 7],
    ]);
    const tab = parseUserData('country\tyear\tvalue\nTJK\t2020\t3\n', { delimiter: '\t' });
    expect(tab.rows.map((r) => r.value)).toEqual([3]);
  });

  it('in a comma-separated file, a quoted "1,234" is one field (rejected as ambiguous); unquoted it splits the row', () => {
    const quoted = parseUserData('country,year,value\nKAZ,2015,"1,234"\n');
    expect(quoted.problems.map((p) => [p.code, p.value])).toEqual([['value-separator', '1,234']]);
    const unquoted = parseUserData('country,year,value\nKAZ,2015,1,234\n');
    expect(unquoted.problems.map((p) => [p.line, p.code, p.params])).toEqual([[2, 'row-fields', { count: 4, expected: 3 }]]);
    expect(unquoted.rejected).toBe(1);
  });

  it('ignores empty trailing fields', () => {
    expect(parseUserData('country,year,value\nKAZ,2015,3,,\n').rows).toHaveLength(1);
  });
});

describe('parseUserData: validation', () => {
  it('rejects bad years, natures, unknown and mismatched areas, with line and column', () => {
    const r = parseUserData(
      [
        'region,country,year,value,nature',
        'KZ-75,KAZ,2015,1,C', // ok
        'KZ-75,KGZ,2015,1,C', // mismatch
        'KZ-75,,15,1,C', // year
        'KZ-71,,2015,1,X', // nature
        ',,2015,1,', // area missing
        'KZ-71,,,2,', // year missing
      ].join('\n'),
    );
    expect(r.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, 'region', 'area-mismatch'],
      [4, 'year', 'year-invalid'],
      [5, 'nature', 'nature-invalid'],
      [6, 'region', 'area-missing'],
      [7, 'year', 'year-missing'],
    ]);
    expect([r.accepted, r.rejected]).toEqual([1, 5]);
  });

  it('reports every fault of a row, and counts the row once', () => {
    const r = parseUserData('country,year,value\nFOO,20x5,abc\n');
    expect(r.problems.map((p) => p.code)).toEqual(['area-unknown', 'year-invalid', 'value-not-number']);
    expect(r.rejected).toBe(1);
  });

  it('rejects a repeated observation, naming the first line', () => {
    const r = parseUserData('country,year,value,sex\nKAZ,2015,1,MALE\nKAZ,2015,2,FEMALE\nkz,2015,3,MALE\n');
    expect(r.rows.map((o) => o.value)).toEqual([1, 2]);
    expect(r.problems).toMatchObject([{ line: 4, code: 'duplicate', params: { first: 2 } }]);
    expect(r.problems[0].message).toBe('Line 4, column “value”: Same area, series, year and breakdown as line 2; not used.');
  });

  it('warns about columns it does not use, once', () => {
    const r = parseUserData('country,year,value,note\nKAZ,2015,1,x\nKAZ,2016,1,y\n');
    expect(r.problems.map((p) => [p.line, p.code, p.severity, p.column])).toEqual([[1, 'column-ignored', 'warning', 'note']]);
    expect(r.accepted).toBe(2);
  });

  it('fails as a whole when a required column is missing, the text is empty or not data', () => {
    expect(parseUserData('country,year\nKAZ,2015').error).toMatchObject({ kind: 'parse', code: 'column-missing' });
    expect(parseUserData('').error?.code).toBe('parse-empty');
    expect(parseUserData('   \n\n').error?.code).toBe('parse-empty');
    expect(parseUserData('{"rows": 3}').error?.code).toBe('parse-shape');
    expect(parseUserData('[1, 2').error?.code).toBe('parse-json');
    expect(parseUserData('country,year,value\nXXX,2015,1').error).toMatchObject({ kind: 'validation', code: 'no-valid-rows' });
  });
});

describe('parseUserData: hostile text is data', () => {
  it('keeps HTML and formula-like text as plain text in text fields', () => {
    const r = parseUserData([
      { country: 'KAZ', year: 2015, value: 1, indicator: '<img src=x onerror=alert(1)>', unit: '=cmd|" /C calc"!A0' },
    ]);
    expect(r.rows[0].indicator).toBe('<img src=x onerror=alert(1)>');
    expect(r.rows[0].unit).toBe('=cmd|" /C calc"!A0');
  });

  it('rejects a formula as a value and <script> as a code', () => {
    const r = parseUserData('country,year,value\n<script>alert(1)</script>,2015,=1+2\n');
    expect(r.problems.map((p) => [p.code, p.value])).toEqual([
      ['area-unknown', '<script>alert(1)</script>'],
      ['value-not-number', '=1+2'],
    ]);
  });

  it('rejects NUL and other control characters, and text over 500 characters, and shortens what it shows', () => {
    const r = parseUserData([
      { country: 'KAZ', year: 2015, value: 1, unit: 'a\u0000b' },
      { country: 'KAZ', year: 2016, value: 1, unit: 'x'.repeat(501) },
      { country: 'y'.repeat(10000), year: 2017, value: 1 },
    ]);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'text-control'],
      [2, 'text-too-long'],
      [3, 'text-too-long'],
    ]);
    expect(r.problems[0].value).toBe('a\uFFFDb');
    expect(r.problems[2].value!.length).toBe(120);
  });

  it('shortens a huge column name in the problem and its message', () => {
    const r = parseUserData(`country,year,value,${'h'.repeat(5000)}\nKAZ,2015,1,x\n`);
    expect(r.problems[0].code).toBe('column-ignored');
    expect(r.problems[0].column!.length).toBe(120);
    expect(r.problems[0].message.length).toBeLessThan(300);
  });

  it('stops at the record limit and says so', () => {
    const text = 'country,year,value\n' + Array.from({ length: 30 }, (_, i) => `KAZ,${1990 + i},${i}`).join('\n');
    const r = parseUserData(text, { maxRecords: 10 });
    expect(r.accepted).toBe(10);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([[12, 'too-many-rows']]);
    expect(parseUserData('a'.repeat(50), { maxChars: 10 }).error?.code).toBe('parse-too-large');
  });

  it('survives a throwing getter in .data', () => {
    const evil = Object.defineProperty({ country: 'KAZ', year: 2015 }, 'value', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = parseUserData([{ country: 'KGZ', year: 2015, value: 2 }, evil]);
    expect(r.rows).toHaveLength(1);
    expect(r.problems.map((p) => p.code)).toEqual(['internal']);
  });
});

describe('parseUserData: wide CSV', () => {
  it('pivots year columns to observations; empty cells are missing, not problems', () => {
    const r = parseUserData('country,indicator,2015,2016,2017\nKAZ,1.1.1,1.5,,2\nKGZ,1.1.1,<5,3,\n');
    expect(r.format).toBe('csv-wide');
    expect(r.rows.map((o) => [o.area, o.year, o.value])).toEqual([
      ['KAZ', 2015, 1.5],
      ['KAZ', 2017, 2],
      ['KGZ', 2015, '<5'],
      ['KGZ', 2016, 3],
    ]);
    expect([r.accepted, r.rejected, r.missing]).toEqual([4, 0, 2]);
    expect(r.problems).toEqual([]);
  });

  it('says what is wrong with a row once, and with a cell at its year column', () => {
    const r = parseUserData('country,2015,2016\nFOO,1,2\nKAZ,x,3\n');
    expect(r.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'country', 'area-unknown'],
      [3, '2015', 'value-not-number'],
    ]);
    expect([r.accepted, r.rejected]).toEqual([1, 3]);
  });
});

describe('parseUserData: JSON and arrays', () => {
  const rows = [
    { Country: 'KAZ', Year: 2015, Value: 1.25 },
    { country: 'KG', year: '2016', value: '2' },
  ];
  const expected = [
    { area: 'KAZ', series: 'USER', year: 2015, value: 1.25 },
    { area: 'KGZ', series: 'USER', year: 2016, value: 2 },
  ];

  it('reads an array of rows, {rows}, {data}, JSON text and a matrix alike', () => {
    expect(parseUserData(rows).rows).toEqual(expected);
    expect(parseUserData({ rows }).rows).toEqual(expected);
    expect(parseUserData({ data: rows }).rows).toEqual(expected);
    expect(parseUserData(JSON.stringify(rows)).rows).toEqual(expected);
    expect(parseUserData(JSON.stringify({ rows })).format).toBe('json-rows');
    expect(parseUserData([['country', 'year', 'value'], ['KAZ', 2015, 1.25], ['KG', '2016', '2']]).rows).toEqual(expected);
  });

  it('locates problems by item number', () => {
    const r = parseUserData([...rows, 'x', { country: 'KAZ', year: 2017, value: true }]);
    expect(r.problems.map((p) => [p.line, p.location, p.code])).toEqual([
      [3, 'item', 'row-not-object'],
      [4, 'item', 'type-invalid'],
    ]);
    expect(formatProblem(r.problems[1])).toBe('Item 4, field “value”: “true” is not text or a number.');
  });

  it('reads the library’s own columnar series file', () => {
    const file = {
      series: 'SH_DYN_MORT',
      unit: 'PER_1000_LIVE_BIRTHS',
      area: ['KAZ', 'KAZ', 'NOPE'],
      year: [2015, 2015, 2015],
      value: [12.1, 11.9, 3],
      nature: ['E', 'E', ''],
      dims: { sex: { codes: ['MALE', 'FEMALE'], index: [0, 1, 0] }, type_of_product: { codes: ['X'], index: [0, 0, 0] } },
    };
    const r = parseUserData(file);
    expect(r.format).toBe('json-series');
    expect(r.rows).toEqual([
      { area: 'KAZ', series: 'SH_DYN_MORT', year: 2015, value: 12.1, unit: 'PER_1000_LIVE_BIRTHS', nature: 'E', dims: { sex: 'MALE', type_of_product: 'X' } },
      { area: 'KAZ', series: 'SH_DYN_MORT', year: 2015, value: 11.9, unit: 'PER_1000_LIVE_BIRTHS', nature: 'E', dims: { sex: 'FEMALE', type_of_product: 'X' } },
    ]);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([[3, 'area-unknown']]);
  });
});

describe('messages', () => {
  it('has an English string for every key a problem uses', () => {
    const missing = PROBLEM_TERM_KEYS.filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('formats with a translation function', () => {
    const r = parseUserData('country,year,value\nKAZ,2015,abc\n');
    const term = (key: string, ...args: string[]) => `${key}(${args.join('|')})`;
    expect(formatProblem(r.problems[0], term)).toBe('userDataAtLineColumn(2|value): userDataValueNotNumber(abc)');
  });
});

describe('detectFormat', () => {
  it('prefers the content type, then the extension, then the first character', () => {
    expect(detectFormat('a.csv', 'application/json', '')).toBe('json');
    expect(detectFormat('a.json', 'text/csv', '')).toBe('csv');
    expect(detectFormat('a.JSON?x=1', null, 'country')).toBe('json');
    expect(detectFormat('a.tsv', null, '[')).toBe('csv');
    expect(detectFormat('data', null, ' [{}]')).toBe('json');
    expect(detectFormat('data', null, 'country,year')).toBe('csv');
  });
});

describe('loadUserData', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearFetchCache();
  });
  const serve = (body: string, init: ResponseInit = {}) =>
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));

  it('loads and reads CSV and JSON', async () => {
    serve('country,year,value\nKAZ,2015,1\n');
    expect((await loadUserData('https://example.org/a.csv')).rows).toEqual([{ area: 'KAZ', series: 'USER', year: 2015, value: 1 }]);
    serve('[{"country":"KGZ","year":2015,"value":2}]');
    expect((await loadUserData('https://example.org/b.json')).rows[0].area).toBe('KGZ');
  });

  it('maps an HTTP error, a network error and an HTML page to fetch errors', async () => {
    serve('not here', { status: 404 });
    const notFound = await loadUserData('https://example.org/missing.csv');
    expect(notFound.error).toEqual({ kind: 'fetch', code: 'fetch-http', message: 'Could not load https://example.org/missing.csv (HTTP 404).' });
    clearFetchCache();
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect((await loadUserData('https://example.org/x.csv')).error?.code).toBe('fetch-network');
    clearFetchCache();
    serve('<!DOCTYPE html><html><body>Sign in</body></html>', { headers: { 'content-type': 'text/html' } });
    expect((await loadUserData('https://example.org/y.csv')).error?.code).toBe('fetch-html');
  });

  it('maps a timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))),
    );
    const r = await loadUserData('https://example.org/slow.csv', undefined, { timeoutMs: 5 });
    expect(r.error?.code).toBe('fetch-timeout');
    expect(r.problems[0]).toMatchObject({ kind: 'fetch', line: 0, params: { url: 'https://example.org/slow.csv' } });
  });

  it('rejects only when aborted', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise(() => {})));
    const ac = new AbortController();
    const p = loadUserData('https://example.org/z.csv', ac.signal);
    ac.abort();
    await expect(p).rejects.toBeDefined();
  });
});
