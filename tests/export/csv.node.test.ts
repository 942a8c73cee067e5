import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { rowsToCsv, safeCell } from '../../src/internal/export/csv.js';

describe('safeCell', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    for (const t of ['=1+2', '+7 701 000', '-x', '@SUM(A1)', '\tcmd', '\rcmd']) expect(safeCell(t)).toBe(`'${t}`);
  });
  it('leaves numbers, plain-number text and flags alone', () => {
    expect(safeCell(-3.5)).toBe(-3.5);
    expect(safeCell('-3.5')).toBe('-3.5');
    expect(safeCell('+2')).toBe('+2');
    expect(safeCell('1e-3')).toBe('1e-3');
    expect(safeCell('<2.5')).toBe('<2.5');
    expect(safeCell('>95')).toBe('>95');
    expect(safeCell('Қазақстан')).toBe('Қазақстан');
  });
  it('writes missing values as empty cells', () => {
    expect(safeCell(null)).toBe('');
    expect(safeCell(undefined)).toBe('');
    expect(safeCell(Number.NaN)).toBe('');
  });
});

describe('rowsToCsv', () => {
  it('has a header row and quotes separators, quotes and line breaks', () => {
    const csv = rowsToCsv([
      { country: 'KAZ', value: 10.2, note: 'a, "b"' },
      { country: 'AFG', value: '<2.5', note: 'two\nlines' },
    ]);
    expect(csv.split('\n')[0]).toBe('country,value,note');
    expect(csvParseRows(csv)).toEqual([
      ['country', 'value', 'note'],
      ['KAZ', '10.2', 'a, "b"'],
      ['AFG', '<2.5', 'two\nlines'],
    ]);
  });
  it('keeps the given column order and fills absent cells with nothing', () => {
    expect(rowsToCsv([{ b: 1 }, { a: 2 }], ['a', 'b'])).toBe('a,b\n,1\n2,');
  });
  it('neutralises formula-like header names too', () => {
    expect(rowsToCsv([{ '=x': 1 }]).split('\n')[0]).toBe("'=x");
  });
});
