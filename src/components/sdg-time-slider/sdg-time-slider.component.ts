import { TaskStatus } from '@lit/task';
import { SeriesData } from '../../controllers/series-data.js';
import { YearTargets } from '../../controllers/year-targets.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadRegionFiles, regionDataYears } from '../../core/data/regions.js';
import { emit } from '../../events/events.js';
import { chartDirection } from '../../i18n/direction.js';
import { SdgDataError } from '../../core/data/errors.js';
import { SdgElement } from '../../internal/sdg-element.js';
import {
  clamp,
  keyStep,
  nextPlayYear,
  seriesYears,
  SIX,
  yearRange,
  yearConverter,
  yearsConverter,
} from './sdg-time-slider.model.js';
import { timeSliderStyles } from './sdg-time-slider.styles.js';
import { footTemplate, pauseIcon, playIcon, trackTemplate } from './sdg-time-slider.templates.js';
import { codeList } from '../../core/data/attributes.js';
import { ChoiceCheck, LEVELS } from '../../internal/choice-check.js';

/**
 * A year slider with play/pause: drives the `year` of the elements named in `for` and tells the page through
 * `sdg-year-change`; with `indicator` (or `years-with-data`) it marks the years that have no data. When one of its
 * targets fires `sdg-year-change` itself (a bar chart's arrow keys), the slider follows and passes the year on to the
 * other targets.
 *
 * The control is a native `<input type="range">` under a drawn track, not a `div` with `role="slider"`: the native
 * input gets the platform's adjustable gestures (swipe up/down in iOS VoiceOver and Android TalkBack), which a
 * custom ARIA slider does not receive on touch screens, and its value, range and `aria-valuetext` ("2011, no data")
 * are announced by every desktop screen reader. Its keys are set here so they do not vary by browser: arrows ±1
 * year, Page Up/Down ±5, Home/End the first/last year.
 *
 * Right-to-left: the track runs from the earliest year at the left in every writing direction (the input is
 * `dir="ltr"`, ArrowRight = later), while the controls around it follow the reading order. This is the project's
 * rule for time (src/i18n/direction.ts, `chartDirection().sliderDir`), after Alebri, Rakotondravony and Harrison,
 * "Design Patterns in Right-to-Left Visualizations: The Case of Arabic Content" (IEEE VIS 2024) and N. Doiron,
 * "Charts when you read right-to-left" (2018): time axes in Arabic-script data journalism mostly run left to right,
 * so the slider agrees with the year axis of the chart beside it.
 *
 * @summary Year slider with play/pause, speed and loop that drives maps and charts and marks years without data.
 *
 * @csspart base - The wrapper of everything.
 * @csspart play - The play/pause button.
 * @csspart value - The current year printed large.
 * @csspart slider - The track with the range input, ticks and thumb.
 * @csspart tick - Each year's mark on the track (also `no-data` for years without data).
 * @csspart label - The year labels under the track.
 * @csspart controls - The speed and loop controls.
 * @csspart legend - The key to the tick marks (shown when the years with data are known).
 * @csspart error - The error message when the indicator's years could not be loaded.
 *
 * @cssproperty --sdg-time-slider-track - Colour of the track.
 * @cssproperty --sdg-time-slider-fill - Colour of the track up to the current year and of the thumb.
 * @cssproperty --sdg-time-slider-no-data - Colour of the marks of years without data.
 * @cssproperty --sdg-time-slider-thumb-size - Diameter of the thumb.
 *
 * @fires sdg-render - After each draw with a new span, years with data or year.
 * @fires sdg-year-change - The year changed by the reader (keys, pointer) or by playing; detail `{year}`.
 * @csspart notice - An attribute value the element does not accept, named with the accepted values (it draws with its default).
 * @fires sdg-error - The indicator or its series could not be loaded; detail `{kind, message, url?}`.
 */
export class SdgTimeSlider extends SdgElement {
  static override styles = [...SdgElement.styles, timeSliderStyles];

  /** Space-separated ids of the elements to drive, looked up in the slider's own document or shadow root. */
  @property({ attribute: 'for' }) htmlFor = '';
  /** First year; defaults to the first year with data, else 2000. */
  @property({ converter: yearConverter }) min: number | undefined;
  /** Last year; defaults to the last year with data, else 2023. */
  @property({ converter: yearConverter }) max: number | undefined;
  /** The year shown; defaults to the last year. Setting it drives the targets but fires no event. */
  @property({ converter: yearConverter }) value: number | undefined;
  /** Years that have data (`years-with-data="2000 2005"` or an array); wins over `indicator`. */
  @property({ attribute: 'years-with-data', converter: yearsConverter }) yearsWithData: number[] | null = null;
  /** SDG indicator whose years with data are marked (its headline series unless `series` is given). */
  @property() indicator = '';
  /** SDG series code whose years with data are marked. */
  @property() series = '';
  /**
   * `region`: mark the years of the regional data of `indicator` (national SDG platforms of Kazakhstan and
   * Kyrgyzstan, or a Global Data Lab index such as `shdi`), as `<sdg-map level="region">` shows them.
   */
  @property() level: 'country' | 'region' = 'country';
  /** Countries (alpha-3) whose data count for the marks; the six by default. */
  @property({ converter: { fromAttribute: (v: string | null) => (v ? codeList(v) : SIX) } })
  countries: string[] = SIX;
  /** Whether it is playing. Set it to start or stop. */
  @property({ type: Boolean, reflect: true }) playing = false;
  /** Play speed: a multiple of one year per `interval` (0.5, 1, 2 are offered). */
  @property({ type: Number }) speed = 1;
  /** Milliseconds per year at speed 1. */
  @property({ type: Number }) interval = 1000;
  /** Start again at the first year after the last while playing. */
  @property({ type: Boolean, reflect: true }) loop = false;

  /** @internal says when `level` is neither `country` nor `region` */
  private readonly choices = new ChoiceCheck(this, this.localize, () => ({
    level: { value: this.level, accepted: LEVELS },
  }));

  /** @internal */ @state() private announcement = '';

  /** @internal */ private timer: ReturnType<typeof setTimeout> | undefined;
  /** @internal the elements named in `for`; a target that changes its own year moves the slider and the others */
  private readonly drive = new YearTargets(this, { ids: () => this.htmlFor, onYear: (year) => (this.value = year) });

  /** @internal the years with data of `indicator` / `series` */
  private data = new SeriesData<number[]>(this, {
    resolve: this.resolve,
    localize: this.localize,
    // Years only: the English text of the goal is the smallest file that completes the catalog.
    query: () => {
      const [indicator, series] = [this.indicator.trim(), this.series.trim()];
      return this.level === 'region' || (!indicator && !series) ? null : { indicator, series };
    },
    then: (d) => seriesYears(d.entry, d.rows, this.countries),
    otherwise: async (signal) => {
      const code = this.series.trim() || this.indicator.trim();
      if (this.level !== 'region' || !code) return null;
      const { catalog, files } = await loadRegionFiles(this.resolve, code, this.countries, signal);
      if (!files.size) throw new SdgDataError('unknown-indicator', { code });
      return regionDataYears(catalog, files, code, this.countries);
    },
    inputs: () => [this.countries, this.level, this.dataBase],
    onError: (e) => this.failure(e),
  });

  /** The years with data in force: `yearsWithData`, else those loaded for `indicator`, else `null` (unknown). */
  get dataYears(): number[] | null {
    return this.yearsWithData ?? this.data.value ?? null;
  }

  /** The span in force, `[first, last]`. */
  get range(): [number, number] {
    return yearRange(this.min, this.max, this.dataYears);
  }

  /** The year shown: `value` kept inside the range, else the last year. */
  get year(): number {
    const range = this.range;
    return this.value === undefined ? range[1] : clamp(this.value, range);
  }

  /** The elements named in `for` that are in the slider's root node. */
  get targets(): HTMLElement[] {
    return this.drive.targets;
  }

  /** Starts playing (from the first year when at the last). */
  play(): void {
    this.playing = true;
  }

  pause(): void {
    this.playing = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Started or stopped in this update: set the first year and the announcement before rendering, not after.
    if (changed.has('playing')) {
      if (this.playing) this.startPlaying();
      else if (changed.get('playing') === true) this.stopPlaying();
    }
  }

  protected override updated(): void {
    const year = this.year;
    this.drive.sync(year);
    // Like every element, it says when what it shows (span, years with data, year) was drawn anew; not while the
    // years with data are still loading.
    const drawn = this.data.status !== TaskStatus.PENDING ? JSON.stringify([this.range, this.dataYears, year]) : null;
    this.data.drawn(drawn, () => ({ indicator: this.indicator || undefined, series: this.series || undefined, year }));
  }

  /** @internal Moves to `year` on the reader's or the player's behalf: drives the targets and fires the event. */
  private change(year: number): void {
    const unchanged = year === this.year;
    this.value = year;
    if (unchanged) return;
    // Targets get the year now, not after the next render, so a listener of the event sees them updated.
    this.drive.push(year);
    emit(this, 'sdg-year-change', { year });
  }

  /** @internal */
  private startPlaying(): void {
    this.stopTimer();
    const range = this.range;
    if (this.year >= range[1]) this.change(range[0]);
    this.announcement = this.localize.term('timeSliderPlaying', this.localize.year(this.year));
    this.schedule();
  }

  /** @internal */
  private stopPlaying(): void {
    this.stopTimer();
    this.announcement = this.localize.term('timeSliderPaused', this.localize.year(this.year));
  }

  /** @internal */
  private schedule(): void {
    const speed = this.speed > 0 && Number.isFinite(this.speed) ? this.speed : 1;
    const ms = Math.max(16, (this.interval > 0 ? this.interval : 1000) / speed);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.playing) return;
      const next = nextPlayYear(this.year, this.range, this.loop);
      if (next === null) {
        this.playing = false;
        return;
      }
      this.change(next);
      this.schedule();
    }, ms);
  }

  /** @internal */
  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** @internal */
  private onKeyDown(e: KeyboardEvent): void {
    const next = keyStep(e.key, this.year, this.range);
    if (next === null) return;
    e.preventDefault();
    this.playing = false;
    this.change(next);
  }

  /** @internal Pointer drags and any key the browser handles itself. */
  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.playing = false;
    this.change(clamp(Math.round(input.valueAsNumber), this.range));
    input.value = String(this.year);
  }

  /** @internal */
  private valueText(year: number): string {
    const y = this.localize.year(year);
    const years = this.dataYears;
    return years && !years.includes(year) ? this.localize.term('timeSliderNoDataYear', y) : y;
  }

  override render() {
    const t = this.localize;
    const range = this.range;
    const year = this.year;
    const known = this.dataYears !== null;
    const noData = known && !this.dataYears!.includes(year);
    const dir = t.dir();
    // Reading order = focus order: the year, then play, the slider, speed and loop.
    return html`<div part="base" class=${this.playing ? 'playing' : ''} dir=${dir}>
      <label class="current" for="range">
        <span class="name">${t.term('timeSliderLabel')}</span>
        <span part="value" aria-hidden="true">${t.year(year)}</span>
        ${noData ? html`<span class="badge" aria-hidden="true">${t.term('noData')}</span>` : nothing}
      </label>
      <div class="row">
        <button part="play" type="button" class="play" @click=${() => (this.playing = !this.playing)}>
          ${this.playing ? pauseIcon : playIcon}
          <span class="visually-hidden">${t.term(this.playing ? 'timeSliderPause' : 'timeSliderPlay')}</span>
        </button>
        ${trackTemplate({
          range,
          year,
          dataYears: this.dataYears,
          dir: chartDirection(dir).sliderDir,
          valueText: this.valueText(year),
          yearText: (y) => t.year(y),
          onKeyDown: (e) => this.onKeyDown(e),
          onInput: (e) => this.onInput(e),
        })}
      </div>
      ${footTemplate(t, {
        legend: known,
        speed: this.speed,
        loop: this.loop,
        onSpeed: (speed) => (this.speed = speed),
        onLoop: (loop) => (this.loop = loop),
      })}
      ${this.data.task.error ? this.renderError(this.data.task.error, () => this.data.run()) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}
