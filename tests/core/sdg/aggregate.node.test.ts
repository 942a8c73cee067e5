import { describe, expect, it } from 'vitest';
import { assessGoal } from '../../../src/core/sdg/aggregate.js';
import type { IndicatorAssessment, Status, Trend } from '../../../src/core/sdg/types.js';

const ind = (status: Status, trend: Trend, code = 'x'): IndicatorAssessment =>
  ({ indicator: code, series: 'S', area: 'KAZ', status, trend }) as IndicatorAssessment;

describe('assessGoal: status = mean of scores (very far 1 … achieved 4), ties to the worse level', () => {
  it('achieved + far = 3 → close', () => {
    expect(assessGoal(1, 'KAZ', [ind('achieved', 'on-track'), ind('far', 'stagnating')]).status).toBe('close');
  });
  it('achieved + close = 3.5 → close (tie goes to the worse level)', () => {
    const g = assessGoal(1, 'KAZ', [ind('achieved', 'on-track'), ind('close', 'moderate')]);
    expect(g.statusScore).toBe(3.5);
    expect(g.status).toBe('close');
  });
  it('close + far + very far = 2 → far; 2 × achieved + very far = 3 → close', () => {
    expect(assessGoal(1, 'KAZ', [ind('close', 'x' as Trend), ind('far', 'x' as Trend), ind('very-far', 'x' as Trend)]).status).toBe('far');
    expect(assessGoal(1, 'KAZ', [ind('achieved', 'on-track'), ind('achieved', 'on-track'), ind('very-far', 'worsening')]).status).toBe('close');
  });
  it('3.2 → close; 3.6 → achieved; 1.4 → very far', () => {
    // KAZ goal 3 by hand: 4 + 4 + 4 + 1 + 3 = 16 / 5 = 3.2
    const g = assessGoal(3, 'KAZ', ['achieved', 'achieved', 'achieved', 'very-far', 'close'].map((s) => ind(s as Status, 'on-track')));
    expect(g.statusScore).toBeCloseTo(3.2, 10);
    expect(g.status).toBe('close');
    expect(assessGoal(3, 'KAZ', ['achieved', 'achieved', 'achieved', 'close', 'close'].map((s) => ind(s as Status, 'on-track'))).status).toBe('achieved');
    expect(assessGoal(3, 'KAZ', ['very-far', 'very-far', 'far', 'very-far', 'far'].map((s) => ind(s as Status, 'on-track'))).status).toBe('very-far');
  });
  it('indicators without a status are left out and counted', () => {
    const g = assessGoal(6, 'TKM', [ind('far', 'insufficient'), ind('insufficient', 'insufficient'), ind('no-target', 'improving')]);
    expect(g.status).toBe('far');
    expect(g.statusCount).toBe(1);
    expect(g.statusTally).toEqual({ far: 1, insufficient: 1, 'no-target': 1 });
  });
  it('a goal whose targeted indicators lack data: not enough data; a goal with no numeric target: no target', () => {
    expect(assessGoal(1, 'TKM', [ind('insufficient', 'insufficient'), ind('no-target', 'stagnating')]).status).toBe('insufficient');
    expect(assessGoal(9, 'TKM', [ind('no-target', 'stagnating'), ind('no-target', 'improving')]).status).toBe('no-target');
  });
});

describe('assessGoal: trend = lower median of trend scores', () => {
  it('on track + worsening → worsening (the lower of the two middle values)', () => {
    expect(assessGoal(1, 'KAZ', [ind('achieved', 'on-track'), ind('far', 'worsening')]).trend).toBe('worsening');
  });
  it('on track, moderately improving, stagnating → moderately improving', () => {
    expect(assessGoal(1, 'KAZ', [ind('close', 'on-track'), ind('close', 'moderate'), ind('far', 'stagnating')]).trend).toBe('moderate');
  });
  it('KAZ goal 3 by hand: 2 worsening, 5 stagnating, 4 improving, 4 on track (15) → the 8th is improving', () => {
    const trends: Trend[] = [
      ...Array(4).fill('on-track'),
      ...Array(5).fill('stagnating'),
      ...Array(2).fill('worsening'),
      ...Array(4).fill('improving'),
    ];
    const g = assessGoal(3, 'KAZ', [...trends.map((t) => ind('no-target', t)), ind('no-target', 'insufficient')]);
    expect(g.trend).toBe('improving');
    expect(g.trendCount).toBe(15);
    expect(g.trendTally).toEqual({ 'on-track': 4, stagnating: 5, worsening: 2, improving: 4, insufficient: 1 });
  });
  it('no trends: not enough data', () => {
    expect(assessGoal(14, 'KAZ', [ind('no-target', 'insufficient')]).trend).toBe('insufficient');
    expect(assessGoal(14, 'KAZ', []).trend).toBe('insufficient');
    expect(assessGoal(14, 'KAZ', []).status).toBe('no-target');
  });
});
