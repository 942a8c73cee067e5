import { loadChartData, type ChartData } from '../core/charts/data.js';
import { loadTarget } from '../core/charts/targets.js';
import { SdgDataError } from '../core/data/errors.js';
import type { Resolve } from '../core/data/load.js';
import { emit } from '../events/events.js';
import type { LocalizeController } from '../i18n/localize.js';
import { loadUserChartData } from './user-data-lazy.js';
import { userDataDetail, type UserChartQuery } from './user-data-view.js';

/** A chart's rows and the 2030 target drawn with them (`null` for the user's own data). */
export type ChartLoad = ChartData & { shippedTarget: number | null };

/**
 * What the trend and bar charts draw: the user's data when `src` / `.data` is set (rows it had to reject reported by
 * an `sdg-error` on `host`, the rest drawn), else the shipped series with the target of its SDG target row.
 */
export async function loadChart(
  host: HTMLElement,
  localize: LocalizeController,
  resolve: Resolve,
  q: UserChartQuery,
  signal: AbortSignal,
): Promise<ChartLoad> {
  const own = await loadUserChartData(resolve, q, signal);
  if (own) {
    if (own.own.rejected) emit(host, 'sdg-error', userDataDetail(own.own, localize, q.src ?? undefined));
    return { ...own, shippedTarget: null };
  }
  const result = await loadChartData(resolve, q.indicator, q.series, signal, {}, q.lang ?? undefined);
  if (!result.ok) throw new SdgDataError('unknown-indicator', { code: result.code || String(q.indicator ?? '') });
  return { ...result.data, shippedTarget: await loadTarget(resolve, result.data.entry.series, signal) };
}
