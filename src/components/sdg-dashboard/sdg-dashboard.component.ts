import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { textLanguage } from '../../core/data/load.js';
import type { IndicatorRating } from '../../core/sdg/progress-file.js';
import { emit } from '../../events/events.js';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.js';
import { RenderOnce } from '../../controllers/render-once.js';
import { SdgElement } from '../../internal/sdg-element.js';
import type { ExportRow } from '../../internal/export.js';
import { dashboardStyles } from './sdg-dashboard.styles.js';
import * as tpl from './sdg-dashboard.templates.js';
import { SIX_COUNTRIES } from '../../core/data/attributes.js';
import { foreignLang } from '../../core/locale/match.js';
import { dashboardExportRows, drillRows, gridKey, loadDashboard, oldBefore } from './sdg-dashboard.model.js';
import { dataTable, drillTemplate, gridTemplate, type GridView } from './sdg-dashboard.grid.js';

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

  /** @internal a removed element stops waiting for its data */
  private readonly detach = new AbortOnDisconnect(this, () => [this.data]);
  /** @internal */
  private readonly data = new Task(this, {
    task: async ([countries, goals, , lang], { signal }) => {
      const d = await loadDashboard(this.resolve, countries, goals, lang, signal);
      if (d.unknown.length) {
        emit(this, 'sdg-error', {
          kind: 'unknown-country',
          message: this.localize.term('errorUnknownCountry', d.unknown.join(' '), d.accepted),
        });
      }
      return d;
    },
    args: () => [this.countries, this.goals, this.dataBase, textLanguage(this.localize.lang())] as const,
    onError: (e) => this.failure(e),
  });

  /** @internal `sdg-render` once per loaded grid */ private readonly rendered = new RenderOnce(this);

  /** The drilled cell, when `country` and `goal` name one of the grid. */
  private get drilled() {
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
    this.rendered.drawn(this.data.status === TaskStatus.COMPLETE ? this.data.value : null, () => ({}));
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
    // Narrow layout (countries as columns, see the styles): the arrows follow what the reader sees.
    const table = e.currentTarget as HTMLElement | null;
    const move = gridKey(e.key, drill ? this.drillPos : this.pos, {
      rows: drill ? drill.cell.indicators.length : d.areas.length,
      cols: drill ? 5 : d.goals.length,
      rtl: getComputedStyle(this).direction === 'rtl',
      turned: !drill && !!table && getComputedStyle(table).display === 'grid',
      ctrl: e.ctrlKey,
      drill: !!drill,
    });
    if (!move) return;
    e.preventDefault();
    if ('activate' in move) {
      const [r, c] = drill ? this.drillPos : this.pos;
      if (drill) this.selectIndicator(drillRows(drill.cell)[r]);
      else this.open(r, c);
    } else if ('back' in move) this.back();
    else {
      if (drill) this.drillPos = move.to;
      else this.pos = move.to;
      this.focusDue = true;
    }
  }

  /** @internal */
  private readonly on: GridView['on'] = {
    key: (e) => this.onKey(e),
    open: (r, c) => this.open(r, c),
    focus: (r, c) => (this.pos = [r, c]),
    focusDrill: (r, c) => (this.drillPos = [r, c]),
    indicator: (a) => this.selectIndicator(a),
    back: () => this.back(),
  };

  override render() {
    return this.data.render({
      pending: () => this.renderLoading(),
      error: (e) => this.renderError(e, () => this.data.run()),
      complete: (d) => {
        const drill = this.drilled;
        const t = this.localize;
        const view: GridView = { t, d, pos: this.pos, drillPos: this.drillPos, on: this.on };
        const sample = drill ? d.catalog.goals.find((g) => g.goal === drill.cell.goal) : d.catalog.goals[0];
        return html`<div part="base" dir=${t.dir()}>
          ${
            d.unknown.length
              ? html`<p part="notice" role="status">
                  ${t.term('errorUnknownCountry', d.unknown.join(' '), d.accepted)}
                </p>`
              : nothing
          }
          ${drill ? drillTemplate(view, drill.cell) : gridTemplate(view)} ${tpl.legend(t, sample!.color, oldBefore(d))}
          ${dataTable(t, d)} ${this.renderSource(d.catalog.source, [this.methodNote()])}
          <span class="sdg-actions">${this.renderExportMenu()}</span>
        </div>`;
      },
    });
  }

  /** @internal The method line; an untranslated (English) line is isolated left to right in right-to-left text. */
  private methodNote(): string {
    const t = this.localize;
    const r = t.termWithLang('dashboardMethod');
    const foreign = foreignLang(r.lang, t.lang()) !== undefined;
    return foreign && t.dir() === 'rtl' ? `\u2066${r.text}\u2069` : r.text;
  }

  /**
   * One row per country and goal, as the data table: the ratings as stable codes (`achieved`, `on-track`, …, see
   * the method page) rather than translated words, with the score and how many indicators each rests on.
   */
  override exportRows(): ExportRow[] {
    const d = this.data.value;
    return d ? dashboardExportRows(this.localize, d) : [];
  }
}
