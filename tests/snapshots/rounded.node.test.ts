import { describe, expect, it } from 'vitest';
import { round, rounded, roundNumbersIn, snapshotJson } from './rounded.js';

describe('rounded (snapshot text)', () => {
  it('rounds numbers to 3 decimals and writes -0 as 0', () => {
    expect(round(1.23456)).toBe(1.235);
    expect(round(-0.0001)).toBe(0);
    expect(Object.is(round(-0.0001), -0)).toBe(false);
  });

  it('rounds numbers inside path data but not in other text', () => {
    expect(roundNumbersIn('M12.34567,-0.0004L1e-7,3.5Z')).toBe('M12.346,0L0,3.5Z');
    expect(rounded({ d: 'M0.12345,1', label: 'Kazakhstan: 36.123456' })).toEqual({
      d: 'M0.123,1',
      label: 'Kazakhstan: 36.123456',
    });
  });

  it('turns Maps and Sets into arrays and leaves functions out', () => {
    expect(rounded({ m: new Map([[2000, 1.00001]]), s: new Set(['a']), f: () => 1 })).toEqual({
      m: [[2000, 1]],
      s: ['a'],
    });
  });

  it('keeps short arrays of plain values on one line', () => {
    expect(snapshotJson({ years: [2000, 2021] })).toBe('{\n  "years": [2000, 2021]\n}\n');
  });
});

describe('snapshotJson rows', () => {
  it('writes the items of a row key one per line', () => {
    const text = snapshotJson(
      {
        cells: [
          { a: 1.23456, b: 'x' },
          { a: 2, b: 'y' },
        ],
      },
      ['cells'],
    );
    expect(text).toBe('{\n  "cells": [\n    {"a":1.235,"b":"x"},\n    {"a":2,"b":"y"}\n  ]\n}\n');
  });
});
