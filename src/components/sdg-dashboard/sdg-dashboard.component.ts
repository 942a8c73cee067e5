import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../../internal/style-props.js';
import { Task, TaskStatus } from '@lit/task';
import { fetchShared } from '../../core/data/fetch-cache.js';
import { loadCatalog, loadSeries, textLanguage, type Resolve } from '../../core/data/load.js';
import type { Catalog, SeriesFile } from '../../core/data/types.js';
import { textOn } from '../../core/sdg/colors.js';
import { METHOD } from '../../core/sdg/method.js';
import { assessProgress, databaseLatestYear, seriesForGoals } from '../../core/sdg/progress.js';
import {
  encodeProgress,
  ratingsFrom,
  targetKey,
  type GoalRating,
  type IndicatorRating,
  type ProgressFile,
  type TargetRef,
} from '../../core/sdg/progress-file.js';
import type { TargetTable } from '../../core/sdg/types.js';
import { emit } from '../../events/events.js';
import { SdgDataError } from '../../core/data/errors.js';
import { SdgElement } from '../../internal/sdg-element.js';
import type { ExportRow } from '../../internal/export.js';
import { dashboardStyles } from './sdg-dashboard.styles.js';
import * as tpl from './sdg-dashboard.templates.js';
import { listItems, SIX_COUNTRIES } from '../../core/data/attributes.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { foreignLang, primaryLanguage } from '../../core/locale/match.js';

interface Loaded {
  catalog: Catalog;
  targets: Record<string, TargetRef>;
  areas: string[];
  goals: number[];
  grid: GoalRating[][];
  /** Codes of `countries` that name no area of the catalog: left out of the grid and named in a notice. */
  unknown: string[];
  /** The accepted codes, for that notice. */
  accepted: string;
}

/**
 * Ratings from the precomputed `progress.json` (one request); computed here from `targets.json` and the series
 * (a request per series) only when the file is missing or does not hold a requested country or goal.
 */
async function ratings(
  resolve: Resolve,
  catalog: Catalog,
  file: ProgressFile | null,
  areas: string[],
  goals: number[],
  signal: AbortSignal,
) {
  const grid = ratingsFrom(file, areas, goals);
  if (file && grid) return { grid, targets: file.targets };
  const table = await fetchShared<TargetTable>(resolve('targets.json'), { signal });
  const need = seriesForGoals(catalog, table, goals);
  const files = new Map<string, SeriesFile>(
    await Promise.all(need.map(async (s) => [s, await loadSeries(resolve, catalog.series[s], signal)] as const)),
  );
  const computed = encodeProgress(
    table,
    assessProgress(catalog, table, files, areas, goals),
    databaseLatestYear(catalog),
  );
  return { grid: ratingsFrom(computed, areas, goals)!, targets: computed.targets };
}

/**
 * The second level's rows: indicators with a target first (they make the goal's status and trend), then those without
 * one (trend only, kept apart from the goal's trend), each group in code order.
 */
const drillRows = (cell: GoalRating) => [
  ...cell.indicators.filter((a) => a.status !== 'no-target'),
  ...cell.indicators.filter((a) => a.status === 'no-target'),
];

/** First-strong isolate: a name keeps its own direction inside a sentence of another script. */
const fsi = (s: string) => `\u2068${s}\u2069`;
const codes = listItems;

/**
 * @summary Countries × goals: each cell the goal's status (a four-step meter, in the goal's colour family) and trend
 * arrow for the country, by the open method of `src/core/sdg/` (see the "Progress method" docs page). A cell opens the
 * goal's indicators for the country as a second level of the same grid.
 *
 * @csspart base - Everything. @csspart title - The grid's title. @csspart grid - The grid (a table).
 * @csspart cell - Each rating cell. @csspart back - The button back to all goals.
 * @csspart legend - The symbols explained. @csspart table - The plain data table (in a disclosure).
 * @csspart source - The source line. @csspart loading - Loading state. @csspart error - Error state.
 *
 * @cssproperty --sdg-dashboard-cell-size - Width and height of a cell (default: what fits the box, 2.25rem–3.5rem; below
 *   about 48rem the grid turns, countries as columns and one row per goal).
 * @cssproperty --sdg-dashboard-country-width - Width of the sticky country column (default 6.5rem–8.5rem, 14 % of the box).
 *
 * @fires sdg-select - A cell was activated (Enter, Space or click): `code` country, `goal`, and `indicator` on the second level.
 * @fires sdg-render - After the ratings are drawn.
 * @fires sdg-error - The data could not be loaded or a country code is unknown.
 */
export class SdgDashboard extends SdgElement {
  static override styles = [...SdgElement.styles, dashboardStyles];

  /** Countries (rows), ISO alpha-3, separated by spaces. */
  @property() countries = SIX_COUNTRIES.join(' ');
  /** Goals (columns), separated by spaces; all 17 when empty. */
  @property() goals = '';
  /** With `goal`: the country whose indicators are open (second level). */
  @property({ reflect: true }) country: string | null = null;
  /** With `country`: the goal whose indicators are open. */
  @property({ type: Number, reflect: true }) goal: number | null = null;

  /** @internal */ @state() private pos: [number, number] = [0, 0];
  /** @internal */ @state() private drillPos: [number, number] = [0, 0];
  /** @internal */ private focusDue = false;
  /** @internal */ private renderedWith: unknown = null;

  /** @internal */
  private readonly data = new Task(this, {
    task: async ([countries, goals, , lang], { signal }): Promise<Loaded> => {
      // The catalog and progress.json load in parallel: a cold grid costs two requests.
      const progress = fetchShared<ProgressFile>(this.resolve('progress.json'), { signal }).catch(() => null);
      const catalog = await loadCatalog(this.resolve, signal, { lang, goal: 'all' });
      const given = [...new Set(codes(countries).map((c) => c.toUpperCase()))];
      const known = new Set(catalog.areas.map((a) => a.code));
      const accepted = [...known].join(', ');
      // The known codes are drawn; the others are named, so that one typo does not blank the grid.
      const areas = given.filter((a) => known.has(a));
      const unknown = given.filter((a) => !known.has(a));
      if (!areas.length)
        throw new SdgDataError('unknown-country', { code: unknown.join(' ') || String(countries ?? ''), accepted });
      const all = catalog.goals.map((g) => g.goal);
      const givenGoals = codes(goals);
      const bad = givenGoals.find((g) => !/^\d+$/.test(g) || !all.includes(Number(g)));
      if (bad !== undefined) throw new SdgDataError('unknown-goal', { code: bad });
      const list = givenGoals.length ? givenGoals.map(Number) : all;
      const { grid, targets } = await ratings(this.resolve, catalog, await progress, areas, list, signal);
      if (unknown.length) {
        emit(this, 'sdg-error', {
          kind: 'unknown-country',
          message: this.localize.term('errorUnknownCountry', unknown.join(' '), accepted),
        });
      }
      return { catalog, targets, areas, goals: list, grid, unknown, accepted };
    },
    args: () => [this.countries, this.goals, this.dataBase, textLanguage(this.localize.lang())] as const,
    onError: (e) => this.failure(e),
  });

  /** The drilled cell, when `country` and `goal` name one of the grid. */
  private get drilled(): { r: number; c: number; cell: GoalRating } | null {
    const d = this.data.value;
    if (!d || !this.country || this.goal === null) return null;
    const r = d.areas.indexOf(this.country.toUpperCase());
    const c = d.goals.indexOf(Number(this.goal));
    return r < 0 || c < 0 ? null : { r, c, cell: d.grid[r][c] };
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusDue) {
      this.focusDue = false;
      this.shadowRoot?.querySelector<HTMLElement>('[part~="cell"][tabindex="0"]')?.focus();
    }
    const d = this.data.value;
    if (this.data.status === TaskStatus.COMPLETE && d && this.renderedWith !== d) {
      this.renderedWith = d;
      emit(this, 'sdg-render', {});
    }
    void changed;
  }

  private open(r: number, c: number) {
    const d = this.data.value!;
    const cell = d.grid[r][c];
    this.pos = [r, c];
    this.country = d.areas[r];
    this.goal = d.goals[c];
    this.drillPos = [0, 0];
    this.focusDue = true;
    emit(this, 'sdg-select', {
      code: cell.area,
      name: this.localize.country(cell.area).text,
      value: cell.status,
      year: null,
      goal: cell.goal,
    });
  }

  private back() {
    this.country = null;
    this.goal = null;
    this.focusDue = true;
  }

  private selectIndicator(a: IndicatorRating) {
    const latest = a.latest ?? a.end;
    emit(this, 'sdg-select', {
      code: a.area,
      name: this.localize.country(a.area).text,
      value: latest?.value ?? null,
      year: latest?.year ?? null,
      goal: this.goal ?? undefined,
      indicator: a.indicator,
      series: a.series,
    });
  }

  private onKey(e: KeyboardEvent) {
    const d = this.data.value;
    if (!d) return;
    const drill = this.drilled;
    const rows = drill ? drill.cell.indicators.length : d.areas.length;
    const cols = drill ? 5 : d.goals.length;
    let [r, c] = drill ? this.drillPos : this.pos;
    const rtl = getComputedStyle(this).direction === 'rtl';
    // Narrow layout (countries as columns, see the styles): the arrows follow what the reader sees.
    const table = e.currentTarget as HTMLElement | null;
    const turned = !drill && !!table && getComputedStyle(table).display === 'grid';
    if (turned && ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'].includes(e.key)) {
      if (e.key === 'ArrowRight') r += rtl ? -1 : 1;
      if (e.key === 'ArrowLeft') r += rtl ? 1 : -1;
      if (e.key === 'ArrowDown') c += 1;
      if (e.key === 'ArrowUp') c -= 1;
    } else
      switch (e.key) {
        case 'ArrowRight':
          c += rtl ? -1 : 1;
          break;
        case 'ArrowLeft':
          c += rtl ? 1 : -1;
          break;
        case 'ArrowDown':
          r += 1;
          break;
        case 'ArrowUp':
          r -= 1;
          break;
        case 'Home':
          c = 0;
          if (e.ctrlKey) r = 0;
          break;
        case 'End':
          c = cols - 1;
          if (e.ctrlKey) r = rows - 1;
          break;
        case 'Enter':
        case ' ':
          e.preventDefault();
          if (drill) this.selectIndicator(drillRows(drill.cell)[r]);
          else this.open(r, c);
          return;
        case 'Escape':
        case 'Backspace':
          if (drill) {
            e.preventDefault();
            this.back();
          }
          return;
        default:
          return;
      }
    e.preventDefault();
    const next: [number, number] = [Math.max(0, Math.min(rows - 1, r)), Math.max(0, Math.min(cols - 1, c))];
    if (drill) this.drillPos = next;
    else this.pos = next;
    this.focusDue = true;
  }

  override render() {
    return this.data.render({
      pending: () => this.renderLoading(),
      error: (e) => this.renderError(e, () => this.data.run()),
      complete: (d) => {
        const drill = this.drilled;
        return html`<div part="base" dir=${this.localize.dir()}>
          ${
            d.unknown.length
              ? html`<p part="notice" role="status">
                  ${this.localize.term('errorUnknownCountry', d.unknown.join(' '), d.accepted)}
                </p>`
              : nothing
          }
          ${drill ? this.renderDrill(d, drill.cell) : this.renderGrid(d)}
          ${tpl.legend(this.localize, (drill ? d.catalog.goals.find((g) => g.goal === drill.cell.goal) : d.catalog.goals[0])!.color, this.oldBefore(d))}
          ${this.renderTable(d)} ${this.renderSource(d.catalog.source, [this.methodNote()])}
          <span class="sdg-actions">${this.renderExportMenu()}</span>
        </div>`;
      },
    });
  }

  /** @internal UI text in the English fallback marked with `lang`, and isolated left to right in right-to-left. */
  private isolated(text: string): TemplateResult | string {
    const lang = this.cellLang();
    if (lang === undefined) return text;
    return html`<span lang=${lang} dir=${ifDefined(this.localize.dir() === 'rtl' ? 'ltr' : undefined)}>${text}</span>`;
  }

  /** @internal The method line; an untranslated (English) line is isolated left to right in right-to-left text. */
  private methodNote(): string {
    const t = this.localize;
    const r = t.termWithLang('dashboardMethod');
    const foreign = foreignLang(r.lang, t.lang()) !== undefined;
    return foreign && t.dir() === 'rtl' ? `\u2066${r.text}\u2069` : r.text;
  }

  private renderGrid(d: Loaded): TemplateResult {
    const t = this.localize;
    const [pr, pc] = this.pos;
    return html`<div class="toolbar">
        <p part="title" id="title">${tpl.inLang(t, t.termWithLang('dashboardLabel'))}</p>
        <p class="hint" id="hint">${tpl.inLang(t, t.termWithLang('dashboardHint'))}</p>
      </div>
      <div class="scroll" ${styleProps({ '--_cols': d.goals.length, '--_rows': d.goals.length + 1 })}>
        <table part="grid" role="grid" aria-labelledby="title" aria-describedby="hint summary" @keydown=${this.onKey}>
          <thead>
            <tr>
              <th class="corner" scope="col">${tpl.inLang(t, t.termWithLang('country'))}</th>
              ${d.goals.map((g) => this.renderGoalHead(d.catalog, g))}
            </tr>
          </thead>
          <tbody>
            ${d.grid.map((row, r) => {
              const name = t.country(d.areas[r]);
              return html`<tr>
                <th scope="row" lang=${ifDefined(foreignLang(name.lang, t.lang()))}>${name.text}</th>
                ${row.map((cell, c) => this.renderCell(d, cell, r, c, r === pr && c === pc))}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <p part="summary" id="summary" class="visually-hidden">${this.summary(d)}</p>`;
  }

  /**
   * @internal The grid in words for screen readers, from the shown ratings and the legend's own words only:
   * per country, how many goals have each status ("Kazakhstan: Target met 2, Close to target 5, …").
   */
  private summary(d: Loaded): string {
    const t = this.localize;
    const comma = t.dir() === 'rtl' ? '، ' : ', ';
    const order = ['achieved', 'close', 'far', 'very-far', 'insufficient', 'no-target', 'not-applicable'] as const;
    return d.grid
      .map((row, r) => {
        const counts = order
          .map((s) => [s, row.filter((c) => c.status === s).length] as const)
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${t.term(tpl.STATUS_TERM[s])} ${t.number(n)}`);
        return `${t.country(d.areas[r]).text}: ${counts.join(comma)}.`;
      })
      .join(' ');
  }

  private renderGoalHead(catalog: Catalog, goal: number): TemplateResult {
    const t = this.localize;
    const entry = catalog.goals.find((g) => g.goal === goal)!;
    const title = t.text(entry.short);
    return html`<th scope="col">
      <span class="goal-head" ${styleProps({ '--_goal': entry.color, '--_goal-text': textOn(entry.color).color })}
        ><span aria-hidden="true">${t.number(goal)}</span
        ><span class="visually-hidden"
          >${t.term('goalNumber', t.number(goal))}:
          <span lang=${ifDefined(foreignLang(title.lang, t.lang()))}>${title.text}</span></span
        ></span
      >
    </th>`;
  }

  /** @internal The first year whose values are not old (see `METHOD.staleYears`), or null. */
  private oldBefore(d: Loaded): number | null {
    const latest = databaseLatestYear(d.catalog);
    return latest === null ? null : latest - METHOD.staleYears;
  }

  /** @internal Status words of a goal: the status, how many indicators, and the thin / old marks in words. */
  private statusText(cell: GoalRating): string {
    const t = this.localize;
    const parts = [t.term(tpl.STATUS_TERM[cell.status])];
    if (cell.statusCount) parts[0] += ` (${t.term('statusBasedOn', t.number(cell.statusCount))})`;
    if (cell.thin) parts.push(t.term('statusThin'));
    if (cell.old) {
      const years = cell.indicators
        .filter((a) => a.old && cell.drivers.includes(a.indicator) && a.latest)
        .map((a) => a.latest!.year);
      if (years.length) parts.push(t.term('statusOld', t.year(Math.min(...years))));
    }
    return parts.join(', ');
  }

  private cellText(cell: GoalRating): string {
    const t = this.localize;
    const status = this.statusText(cell);
    const trend = `${t.term(tpl.TREND_TERM[cell.trend])}${cell.trendCount ? ` (${t.term('trendBasedOn', t.number(cell.trendCount))})` : ''}`;
    return `${status}; ${trend}`;
  }

  /** @internal `lang` of the cell texts when the UI strings are the English fallback. */
  private cellLang() {
    return foreignLang(this.localize.termWithLang('statusClose').lang, this.localize.lang());
  }

  private renderCell(d: Loaded, cell: GoalRating, r: number, c: number, active: boolean): TemplateResult {
    const color = d.catalog.goals.find((g) => g.goal === cell.goal)!.color;
    const rated = cell.statusCount > 0;
    const text = this.cellText(cell);
    return html`<td
      part="cell"
      class=${rated ? '' : 'unrated'}
      tabindex=${active ? 0 : -1}
      ${tpl.fillStyle(color, cell.status)}
      title=${text}
      data-status=${cell.status}
      data-trend=${cell.trend}
      data-thin=${cell.thin ? 'true' : nothing}
      data-old=${cell.old ? 'true' : nothing}
      @click=${() => this.open(r, c)}
      @focus=${() => (this.pos = [r, c])}
    >
      <span class="sym" aria-hidden="true"
        >${tpl.statusSymbol(cell.status)}${tpl.trendSymbol(cell.trend)}${tpl.marks(cell.thin, cell.old)}</span
      ><span class="visually-hidden" lang=${ifDefined(this.cellLang())}>${text}</span>
    </td>`;
  }

  private renderDrill(d: Loaded, cell: GoalRating): TemplateResult {
    const t = this.localize;
    const goal = d.catalog.goals.find((g) => g.goal === cell.goal)!;
    const gTitle = t.text(goal.short);
    const country = t.country(cell.area).text;
    const [pr, pc] = this.drillPos;
    const cellAttrs = (r: number, c: number) => (r === pr && c === pc ? 0 : -1);
    const head = `${t.term('goalNumber', t.number(cell.goal))}: ${gTitle.text}`;
    const english = primaryLanguage(t.lang()) === 'en';
    return html`<div class="toolbar">
        <button part="back" type="button" @click=${() => this.back()}>
          <span aria-hidden="true">${tpl.backArrow(t.dir())}</span> ${t.term('dashboardBack')}
        </button>
        <p part="title" id="title">${this.isolated(t.term('dashboardDrillLabel', fsi(country), fsi(head)))}</p>
        <p class="hint" id="hint">${this.isolated(`${this.cellText(cell)}. ${t.term('dashboardHint')}`)}</p>
      </div>
      <div class="scroll">
        <table
          part="grid"
          role="grid"
          class="drill"
          aria-labelledby="title"
          aria-describedby="hint"
          @keydown=${this.onKey}
        >
          <thead>
            <tr>
              <th scope="col">${t.term('indicator')}</th>
              <th scope="col">${t.term('status')}</th>
              <th scope="col">${t.term('trend')}</th>
              <th scope="col">${t.term('latestValue')}</th>
              <th scope="col">${t.term('target')}</th>
              <th scope="col">${t.term('paceSince')}</th>
            </tr>
          </thead>
          <tbody>
            ${drillRows(cell).map((a, r) => {
              const ind = d.catalog.indicators[a.indicator];
              const title = t.text(ind.title);
              const row = d.targets[targetKey(a.indicator, a.series)];
              const driver = cell.drivers.includes(a.indicator);
              // The official target words and the bases of the thresholds exist in English only (UN resolution text,
              // cited documents): shown to English readers; every language finds them on the method page and in the CSV.
              const basis = english
                ? [row?.quote ? `“${row.quote}”` : '', row?.basis ?? '', row?.lowerBasis ?? ''].filter(Boolean)
                : [];
              const latest = a.latest;
              const td = (c: number, content: unknown) =>
                html`<td
                  part="cell"
                  tabindex=${cellAttrs(r, c)}
                  @focus=${() => (this.drillPos = [r, c])}
                  @click=${() => this.selectIndicator(a)}
                >
                  ${content}
                </td>`;
              return html`<tr
                data-indicator=${a.indicator}
                data-status=${a.status}
                data-score=${a.score ?? nothing}
                data-driver=${driver ? 'true' : nothing}
              >
                <th scope="row">
                  <span class="code" dir="ltr">${a.indicator}</span
                  ><span lang=${ifDefined(foreignLang(title.lang, t.lang()))}>${title.text}</span>
                  <div class="muted">${a.series}</div>
                </th>
                ${td(0, html`<span class="swatch" ${tpl.fillStyle(goal.color, a.status)}><span aria-hidden="true">${tpl.statusSymbol(a.status)}</span>${tpl.inLang(t, t.termWithLang(tpl.STATUS_TERM[a.status]))}</span>${a.score !== null ? html`<div class="muted">${tpl.scoreText(t, a.score)}</div>` : nothing}${driver ? html`<div><strong>${tpl.inLang(t, t.termWithLang('drivesGoal'))}</strong></div>` : nothing}`)}
                ${td(1, html`<span aria-hidden="true">${tpl.trendSymbol(a.trend)}</span> ${tpl.inLang(t, t.termWithLang(tpl.TREND_TERM[a.trend]))}`)}
                ${td(2, latest ? html`${tpl.valueText(t, d.catalog, a.series, latest.value)} <span class="muted">(${t.year(latest.year)})</span>${a.old ? html`<div class="muted"><span aria-hidden="true">${tpl.OLD_MARK}</span> ${t.term('statusOld', t.year(latest.year))}</div>` : nothing}${a.estimated || latest.nature === 'E' || latest.nature === 'M' ? html`<div class="muted">${t.term('basedOnEstimates')}</div>` : nothing}` : t.term('noData'))}
                ${td(3, html`${tpl.targetText(t, d.catalog, a, row?.reduction, row?.baseYear)}${basis.map((b) => html`<div class="muted" lang="en">${b}</div>`)}`)}
                ${td(4, tpl.changeText(t, d.catalog, a) || '—')}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  /**
   * One row per country and goal, as the data table: the ratings as stable codes (`achieved`, `on-track`, …, see
   * the method page) rather than translated words, with the score and how many indicators each rests on.
   */
  override exportRows(): ExportRow[] {
    const d = this.data.value as Loaded | undefined;
    if (!d) return [];
    return d.grid.flatMap((row) =>
      row.map((cell) => ({
        code: cell.area,
        name: this.localize.country(cell.area).text,
        goal: cell.goal,
        status: cell.status,
        statusScore: cell.statusScore,
        statusCount: cell.statusCount,
        drivers: cell.drivers.join(' '),
        // 1/0 flags: the status rests on one indicator / is read from an old value.
        thin: cell.thin ? 1 : 0,
        old: cell.old ? 1 : 0,
        trend: cell.trend,
        trendCount: cell.trendCount,
      })),
    );
  }

  private renderTable(d: Loaded): TemplateResult {
    const t = this.localize;
    return html`<details>
      <summary>${t.term('showTable')}</summary>
      <table part="table">
        <thead>
          <tr>
            <th scope="col">${t.term('country')}</th>
            <th scope="col">${t.term('goal')}</th>
            <th scope="col">${t.term('status')}</th>
            <th scope="col">${t.term('trend')}</th>
          </tr>
        </thead>
        <tbody>
          ${d.grid.flatMap((row) =>
            row.map(
              (cell) =>
                html`<tr>
                  <td>${t.country(cell.area).text}</td>
                  <td>${t.number(cell.goal)}</td>
                  <td>${this.statusText(cell)}</td>
                  <td>
                    ${t.term(tpl.TREND_TERM[cell.trend])}${cell.trendCount ? ` (${t.term('trendBasedOn', t.number(cell.trendCount))})` : ''}
                  </td>
                </tr>`,
            ),
          )}
        </tbody>
      </table>
    </details>`;
  }
}
