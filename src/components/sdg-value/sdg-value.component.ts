import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { textLanguage } from '../../core/data/load.js';
import { isSeriesAsked, sliceRows, type LoadedSeries } from '../../core/data/series-load.js';
import { SeriesData } from '../../controllers/series-data.js';
import { isEstimate } from '../../core/data/select.js';
import { rowsOfArea } from '../../core/charts/data.js';
import type { Observation } from '../../core/data/types.js';
import { SdgDataError } from '../../core/data/errors.js';
import { SdgElement } from '../../internal/sdg-element.js';
import { changeBetween, parseSlice, parseYear, pickRow } from './sdg-value.model.js';
import { valueStyles } from './sdg-value.styles.js';
import { baseStyles, tokens } from '../../styles/tokens.js';
import { signedText, valueText, type ValueFormatting } from './sdg-value.format.js';
import { valueTooltip } from './sdg-value.templates.js';
import { ChoiceCheck } from '../../internal/choice-check.js';
import { choice } from '../../core/choices.js';

type ValueData = LoadedSeries;

/** What was printed, kept to announce `sdg-render` once per change of text. */
interface Printed {
  text: string;
  row: Observation | null;
}

/** What the one template of a value shows (see `renderBase`). */
interface ValueView {
  busy: boolean;
  missing: boolean;
  pre: string;
  value: string;
  mark: TemplateResult | typeof nothing;
  post: string;
  tip: TemplateResult | typeof nothing;
}

export type ValueFormat = 'value' | 'year' | 'value-year' | 'change';
const VALUE_FORMATS: ValueFormat[] = ['value-year', 'value', 'year', 'change'];

let uid = 0;

/**
 * @summary One published SDG value, inline in running text, in the page's language: `27.36 % (2023)`.
 *
 * Prints the value of one country (or aggregate) for one year from the shipped data with the series' decimals and
 * unit, and the year it is from; estimated or modelled values (nature E or M) carry a mark; flags such as `<5` are
 * printed as published; a missing value reads "no data". Hover or focus shows the indicator, country, year and source
 * (Escape hides it). The text follows the data and the page's `lang`.
 *
 * @csspart base - The printed value (focusable; described by the tooltip).
 * @csspart mark - The estimate mark after an estimated or modelled value.
 * @csspart tooltip - The box with indicator, country, year and source.
 * @csspart error - The inline error text (unknown indicator, data not loaded, bad year).
 *
 * @cssproperty --sdg-value-weight - Font weight of the value (default: the text's).
 * @cssproperty --sdg-value-underline - Colour of the dotted underline that says a tooltip is there.
 *
 * @csspart notice - An attribute value the element does not accept, named with the accepted values (it draws with its default).
 * @fires sdg-render - The text was printed (first time, and whenever data, options or language change it).
 * @fires sdg-error - Unknown indicator or country, bad year, or data that failed to load; detail `{kind, message}`.
 */
export class SdgValue extends SdgElement {
  // The theme tokens and shared states, without the download menu's styles: a value in a sentence has no menu.
  static override styles = [tokens, baseStyles, valueStyles];

  /** SDG indicator code (`5.5.1`); its headline series unless `series` is set. */
  @property() indicator = '';
  /** SDG series code (`SG_GEN_PARL`); overrides the indicator's headline series. */
  @property() series = '';
  /** ISO alpha-3 code of the country, or an aggregate (`WLD`, `CAS`). */
  @property() country = '';
  /** `latest` (default): the latest year with a value; or a year such as `2020`. */
  @property() year: string = 'latest';
  /** How many years before `year` a missing value may be taken from (its own year is printed). Default 0. */
  @property({ type: Number, attribute: 'year-tolerance' }) yearTolerance = 0;
  /** Disaggregation slice, e.g. `sex=FEMALE age=15+` (attribute) or `{sex: 'FEMALE'}` (property). Default: totals. */
  @property({ converter: { fromAttribute: parseSlice } }) slice: Record<string, string> = {};
  /** Shortcut for `slice="sex=…"`: `FEMALE`, `MALE`, `BOTHSEX`. */
  @property() sex = '';
  /**
   * `value-year` (default): `27.36% (2023)`; `value`: `27.36%`; `year`: `2023`;
   * `change`: `+1.19 percentage points (2015–2023)`.
   */
  @property() format: ValueFormat = 'value-year';
  /** With `format="change"`: the year to compare with (`year-tolerance` applies to it as well). */
  @property() since = '';
  /** `short` (default) prints the unit after the value (`%`, `µg/m³`); `none` prints the number alone. */
  @property() unit: 'short' | 'none' = 'short';
  /**
   * Rounds the printed number to this many decimals (the tooltip still gives the published value). Unset: the value
   * as published, with the series' decimals.
   */
  @property({ type: Number }) decimals: number | undefined;

  /** @internal */ @state() private focused = false;
  /** @internal */ @state() private dismissed = false;

  /** @internal */ private readonly tipId = `sdg-value-tip-${++uid}`;
  /** @internal */ private printed: Printed | null = null;

  /** The row printed last (null while loading, on error or when there is no value). */
  get row(): Observation | null {
    return this.printed?.row ?? null;
  }

  /** @internal says when `format` is not one of the four */
  private readonly choices = new ChoiceCheck(this, this.localize, () => ({
    format: { value: this.format, accepted: VALUE_FORMATS },
  }));

  /** @internal */
  private readonly data = new SeriesData(this, {
    resolve: this.resolve,
    localize: this.localize,
    query: () => ({
      indicator: this.indicator,
      series: this.series,
      lang: textLanguage(this.localize.lang()),
      slice: 'all',
    }),
    inputs: () => [this.dataBase],
    onError: (e) => this.failure(e),
  });

  /** @internal */
  private formatting(d: ValueData): ValueFormatting {
    return { loc: this.localize, entry: d.entry, units: d.catalog.units, decimals: this.decimals, unit: this.unit };
  }

  protected override updated(): void {
    const d = this.data.complete;
    const printed = d && this.printed;
    this.data.drawn(printed ? `${this.localize.lang()}|${printed.text}` : null, () => ({
      indicator: d?.indicator?.code,
      series: d?.entry.series,
      year: printed ? (printed.row?.year ?? null) : null,
    }));
  }

  override render() {
    const complete = (d: ValueData | null) => {
      try {
        return d ? this.renderValue(d) : nothing;
      } catch (e) {
        this.printed = null;
        return this.renderInlineError(e);
      }
    };
    const shown = this.data.value;
    return this.data.render({
      initial: () => this.renderPending(),
      // A new language keeps the value shown until its text arrives (same series: only the words change).
      pending: () =>
        shown && isSeriesAsked(shown, this.indicator, this.series) ? complete(shown) : this.renderPending(),
      error: (e) => this.renderInlineError(e),
      complete,
    });
  }

  /** @internal one error object per distinct problem, so re-renders do not announce it again */
  private problems = new Map<string, SdgDataError>();
  /** @internal */
  private problem(what: string): SdgDataError {
    let e = this.problems.get(what);
    if (!e) this.problems.set(what, (e = new SdgDataError('no-data', { what })));
    return e;
  }

  /** @internal "…" while loading: the same template as the value, so that the value only fills it in */
  private renderPending(): TemplateResult {
    const loading = html`<span class="visually-hidden">${this.localize.term('loading')}</span>`;
    return this.renderBase({ busy: true, missing: false, pre: '', value: '…', mark: loading, post: '', tip: nothing });
  }

  /**
   * @internal the printed value (or "…" while loading) and its tooltip. One template for both states: a page of 235
   * values fills in text where it would otherwise tear down and build each value's DOM a second time.
   */
  private renderBase(v: ValueView): TemplateResult {
    return html`<span
        part="base"
        class=${v.missing ? 'missing' : ''}
        tabindex=${ifDefined(v.busy ? undefined : '0')}
        aria-busy=${ifDefined(v.busy ? 'true' : undefined)}
        aria-describedby=${ifDefined(v.busy ? undefined : this.tipId)}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @keydown=${this.onKeydown}
        @mouseenter=${this.onEnter}
        >${v.pre}${v.value}${v.mark}${v.post}</span
      >${v.tip}`;
  }

  /** @internal an inline error: part of a sentence, so no heading and no Retry button */
  private renderInlineError(error: unknown): TemplateResult {
    const detail = this.failure(error);
    return html`<span part="error"
      >${this.localize.term('valueUnavailable')}${
        detail ? html`<span class="visually-hidden">: ${detail.message}</span>` : nothing
      }</span
    >`;
  }

  /** @internal */
  private renderValue(d: ValueData): TemplateResult {
    const t = this.localize;
    const area = this.country.trim().toUpperCase();
    // Unknown country or unreadable year: "No data for …" with what was asked, in the reader's language.
    if (!d.catalog.areas.some((a) => a.code === area)) throw this.problem(`“${this.country}”`);
    const year = parseYear(this.year);
    if (year === null) throw this.problem(`“${this.year}”`);
    const overrides = { ...(this.slice ?? {}), ...(this.sex.trim() ? { sex: this.sex.trim().toUpperCase() } : {}) };
    // The slice and the area's rows are cut once per file for every element that asks for them (many per page).
    const rows = rowsOfArea(sliceRows(d.entry, d.rows, overrides), area);
    const row = pickRow(rows, area, year, this.yearTolerance);

    // The text is built around a placeholder so the estimate mark sits right after the number, before the year.
    const SLOT = '\u0000';
    let frame = SLOT;
    let value = '';
    let estimate = row ? isEstimate(row) : false;
    // An unknown `format` is said by the notice (`choices`) and drawn as the default.
    const format = choice(this.format, VALUE_FORMATS, 'value-year');
    if (format === 'change') {
      const since = parseYear(this.since);
      const from = typeof since === 'number' ? pickRow(rows, area, since, this.yearTolerance) : null;
      const change = changeBetween(from, row, d.entry.decimals);
      estimate = !!change && (isEstimate(change.from) || isEstimate(change.to));
      if (change) {
        value = signedText(this.formatting(d), change.difference, change.decimals);
        frame = t.term('valueChange', SLOT, t.year(change.from.year), t.year(change.to.year));
      }
    } else if (row) {
      value = format === 'year' ? t.year(row.year) : valueText(this.formatting(d), row);
      if (format === 'value-year') frame = t.term('valueWithYear', SLOT, t.year(row.year));
      if (format === 'year') estimate = false;
    }
    const missing = !value;
    if (missing) value = t.term('valueNoData');
    const [pre, post = ''] = frame.split(SLOT);
    this.printed = { text: pre + value + post, row };
    const mark =
      estimate && !missing
        ? html`<span part="mark" aria-hidden="true">*</span
            ><span class="visually-hidden"> (${t.term(row?.nature === 'M' ? 'modelled' : 'estimated')})</span>`
        : nothing;
    const tip = valueTooltip(t, d, area, row, year, { id: this.tipId, open: !this.dismissed, focused: this.focused });
    return this.renderBase({ busy: false, missing, pre, value, mark, post, tip });
  }

  /** @internal */
  private onFocus = () => {
    this.dismissed = false;
    this.focused = true;
    this.place();
  };

  /** @internal */
  private onBlur = () => {
    this.focused = false;
  };

  /** @internal */
  private onEnter = () => {
    this.dismissed = false;
    this.place();
  };

  /** @internal Escape hides the tooltip without moving focus (WCAG 1.4.13). */
  private onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !this.dismissed) {
      this.dismissed = true;
      e.stopPropagation();
    }
  };

  /** @internal keeps the tooltip inside the viewport: shift it towards the start when it would cross the end */
  private place() {
    const base = this.renderRoot.querySelector<HTMLElement>('[part="base"]');
    if (!base) return;
    const rect = base.getBoundingClientRect();
    const width = Math.min(320, window.innerWidth - 24);
    const rtl = this.localize.dir() === 'rtl';
    const overflow = rtl ? width - rect.right + 12 : rect.left + width - (window.innerWidth - 12);
    this.style.setProperty('--_shift', overflow > 0 ? `${-Math.round(overflow)}px` : '0px');
  }
}
