import { css } from 'lit';

/**
 * `<sdg-time-slider>` defaults. The range input lies over the drawn rail, transparent but live (pointer, keys,
 * focus); its thumb has the drawn thumb's width so a drag lands where the thumb is drawn. Positions along the rail
 * use the input's own geometry: `thumb/2 + (width − thumb) × at`.
 */
export const timeSliderStyles = css`
  :host {
    --_track: var(--sdg-time-slider-track, var(--_sdg-color-border));
    --_fill: var(--sdg-time-slider-fill, var(--_sdg-color-focus));
    --_no-data: var(--sdg-time-slider-no-data, var(--_sdg-color-no-data));
    --_thumb: var(--sdg-time-slider-thumb-size, 20px);
    --_rail-h: 32px;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .row {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  .play {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    width: 44px;
    height: 44px;
    padding: 0;
    margin-top: calc(var(--_rail-h) / 2 - 22px);
    border-radius: 50%;
    border-color: var(--_fill);
    background: var(--_fill);
    color: var(--_sdg-color-surface);
  }
  .play svg {
    width: 16px;
    height: 16px;
    fill: currentColor;
  }
  .current {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
  }
  .current .name {
    color: var(--_sdg-color-text-muted);
  }
  [part='value'] {
    font-size: 1.5rem;
    font-weight: 600;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    min-width: 4ch;
  }
  .current .badge {
    font-size: var(--_sdg-font-size-small);
    color: var(--_sdg-color-text-muted);
    border: 1px dashed var(--_no-data);
    border-radius: var(--_sdg-radius);
    padding: 0 0.4em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    margin-inline-start: auto;
    font-size: var(--_sdg-font-size-small);
    color: var(--_sdg-color-text-muted);
  }
  .controls label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 32px;
    cursor: pointer;
  }
  select {
    font: inherit;
    color: var(--_sdg-color-text);
    background: var(--_sdg-color-surface-raised);
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    padding: 0.2em 0.3em;
  }
  input[type='checkbox'] {
    margin: 0;
    width: 1rem;
    height: 1rem;
    accent-color: var(--_fill);
  }
  .track {
    position: relative;
    flex: 1;
    min-width: 0;
    height: calc(var(--_rail-h) + 1.5em);
  }
  input[type='range'] {
    -webkit-appearance: none;
    appearance: none;
    position: absolute;
    inset: 0 0 auto 0;
    width: 100%;
    height: var(--_rail-h);
    margin: 0;
    padding: 0;
    background: transparent;
    opacity: 0;
    cursor: pointer;
    touch-action: pan-y;
  }
  input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    appearance: none;
    width: var(--_thumb);
    height: var(--_rail-h);
  }
  input[type='range']::-moz-range-thumb {
    width: var(--_thumb);
    height: var(--_rail-h);
    border: 0;
  }
  .rail {
    position: absolute;
    inset: 0 0 auto 0;
    height: var(--_rail-h);
    pointer-events: none;
  }
  .rail::before,
  .fill {
    content: '';
    position: absolute;
    top: calc(var(--_rail-h) / 2 - 2px);
    left: calc(var(--_thumb) / 2);
    height: 4px;
    border-radius: 2px;
  }
  .rail::before {
    right: calc(var(--_thumb) / 2);
    background: var(--_track);
  }
  .fill {
    width: calc((100% - var(--_thumb)) * var(--at));
    background: var(--_fill);
  }
  .tick,
  .thumb,
  .label {
    position: absolute;
    left: calc(var(--_thumb) / 2 + (100% - var(--_thumb)) * var(--at));
  }
  .tick,
  .key {
    box-sizing: border-box;
    width: 4px;
    height: 8px;
    border-radius: 1px;
    background: var(--_sdg-color-text-muted);
  }
  .tick {
    top: calc(var(--_rail-h) / 2 + 5px);
    transform: translateX(-50%);
  }
  .tick.no-data,
  .key.no-data {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    border: 1.5px solid var(--_no-data);
    background: var(--_sdg-color-surface);
  }
  .tick:not(.data):not(.no-data) {
    width: 1px;
    background: var(--_track);
  }
  .thumb {
    top: calc(var(--_rail-h) / 2 - var(--_thumb) / 2);
    width: var(--_thumb);
    height: var(--_thumb);
    box-sizing: border-box;
    transform: translateX(-50%);
    border-radius: 50%;
    background: var(--_fill);
    border: 3px solid var(--_sdg-color-surface);
    box-shadow:
      0 0 0 1px var(--_fill),
      var(--_sdg-shadow);
  }
  input[type='range']:focus-visible + .rail .thumb {
    outline: 2px solid var(--_sdg-color-focus);
    outline-offset: 3px;
  }
  input[type='range']:hover + .rail .thumb {
    box-shadow:
      0 0 0 1px var(--_fill),
      0 0 0 6px color-mix(in srgb, var(--_fill) 20%, transparent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .playing .thumb {
      transition: left 0.25s ease-out;
    }
    .playing .fill {
      transition: width 0.25s ease-out;
    }
  }
  .labels {
    position: absolute;
    inset: var(--_rail-h) 0 auto 0;
    height: 1.5em;
    font-size: var(--_sdg-font-size-small);
    color: var(--_sdg-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .label {
    top: 0.1em;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .label.first {
    transform: translateX(calc(var(--_thumb) / -2));
  }
  .label.last {
    transform: translateX(calc(-100% + var(--_thumb) / 2));
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: var(--_sdg-font-size-small);
    color: var(--_sdg-color-text-muted);
  }
  [part='legend'] > span {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .key {
    display: inline-block;
  }
  @media (forced-colors: active) {
    .rail,
    .key {
      forced-color-adjust: none;
    }
    .rail::before {
      background: CanvasText;
    }
    .fill,
    .thumb {
      background: Highlight;
    }
    .thumb {
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }
    .tick,
    .key {
      background: CanvasText;
    }
    .tick.no-data,
    .key.no-data {
      background: Canvas;
      border-color: GrayText;
    }
  }
`;
