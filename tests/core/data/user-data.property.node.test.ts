import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUserData, type UserDataResult } from '../../../src/core/data/user-data.js';

/**
 * Properties of the user-data parser: it never throws, its counts add up, and valid rows hidden among noise come out
 * exactly as written (same value, canonical area), while each noise row is reported at its own line.
 */

const runs = { numRuns: 300 };

/** Codes with their canonical form, written out by hand from ISO 3166 / M49 and the crosswalk. */
const AREAS: Array<[string, string]> = [
  ['KAZ', 'KAZ'],
  ['kz', 'KAZ'],
  ['398', 'KAZ'],
  ['0417', 'KGZ'],
  ['TJ', 'TJK'],
  ['795', 'TKM'],
  ['uzb', 'UZB'],
  ['004', 'AFG'],
  ['WLD', 'WLD'],
  ['143', 'CAS'],
  ['KZ-75', 'KZ-75'],
  ['KZ-ALA', 'KZ-75'],
  ['KZ-AST', 'KZ-71'],
  ['kg-gb', 'KG-GB'],
  ['KG11', 'KG-GB'],
  ['UZ-TK', 'UZ-TK'],
  ['AF-KAB', 'AF-KAB'],
];

function invariants(r: UserDataResult) {
  expect(r.accepted).toBe(r.rows.length);
  expect(r.accepted).toBeGreaterThanOrEqual(0);
  expect(r.rejected).toBeGreaterThanOrEqual(0);
  expect(r.missing).toBeGreaterThanOrEqual(0);
  if (r.rejected > 0) expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
  if (r.accepted === 0) expect(r.error).toBeDefined();
  for (const p of r.problems) {
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.value === null || p.value.length <= 120).toBe(true);
  }
  for (const o of r.rows) {
    expect(typeof o.area).toBe('string');
    expect(Number.isInteger(o.year)).toBe(true);
    expect(typeof o.value === 'string' || Number.isFinite(o.value)).toBe(true);
  }
}

describe('parseUserData never throws', () => {
  it('for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => invariants(parseUserData(s))),
      runs,
    );
  });

  it('for any string after a valid header', () => {
    fc.assert(
      fc.property(fc.constantFrom('country,year,value\n', 'region;indicator;2015;2016\n', 'area\tyear\tvalue\n'), fc.string({ unit: 'grapheme', maxLength: 400 }), (h, s) =>
        invariants(parseUserData(h + s)),
      ),
      runs,
    );
  });

  it('for any JSON value, as text and as .data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        invariants(parseUserData(v));
        invariants(parseUserData(JSON.stringify(v) ?? ''));
      }),
      runs,
    );
  });

  it('for anything at all, and arrays of anything', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withDate: true, withNullPrototype: true }), (v) => {
        invariants(parseUserData(v));
        invariants(parseUserData([v]));
        invariants(parseUserData({ rows: [v, { country: v, year: v, value: v }] }));
      }),
      runs,
    );
  });

  it('for series-file-like objects with arbitrary columns', () => {
    const col = fc.array(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null)), { maxLength: 8 });
    fc.assert(
      fc.property(col, col, col, col, fc.anything(), (area, year, value, nature, dims) => {
        invariants(parseUserData({ series: 'S', unit: 'U', area, year, value, nature, dims }));
      }),
      runs,
    );
  });
});

describe('parseUserData on CSV-like matrices', () => {
  const cell = fc.oneof(
    fc.constantFrom(...AREAS.map((a) => a[0]), '2015', '1999', '12.5', '<5', 'N', '', '1,5', '#x', ' ', 'abc', '=1+2'),
    fc.string({ maxLength: 12 }),
  );
  const header = fc.shuffledSubarray(['country', 'region', 'indicator', 'year', 'value', 'unit', 'sex', 'nature', 'note', '2015', '2016'], {
    minLength: 1,
  });

  it('counts add up: every data row is accepted, rejected or missing; one line with errors per rejected row', () => {
    fc.assert(
      fc.property(header, fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }), (head, body) => {
        const r = parseUserData([head, ...body]);
        invariants(r);
        if (r.format !== 'table' || r.error?.kind === 'parse') return;
        const wide = !head.includes('value') && !head.includes('year') && (head.includes('2015') || head.includes('2016'));
        const dataRows = body.filter(
          (row) => !row.every((c) => c.trim() === '') && !(typeof row[0] === 'string' && row[0].trimStart().startsWith('#')),
        );
        const perRow = wide ? head.filter((h) => h === '2015' || h === '2016').length : 1;
        expect(r.accepted + r.rejected + r.missing).toBe(dataRows.length * perRow);
        if (!wide) {
          const errorLines = new Set(r.problems.filter((p) => p.severity === 'error' && p.line > 1).map((p) => p.line));
          expect(errorLines.size).toBe(r.rejected);
        }
      }),
      runs,
    );
  });
});

// ---- valid rows among noise ----

interface Valid {
  code: string;
  area: string;
  year: number;
  value: number | string;
  written: string;
}

const flag = fc.constantFrom('>95', '<5', '<2.5', 'N', '>=90');
const valid = fc
  .record({
    a: fc.constantFrom(...AREAS),
    year: fc.integer({ min: 1800, max: 2100 }),
    v: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e6, max: 1e6 }), flag),
    pad: fc.constantFrom('', ' '),
  })
  .map(({ a, year, v, pad }): Valid => {
    const written = typeof v === 'number' ? String(v) : v;
    return { code: a[0], area: a[1], year, value: typeof v === 'number' ? Number(written) : v, written: pad + written + pad };
  });

/** Rows that must be rejected, each for a reason of its own. */
const noise = fc.oneof(
  fc.record({ kind: fc.constant('area'), text: fc.string({ maxLength: 8 }).map((s) => `ZZ${s.replace(/[#\s]/g, '')}Q`) }),
  fc.record({ kind: fc.constant('value'), text: fc.constantFrom('abc', '1,5', '12%', '=SUM(A1)', '<b>1</b>', '1 000', 'x\ny') }),
  fc.record({ kind: fc.constant('year'), text: fc.constantFrom('15', '20015', 'year', '2015.5', '1700') }),
);

describe('valid rows among noise come out unchanged', () => {
  it('CSV text with any separator, line ending, quoting, comments and blank lines', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(valid, { selector: (v) => `${v.area} ${v.year}`, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), noise, fc.constantFrom('', 'note', 'multi\nline\nnote')), { maxLength: 10 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (goods, bads, delimiter, eol, extras) => {
          type Out = { cells: string[]; bad: boolean };
          const rows: Out[] = goods.map((g) => ({ cells: [g.code, String(g.year), g.written, 'ok'], bad: false }));
          for (const [at, n, note] of bads) {
            const cells = ['KAZ', '2000', '1', note];
            if (n.kind === 'area') cells[0] = n.text;
            if (n.kind === 'value') cells[2] = n.text;
            if (n.kind === 'year') cells[1] = n.text;
            rows.splice(at % (rows.length + 1), 0, { cells, bad: true });
          }
          const fmt = dsvFormat(delimiter);
          const lines: string[] = [];
          let line = 1;
          const badLines: number[] = [];
          if (extras) {
            lines.push('# a comment, with separators; and\ttabs');
            line++;
          }
          lines.push(fmt.formatRows([['Country', 'year', 'VALUE', 'note']]));
          line++;
          for (const r of rows) {
            if (extras && r.bad) {
              lines.push('');
              line++;
            }
            const text = fmt.formatRows([r.cells]);
            lines.push(text);
            if (r.bad) badLines.push(line);
            line += 1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0);
          }
          const csv = lines.join(eol).replace(/\r?\n/g, eol) + (extras ? eol : '');
          const result = parseUserData(csv);
          expect(result.rows).toEqual(goods.map((g) => ({ area: g.area, series: 'USER', year: g.year, value: g.value })));
          expect(result.accepted).toBe(goods.length);
          expect(result.rejected).toBe(bads.length);
          const errorLines = [...new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.line))];
          if (goods.length) expect(errorLines).toEqual(badLines);
        },
      ),
      runs,
    );
  });

  it('.data rows keep their number exactly, -0 and subnormals included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.constantFrom(...AREAS), fc.integer({ min: 1800, max: 2100 }), fc.double({ noNaN: true, noDefaultInfinity: true })), { selector: (t) => `${t[0][1]} ${t[1]}`, maxLength: 20 }), (items) => {
        const r = parseUserData(items.map(([a, year, value]) => ({ country: a[0], year, value })));
        expect(r.rows.length).toBe(items.length);
        r.rows.forEach((o, i) => {
          expect(Object.is(o.value, items[i][2])).toBe(true);
          expect(o.area).toBe(items[i][0][1]);
        });
      }),
      runs,
    );
  });

  it('with a decimal comma, a value written with "," reads as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const written = String(v).replace('.', ',');
        const r = parseUserData(`country;year;value\nKAZ;2015;${written}\n`, { decimal: ',' });
        expect(r.rows[0]?.value).toBe(Number(String(v)));
      }),
      runs,
    );
  });
});
