import type { Resolve } from '../core/data/load.js';
import type { UserChartData, UserChartQuery } from './user-data-view.js';

/**
 * `loadUserChartData` of user-data.ts, loading that module (and the user-data parser) only for an element that has
 * `src` or `.data`: resolves with null at once otherwise.
 */
export function loadUserChartData(
  resolve: Resolve,
  q: UserChartQuery,
  signal?: AbortSignal,
): Promise<UserChartData | null> {
  if (!q.src && (q.data === undefined || q.data === null)) return Promise.resolve(null);
  return import('./user-data.js').then((m) => m.loadUserChartData(resolve, q, signal));
}
