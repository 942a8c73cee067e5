import type { ReactiveControllerHost } from 'lit';
import { textLanguage } from '../core/data/load.js';
import { loadTarget } from '../core/charts/targets.js';
import { SeriesData, type SeriesDataOptions, type SeriesLoad } from './series-data.js';
import { isUserChartData, type UserFileFormat } from './user-data-view.js';

/** A chart's rows and the 2030 target drawn with them (`null` for the user's own data). */
export type ChartLoad = SeriesLoad & { shippedTarget: number | null };

/** The inputs the trend and bar charts share. */
export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  indicator: string;
  series: string | null;
  src: string | null;
  data: unknown;
  label: string | null;
  dataBase: string | null;
}

/**
 * The trend and bar charts' data: `SeriesData` (the user's data when `src` / `.data` is set, else the shipped series'
 * default slice in the element's language) with the target of the series' SDG target row.
 */
export function chartData(
  host: ChartHost,
  options: Pick<SeriesDataOptions<ChartLoad>, 'resolve' | 'localize' | 'onError'> & {
    /** How the reader's file writes numbers and separates cells (`SdgUserDataElement.fileFormat`). */
    fileFormat: () => UserFileFormat;
  },
): SeriesData<ChartLoad> {
  return new SeriesData<ChartLoad>(host, {
    resolve: options.resolve,
    localize: options.localize,
    onError: options.onError,
    query: () => ({
      indicator: host.indicator,
      series: host.series,
      src: host.src,
      data: host.data,
      label: host.label,
      lang: textLanguage(options.localize.lang()),
      ...options.fileFormat(),
    }),
    inputs: () => [host.dataBase],
    then: async (d, signal) => ({
      ...d,
      shippedTarget: isUserChartData(d) ? null : await loadTarget(options.resolve, d.entry.series, signal),
    }),
  });
}
