import { METHOD, TREND_SCORE, band } from './method.js';
import type { GoalAssessment, IndicatorAssessment, Status, Trend } from './types.js';

/**
 * Goal level, for one country, driven by the worst indicators:
 * - status: the mean normalised score of the `METHOD.worst` (two) lowest-scoring indicators, banded like an
 *   indicator score; "target met" only when every indicator with a status meets its target. One indicator with a
 *   status gives a status marked thin.
 * - trend: the lower median of the trends of indicators with a target (maintaining / on track 4, moderately
 *   improving 3, stagnating 2, worsening 1). Trends of indicators without a target are counted apart, not mixed in.
 * - goal 14 (oceans) is not applicable to a landlocked country.
 */
const TREND_ORDER: Trend[] = ['worsening', 'stagnating', 'improving', 'moderate', 'on-track', 'maintaining'];

export function assessGoal(goal: number, area: string, indicators: IndicatorAssessment[]): GoalAssessment {
  const statusTally: Partial<Record<Status, number>> = {};
  const trendTally: Partial<Record<Trend, number>> = {};
  const scored: IndicatorAssessment[] = [];
  const trends: Trend[] = [];
  let hasTarget = false;
  for (const a of indicators) {
    statusTally[a.status] = (statusTally[a.status] ?? 0) + 1;
    trendTally[a.trend] = (trendTally[a.trend] ?? 0) + 1;
    if (a.status !== 'no-target') hasTarget = true;
    if (a.score !== null) scored.push(a);
    if (a.targetValue !== null && TREND_SCORE[a.trend] !== undefined) trends.push(a.trend);
  }
  const landlocked = goal === METHOD.oceanGoal && METHOD.landlocked.includes(area);
  let status: Status = landlocked ? 'not-applicable' : hasTarget ? 'insufficient' : 'no-target';
  let statusScore: number | null = null;
  let drivers: string[] = [];
  if (!landlocked && scored.length) {
    // Lowest scores first; a tie keeps code order (the input order).
    const worst = [...scored].sort((a, b) => a.score! - b.score!).slice(0, METHOD.worst);
    drivers = worst.map((a) => a.indicator);
    statusScore = worst.reduce((x, a) => x + a.score!, 0) / worst.length;
    status = scored.every((a) => a.status === 'achieved') ? 'achieved' : band(Math.min(statusScore, 99.99));
  }
  let trend: Trend = 'insufficient';
  if (!landlocked && trends.length) {
    const sorted = [...trends].sort(
      (a, b) => TREND_SCORE[a]! - TREND_SCORE[b]! || TREND_ORDER.indexOf(a) - TREND_ORDER.indexOf(b),
    );
    trend = sorted[Math.floor((sorted.length - 1) / 2)];
  }
  const driverSet = new Set(drivers);
  return {
    goal,
    area,
    status,
    trend,
    statusScore,
    drivers,
    thin: scored.length > 0 && scored.length < METHOD.minIndicators && !landlocked,
    old: indicators.some((a) => driverSet.has(a.indicator) && a.old),
    statusCount: landlocked ? 0 : scored.length,
    trendCount: landlocked ? 0 : trends.length,
    statusTally,
    trendTally,
    indicators,
  };
}
