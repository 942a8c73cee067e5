import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../src/core/charts/segments.js';

const p = (year: number, value: number | null, estimate = false) => ({ year, value, estimate });

describe('segmentsOf', () => {
  it('joins consecutive years only and turns a lone year into a dot', () => {
    // 2000-2002 joined, 2004 alone (2003 missing), 2006-2007 joined.
    const s = segmentsOf([p(2000, 1), p(2001, 2), p(2002, 3), p(2004, 5), p(2006, 7), p(2007, 8)]);
    expect(s.lines.map((l) => l.points.map((q) => q.year))).toEqual([
      [2000, 2001, 2002],
      [2006, 2007],
    ]);
    expect(s.dots.map((d) => d.year)).toEqual([2004]);
  });

  it('breaks the line at a flag (null value) instead of joining across it', () => {
    const s = segmentsOf([p(2010, 3.1), p(2011, null), p(2012, 2.9), p(2013, 2.7)]);
    expect(s.lines.map((l) => l.points.map((q) => q.year))).toEqual([[2012, 2013]]);
    expect(s.dots.map((d) => d.year)).toEqual([2010]);
  });

  it('sorts its input', () => {
    const s = segmentsOf([p(2002, 3), p(2000, 1), p(2001, 2)]);
    expect(s.lines[0].points.map((q) => q.year)).toEqual([2000, 2001, 2002]);
  });

  it('marks every step that touches an estimate', () => {
    // steps: 00-01 obs, 01-02 est (02 is E), 02-03 est, 03-04 obs
    const s = segmentsOf([p(2000, 1), p(2001, 2), p(2002, 3, true), p(2003, 4), p(2004, 5)]);
    expect(s.lines.map((l) => [l.estimate, l.points.map((q) => q.year)])).toEqual([
      [false, [2000, 2001]],
      [true, [2001, 2002, 2003]],
      [false, [2003, 2004]],
    ]);
  });

  it('returns nothing for no values', () => {
    expect(segmentsOf([p(2000, null)])).toEqual({ lines: [], dots: [] });
  });
});
