import { css } from 'lit';

export const sparklineStyles = css`
  :host {
    display: inline-block;
    position: relative;
    font: inherit;
    line-height: inherit;
    color: inherit;
    vertical-align: baseline;
    white-space: nowrap;
    --_w: var(--sdg-sparkline-width, 3.5em);
    --_h: var(--sdg-sparkline-height, 1em);
    --_line: var(--sdg-sparkline-color, currentColor);
    --_stroke: var(--sdg-sparkline-line-width, 1.4px);
    --_dot: var(--sdg-sparkline-dot-color, var(--_sdg-color-focus));
  }
  .spark {
    display: inline-flex;
    align-items: baseline;
    gap: 0.25em;
    border-radius: 2px;
  }
  svg {
    width: var(--_w);
    height: var(--_h);
    overflow: visible;
    /* Sits on the text's baseline and rises about one x-height above the cap line. */
    vertical-align: -0.1em;
    align-self: center;
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: var(--_stroke);
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .line.est {
    stroke-dasharray: 3 1;
    stroke-linecap: butt;
  }
  .dot {
    fill: var(--_line);
  }
  .end {
    fill: var(--_dot);
    stroke: var(--_dot);
    stroke-width: 1.25;
    vector-effect: non-scaling-stroke;
  }
  .end.est {
    fill: none;
  }
  [part='value'] {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part='year'] {
    /* Muted relative to the surrounding text, whatever the page's colours. */
    color: color-mix(in srgb, currentColor 72%, transparent);
    font-size: 0.85em;
  }
  [part='tooltip'] {
    position: absolute;
    bottom: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 2;
    width: max-content;
    max-width: min(22em, 90vw);
    white-space: normal;
    padding: 0.35em 0.6em;
    background: var(--_sdg-color-surface-raised);
    color: var(--_sdg-color-text);
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    box-shadow: var(--_sdg-shadow);
    font-size: var(--_sdg-font-size-small);
    font-weight: normal;
    line-height: 1.35;
    pointer-events: none;
  }
  [part='error'] {
    display: inline;
    padding: 0;
    border: 0;
    color: var(--_sdg-color-danger);
    font-size: 0.85em;
  }
  .rejected {
    margin-inline-start: 0.3em;
    color: var(--_sdg-color-danger);
    font-size: 0.85em;
  }
  .pending {
    display: inline-block;
    width: var(--_w);
    height: var(--_h);
    vertical-align: -0.1em;
    border-bottom: 1px dotted var(--_sdg-color-border);
  }
`;
