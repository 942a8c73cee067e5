import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { ticks } from './sdg-time-slider.model.js';
import { styleProps } from '../../internal/style-props.js';

/** ▶ and ❚❚, never mirrored (a media control, like the timeline it starts). */
export const playIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  ${svg`<path d="M4 2.2v11.6a.8.8 0 0 0 1.2.7l9.4-5.8a.8.8 0 0 0 0-1.4L5.2 1.5A.8.8 0 0 0 4 2.2z" />`}
</svg>`;
export const pauseIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  ${svg`<rect x="3" y="2" width="3.5" height="12" rx="1" /><rect x="9.5" y="2" width="3.5" height="12" rx="1" />`}
</svg>`;

export interface TrackOptions {
  range: [number, number];
  year: number;
  dataYears: readonly number[] | null;
  dir: 'ltr' | 'rtl';
  /** `aria-valuetext` of the input: the localised year, with "no data" where it has none. */
  valueText: string;
  yearText: (year: number) => string;
  onKeyDown: (e: KeyboardEvent) => void;
  onInput: (e: Event) => void;
}

/**
 * The range input (part `slider`) over the drawn rail, fill, one tick per year (part `tick`, plus `no-data`), the
 * thumb and the year labels (part `label`). Everything drawn is `aria-hidden`: the input carries the semantics.
 */
export function trackTemplate(o: TrackOptions): TemplateResult {
  const [min, max] = o.range;
  const span = max - min;
  const marks = ticks(o.range, o.dataYears, span > 40 ? 10 : 5);
  return html`<div
    part="slider"
    class="track"
    dir=${o.dir}
    ${styleProps({ '--at': span ? (o.year - min) / span : 0.5 })}
  >
    <input
      id="range"
      type="range"
      min=${min}
      max=${max}
      step="1"
      .value=${String(o.year)}
      aria-valuetext=${o.valueText}
      @keydown=${o.onKeyDown}
      @input=${o.onInput}
    />
    <div class="rail" aria-hidden="true">
      <div class="fill"></div>
      ${marks.map(
        (m) =>
          html`<span
            part=${m.hasData === false ? 'tick no-data' : 'tick'}
            class=${m.hasData === false ? 'tick no-data' : m.hasData ? 'tick data' : 'tick'}
            data-year=${m.year}
            ${styleProps({ '--at': m.at })}
          ></span>`,
      )}
      <div class="thumb"></div>
    </div>
    <div class="labels" aria-hidden="true">
      ${marks
        .filter((m) => m.label)
        .map(
          (m) =>
            html`<span
              part="label"
              class=${m.year === min ? 'label first' : m.year === max ? 'label last' : 'label'}
              ${styleProps({ '--at': m.at })}
              >${o.yearText(m.year)}</span
            >`,
        )}
    </div>
  </div>`;
}

/** Play speeds offered, as multiples of one year per `interval`. */
export const SPEEDS = [0.5, 1, 2];

/** The key to the tick marks (when the years with data are known), and the speed and loop controls. */
export function footTemplate(
  t: LocalizeController,
  o: { legend: boolean; speed: number; loop: boolean; onSpeed: (s: number) => void; onLoop: (l: boolean) => void },
): TemplateResult {
  return html`<div class="foot">
    ${
      o.legend
        ? html`<p part="legend">
            <span><span class="key data" aria-hidden="true"></span>${t.term('timeSliderWithData')}</span>
            <span><span class="key no-data" aria-hidden="true"></span>${t.term('timeSliderWithoutData')}</span>
          </p>`
        : nothing
    }
    <div part="controls" class="controls">
      <label
        >${t.term('timeSliderSpeed')}
        <select @change=${(e: Event) => o.onSpeed(Number((e.target as HTMLSelectElement).value))}>
          ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === o.speed}>${t.number(s)}×</option>`)}
        </select></label
      >
      <label
        ><input
          type="checkbox"
          .checked=${o.loop}
          @change=${(e: Event) => o.onLoop((e.target as HTMLInputElement).checked)}
        />${t.term('timeSliderLoop')}</label
      >
    </div>
  </div>`;
}
