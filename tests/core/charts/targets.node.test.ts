import { describe, expect, it } from 'vitest';
import { targetFrom } from '../../../src/core/charts/targets.js';

const table = {
  version: 1,
  source: '',
  rows: [
    { indicator: '3.2.1', series: 'SH_DYN_MORT', kind: 'absolute', comparator: '<=', value: 25 },
    { indicator: '3.3.2', series: 'SH_TBS_INCD', kind: 'reduction', reduction: 0.8, baseYear: 2015 },
    { indicator: '3.3.1', series: 'SH_HIV_INCD', noNumericTarget: true },
    { indicator: '1.1.1', series: 'SI_POV_DAY1', kind: 'absolute', comparator: '=0', value: 0 },
  ],
};

describe('targetFrom', () => {
  it('reads an absolute target by series', () => {
    expect(targetFrom(table, 'SH_DYN_MORT')).toBe(25);
    expect(targetFrom(table, 'SI_POV_DAY1')).toBe(0);
  });
  it('draws nothing for reduction targets, rows without a number, unknown series or a missing table', () => {
    expect(targetFrom(table, 'SH_TBS_INCD')).toBeNull();
    expect(targetFrom(table, 'SH_HIV_INCD')).toBeNull();
    expect(targetFrom(table, 'NOPE')).toBeNull();
    expect(targetFrom(null, 'SH_DYN_MORT')).toBeNull();
    expect(targetFrom({ rows: 'x' }, 'SH_DYN_MORT')).toBeNull();
  });
});
