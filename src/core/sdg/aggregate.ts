import { STATUS_SCORE, TREND_SCORE } from './method.js';
import type { GoalAssessment, IndicatorAssessment, Status, Trend } from './types.js';

/**
 * Goal level, for one country: status = the mean of the indicator status scores (very far 1, far 2, close 3,
 * achieved 4) rounded to the nearest level, a tie (x.5) going to the worse level; trend = the lower median of the
 * indicator trend scores (worsening 1, stagnating 2, moderately improving / improving 3, on track 4). Indicators
 * without a status or trend are left out and counted; a goal with none says so.
 */
const STATUS_BY_SCORE: Status[] = ['very-far', 'far', 'close', 'achieved'];
const TREND_ORDER: Trend[] = ['worsening', 'stagnating', 'improving', 'moderate', 'on-track'];

export function assessGoal(goal: number, area: string, indicators: IndicatorAssessment[]): GoalAssessment {
  const statusTally: Partial<Record<Status, number>> = {};
  const trendTally: Partial<Record<Trend, number>> = {};
  const scores: number[] = [];
  const trends: Trend[] = [];
  let hasTarget = false;
  for (const a of indicators) {
    statusTally[a.status] = (statusTally[a.status] ?? 0) + 1;
    trendTally[a.trend] = (trendTally[a.trend] ?? 0) + 1;
    if (a.status !== 'no-target') hasTarget = true;
    const s = STATUS_SCORE[a.status];
    if (s !== undefined) scores.push(s);
    if (TREND_SCORE[a.trend] !== undefined) trends.push(a.trend);
  }
  let status: Status = hasTarget ? 'insufficient' : 'no-target';
  let statusScore: number | null = null;
  if (scores.length) {
    statusScore = scores.reduce((x, y) => x + y, 0) / scores.length;
    status = STATUS_BY_SCORE[Math.ceil(statusScore - 0.5) - 1];
  }
  let trend: Trend = 'insufficient';
  if (trends.length) {
    const sorted = [...trends].sort(
      (a, b) => TREND_SCORE[a]! - TREND_SCORE[b]! || TREND_ORDER.indexOf(a) - TREND_ORDER.indexOf(b),
    );
    trend = sorted[Math.floor((sorted.length - 1) / 2)];
  }
  return {
    goal,
    area,
    status,
    trend,
    statusScore,
    statusCount: scores.length,
    trendCount: trends.length,
    statusTally,
    trendTally,
    indicators,
  };
}
