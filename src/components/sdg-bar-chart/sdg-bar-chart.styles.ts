import { css } from 'lit';

export const barChartStyles = css`
  :host {
    /* The chart paints its own surface so that a forced or system dark theme never puts light text on a light page. */
    background: var(--sdg-bar-chart-background, var(--_sdg-color-surface));
    --_bar-radius: var(--sdg-bar-chart-radius, 2px);
    --_duration: var(--sdg-bar-chart-duration, 450ms);
    --_grid: var(--sdg-bar-chart-grid, color-mix(in srgb, var(--_sdg-color-border) 70%, transparent));
    --_target: var(--sdg-bar-chart-target, var(--_sdg-color-text));
  }
  .row {
    transition: transform var(--_duration) ease-in-out;
  }
  .bar {
    fill: var(--sdg-bar-chart-bar, var(--_c));
    transition:
      x var(--_duration) ease-in-out,
      width var(--_duration) ease-in-out;
  }
  .bar.est {
    stroke: var(--sdg-bar-chart-bar, var(--_c));
    stroke-width: 1;
  }
  .hatch-bg {
    fill: color-mix(in srgb, var(--_c) 28%, var(--_sdg-color-surface));
  }
  .hatch-line {
    stroke: var(--_c);
    stroke-width: 1.6;
  }
  .name {
    fill: var(--_sdg-color-text);
  }
  .value {
    fill: var(--_sdg-color-text);
    font-variant-numeric: tabular-nums;
    transition: transform var(--_duration) ease-in-out;
  }
  .value.k-flag,
  .value.k-missing,
  .value .yr {
    fill: var(--_sdg-color-text-muted);
  }
  .value.k-missing {
    font-style: italic;
  }
  .row.dim .bar {
    opacity: 0.35;
  }
  .row.hl .name,
  .row.active .name {
    font-weight: 700;
  }
  .row.active .hit {
    fill: color-mix(in srgb, var(--_sdg-color-focus) 10%, transparent);
  }
  .hit {
    fill: transparent;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-dasharray: 2 3;
  }
  .grid line.zero {
    stroke: var(--_sdg-color-text-muted);
    stroke-dasharray: none;
  }
  .tick {
    font-size: 0.86em;
    fill: var(--_sdg-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .target line {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .target text {
    font-size: 0.86em;
    fill: var(--_target);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    padding: 0.35em 0.6em;
    background: var(--_sdg-color-surface-raised);
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    box-shadow: var(--_sdg-shadow);
    font-size: var(--_sdg-font-size-small);
    white-space: nowrap;
  }
  .tooltip .meta {
    display: block;
    color: var(--_sdg-color-text-muted);
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
  [part='table'] table {
    border-collapse: collapse;
    margin-top: 0.4em;
  }
  [part='table'] th,
  [part='table'] td {
    padding: 0.15em 0.6em;
    border-bottom: 1px solid var(--_sdg-color-border);
    text-align: start;
  }
  [part='table'] td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: reduce) {
    .row,
    .bar,
    .value {
      transition: none;
    }
  }
`;
