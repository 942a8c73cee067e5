import { Task, TaskStatus, type StatusRenderer } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Resolve } from '../core/data/load.js';
import { loadShippedSeries, type LoadedSeries } from '../core/data/series-load.js';
import { emit, type SdgRenderDetail } from '../events/events.js';
import type { LocalizeController } from '../i18n/localize.js';
import { AbortOnDisconnect } from './abort-on-disconnect.js';
import { RenderOnce } from './render-once.js';
import { loadUserChartData } from './user-data-lazy.js';
import { userDataDetail, type UserChartData, type UserChartQuery } from './user-data-view.js';

/**
 * What a data element asks for: the user's data (`src` / `.data`, picked by `indicator` / `series`, titled by
 * `label`) when given, else the shipped series of `indicator` / `series` in `lang`, with all its rows or one slice.
 */
export interface SeriesQuery extends UserChartQuery {
  /** Shipped rows: `'all'`, or the default slice with these overrides (default `{}`). The user's rows are kept whole. */
  slice?: Record<string, string> | 'all';
}

/** What is loaded: a shipped series, or the user's data in the same shape (`isUserChartData` tells them apart). */
export type SeriesLoad = LoadedSeries | UserChartData;

export interface SeriesDataOptions<T> {
  /** The host's resolver of data paths (it follows the host's `data-base`). */
  resolve: Resolve;
  /** Localises the `sdg-error` of rejected rows of the user's data. */
  localize: LocalizeController;
  /** What to load, read before each update; `null`: nothing (`otherwise`, or the value `null`). */
  query: () => SeriesQuery | null;
  /** Further inputs whose change loads again (the host's `dataBase`, and whatever `then` / `otherwise` read). */
  inputs?: () => readonly unknown[];
  /** Turns what was loaded into the element's value (adds a target, an outline…); the loaded value by default. */
  then?: (loaded: SeriesLoad, signal: AbortSignal) => T | Promise<T>;
  /** Started with each load, before the series is asked for, so a file the value needs anyway loads alongside. */
  alongside?: (signal: AbortSignal) => void;
  /** The value when `query` gives `null` (a level the series does not cover); `null` by default. */
  otherwise?: (signal: AbortSignal) => Promise<T | null>;
  /** A failure (the host's error state: `SdgElement.failure`). */
  onError: (error: unknown) => void;
}

/**
 * One data path for every element: the user's data or the shipped series (catalog → series → checked file → rows),
 * on `@lit/task` so that a change of input aborts the stale load; rows of the user's data it had to reject are
 * reported in an `sdg-error` (kind `validation`) while the rest are drawn; a removed element stops waiting
 * (`AbortOnDisconnect`); and `drawn(model)` fires `sdg-render` once per model.
 *
 * ```ts
 * private readonly data = new SeriesData(this, {
 *   resolve: this.resolve,
 *   localize: this.localize,
 *   query: () => ({ indicator: this.indicator, series: this.series, src: this.src, data: this.data }),
 *   inputs: () => [this.dataBase],
 *   onError: (e) => this.failure(e),
 * });
 * // willUpdate: const v = this.data.complete; …model…   updated: this.data.drawn(this.model, () => ({ … }))
 * ```
 */
export class SeriesData<T = SeriesLoad> {
  /** The task: `render()` its states, `run()` it again (Retry). */
  readonly task: Task<readonly unknown[], T | null>;
  /** @internal */ private readonly detach: AbortOnDisconnect;
  /** @internal the query of the current arguments */ private query: SeriesQuery | null = null;
  /** @internal */ private readonly rendered: RenderOnce;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SeriesDataOptions<T>,
  ) {
    this.task = new Task(host, {
      task: (_args, { signal }) => this.load(this.query, signal),
      args: () => {
        const q = (this.query = options.query());
        const slice = q?.slice === undefined || q.slice === 'all' ? (q?.slice ?? '') : JSON.stringify(q.slice);
        return [
          q === null,
          q?.indicator ?? null,
          q?.series ?? null,
          q?.src ?? null,
          q?.data,
          q?.label ?? null,
          q?.lang ?? null,
          q?.decimal ?? null,
          q?.delimiter ?? null,
          slice,
          ...(options.inputs?.() ?? []),
        ];
      },
      onError: (e) => options.onError(e),
    });
    this.detach = new AbortOnDisconnect(host, () => [this.task]);
    this.rendered = new RenderOnce(host);
  }

  /** @internal */
  private async load(q: SeriesQuery | null, signal: AbortSignal): Promise<T | null> {
    const o = this.options;
    if (!q) return o.otherwise ? o.otherwise(signal) : null;
    o.alongside?.(signal);
    const own = await loadUserChartData(o.resolve, q, signal);
    if (own?.own.rejected) emit(this.host, 'sdg-error', userDataDetail(own.own, o.localize, q.src ?? undefined));
    const loaded = own ?? (await loadShippedSeries(o.resolve, q, signal));
    return o.then ? o.then(loaded, signal) : (loaded as T);
  }

  /** The last value loaded (kept while a new load is pending). */
  get value(): T | null | undefined {
    return this.task.value;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** The value when the last load completed, else `undefined` (pending, failed, not started). */
  get complete(): T | null | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** The task's `render` (`initial`, `pending`, `complete`, `error`). */
  render<R extends StatusRenderer<T | null>>(renderer: R): ReturnType<Task<readonly unknown[], T | null>['render']> {
    return this.task.render(renderer);
  }

  /** Loads again (the error state's Retry). */
  run(): Promise<void> {
    return this.task.run();
  }

  /**
   * Fires `sdg-render` when `model` (anything that changes exactly when the drawing does: the render model, the
   * printed text) is not the one last reported; nothing for `null`. Call it from `updated()`.
   */
  drawn(model: unknown, detail: () => SdgRenderDetail): void {
    this.rendered.drawn(model, detail);
  }
}
