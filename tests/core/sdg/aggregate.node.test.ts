import { describe, expect, it } from 'vitest';
import { assessGoal } from '../../../src/core/sdg/aggregate.js';
import type { IndicatorAssessment, Status, Trend } from '../../../src/core/sdg/types.js';

/** An indicator with a score (a target) or without (score null: no numeric target). */
const ind = (code: string, score: number | null, trend: Trend = 'insufficient', old = false): IndicatorAssessment => {
  const status: Status =
    score === null
      ? 'no-target'
      : score === 100
        ? 'achieved'
        : score >= 90
          ? 'close'
          : score >= 50
            ? 'far'
            : 'very-far';
  return {
    indicator: code,
    series: 'S',
    area: 'KAZ',
    status,
    trend,
    score,
    old,
    targetValue: score === null ? null : 1,
  } as IndicatorAssessment;
};

describe('assessGoal: status driven by the two lowest scores', () => {
  it('100 (met), 95, 40: mean of 40 and 95 = 67.5 → far; good indicators cannot hide the bad one', () => {
    const g = assessGoal(2, 'UZB', [ind('a', 100), ind('b', 95), ind('c', 40)]);
    expect(g.statusScore).toBe(67.5);
    expect(g.status).toBe('far');
    expect(g.drivers).toEqual(['c', 'b']);
    expect(g.thin).toBe(false);
  });
  it('met only when every indicator is met: 100, 100 → achieved; 100, 100, 95 → mean 97.5 → close', () => {
    expect(assessGoal(1, 'KAZ', [ind('a', 100), ind('b', 100)]).status).toBe('achieved');
    const g = assessGoal(1, 'KAZ', [ind('a', 100), ind('b', 100), ind('c', 95)]);
    expect([g.status, g.statusScore]).toEqual(['close', 97.5]);
  });
  it('no goal is rated better than its weakest indicators allow (worst two 0 and 100 → 50, far, not close)', () => {
    expect(assessGoal(16, 'UZB', [ind('a', 100), ind('b', 0)]).status).toBe('far');
    expect(assessGoal(16, 'UZB', [ind('a', 100), ind('b', 100), ind('c', 0)]).status).toBe('far');
  });
  it('a single indicator: its status, marked thin', () => {
    const g = assessGoal(13, 'KGZ', [ind('a', 80), ind('b', null)]);
    expect([g.status, g.statusScore, g.thin, g.statusCount]).toEqual(['far', 80, true, 1]);
  });
  it('targets without data: not enough data; no numeric target at all: no target', () => {
    const none = { ...ind('a', null), status: 'insufficient' as Status };
    expect(assessGoal(1, 'KAZ', [none]).status).toBe('insufficient');
    expect(assessGoal(1, 'KAZ', [ind('a', null)]).status).toBe('no-target');
  });
  it('goal 14 for a landlocked country: not applicable, whatever its data', () => {
    const g = assessGoal(14, 'KAZ', [ind('a', 50)]);
    expect([g.status, g.statusCount, g.thin]).toEqual(['not-applicable', 0, false]);
  });
  it('old: only when a driver is old', () => {
    expect(assessGoal(3, 'KAZ', [ind('a', 10, 'insufficient', true), ind('b', 20), ind('c', 90)]).old).toBe(true);
    expect(assessGoal(3, 'KAZ', [ind('a', 10), ind('b', 20), ind('c', 90, 'insufficient', true)]).old).toBe(false);
  });
});

describe('assessGoal: trend = lower median of the trends of indicators with a target', () => {
  it('on track + worsening → worsening (the lower of the two middle values)', () => {
    expect(assessGoal(1, 'KAZ', [ind('a', 50, 'on-track'), ind('b', 60, 'worsening')]).trend).toBe('worsening');
  });
  it('maintaining counts as on track: maintaining, moderate, stagnating → moderate', () => {
    const g = assessGoal(1, 'KAZ', [
      ind('a', 100, 'maintaining'),
      ind('b', 60, 'moderate'),
      ind('c', 60, 'stagnating'),
    ]);
    expect(g.trend).toBe('moderate');
  });
  it('trends of indicators without a target are kept apart: on track + 3 × improving (no target) → on track, 1 trend', () => {
    const g = assessGoal(9, 'KAZ', [
      ind('a', 50, 'on-track'),
      ind('b', null, 'worsening'),
      ind('c', null, 'worsening'),
      ind('d', null, 'worsening'),
    ]);
    expect([g.trend, g.trendCount]).toEqual(['on-track', 1]);
  });
  it('no trends: not enough data', () => {
    expect(assessGoal(1, 'KAZ', [ind('a', 50)]).trend).toBe('insufficient');
  });
});
