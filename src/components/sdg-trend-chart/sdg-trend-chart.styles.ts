import { css } from 'lit';

export const trendChartStyles = css`
  :host {
    /* The chart paints its own surface so that a forced or system dark theme never puts light text on a light page. */
    background: var(--sdg-trend-chart-background, var(--_sdg-color-surface));
    --_line-width: var(--sdg-trend-chart-line-width, 2px);
    --_grid: var(--sdg-trend-chart-grid, color-mix(in srgb, var(--_sdg-color-border) 70%, transparent));
    --_target: var(--sdg-trend-chart-target, var(--_sdg-color-text-muted));
  }
  .plot {
    touch-action: pan-y;
  }
  .tick {
    font-size: 0.86em;
    fill: var(--_sdg-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-dasharray: 2 3;
  }
  .grid line.zero {
    stroke: var(--_sdg-color-text-muted);
    stroke-dasharray: none;
  }
  .x-axis line {
    stroke: var(--_sdg-color-text-muted);
  }
  .target line {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .target text {
    font-size: 0.86em;
    fill: var(--_target);
    paint-order: stroke;
    stroke: var(--_sdg-color-surface);
    stroke-width: 3px;
  }
  .crosshair {
    stroke: var(--_sdg-color-text-muted);
    stroke-width: 1;
  }
  .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: var(--_line-width);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line.est {
    stroke-dasharray: 5 3;
    stroke-linecap: butt;
  }
  .dot,
  .marker {
    fill: var(--_c);
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .dot.est,
  .marker.est {
    fill: var(--_sdg-color-surface);
  }
  .label {
    fill: var(--_c);
    font-weight: 500;
    paint-order: stroke;
    stroke: var(--_sdg-color-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .leader {
    stroke: var(--_c);
    stroke-width: 1;
    fill: none;
    opacity: 0.6;
  }
  .series.dim .line,
  .series.dim .dot,
  .series.dim .leader {
    stroke: var(--_sdg-color-no-data);
    opacity: 0.55;
  }
  .series.dim .dot:not(.est),
  .marker.dim:not(.est) {
    fill: var(--_sdg-color-no-data);
  }
  .marker.dim {
    stroke: var(--_sdg-color-no-data);
  }
  .series.dim .label {
    fill: var(--_sdg-color-text-muted);
  }
  .series.hl .line,
  .series.focus .line {
    stroke-width: calc(var(--_line-width) * 1.75);
  }
  .series.hl .label,
  .series.focus .label {
    font-weight: 700;
  }
  .tooltip {
    position: absolute;
    top: 0;
    z-index: 1;
    pointer-events: none;
    padding: 0.4em 0.6em;
    background: var(--_sdg-color-surface-raised);
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    box-shadow: var(--_sdg-shadow);
    font-size: var(--_sdg-font-size-small);
    white-space: nowrap;
  }
  .tooltip table {
    border-collapse: collapse;
  }
  .tooltip td {
    padding: 0.05em 0.3em;
  }
  .tooltip tr.focus td {
    font-weight: 700;
  }
  .tooltip .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .tooltip .mark {
    color: var(--_sdg-color-text-muted);
    font-style: italic;
  }
  .swatch {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
    background: var(--_c);
    vertical-align: baseline;
  }
  [part='table'] {
    margin-top: 0.5em;
    font-size: var(--_sdg-font-size-small);
  }
  [part='table'] summary {
    cursor: pointer;
    color: var(--_sdg-color-text-muted);
    width: max-content;
  }
  .table-scroll {
    /* positioned, so that the visually hidden marks of cells scrolled out of view are clipped with them (else they
       widen the page on a phone) */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    max-height: 24em;
  }
  [part='table'] table {
    border-collapse: collapse;
    margin-top: 0.4em;
  }
  [part='table'] th,
  [part='table'] td {
    padding: 0.15em 0.6em;
    border-bottom: 1px solid var(--_sdg-color-border);
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part='table'] th[scope='col'] {
    position: sticky;
    top: 0;
    background: var(--_sdg-color-surface);
  }
  abbr {
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .dim .line {
      opacity: 1;
    }
  }
`;
