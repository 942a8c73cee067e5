import { css } from 'lit';

/** `<sdg-map>` defaults; every colour has a public `--sdg-map-*` property falling back to the theme tokens. */
export const mapStyles = css`
  :host {
    --_fill-land: var(--sdg-map-land, var(--_sdg-color-land));
    --_stroke: var(--sdg-map-stroke, var(--_sdg-color-surface));
    --_fill-water: var(--sdg-map-water, var(--_sdg-color-water));
    --_text-land: var(--sdg-map-land-text, var(--_sdg-color-land-text));
    --_text-water: var(--sdg-map-water-text, var(--_sdg-color-water-text));
    --_no-data: var(--sdg-map-no-data, var(--_sdg-color-no-data));
    --_hover: var(--sdg-map-hover-stroke, var(--_sdg-color-text));
    --_label-size: var(--sdg-map-label-size, 12px);
    --_border: var(--sdg-map-border, var(--_sdg-color-text));
    --_river: var(--sdg-map-river, color-mix(in srgb, var(--_text-water) 70%, var(--_fill-water)));
    --_river-text: var(--sdg-map-river-text, var(--_text-water));
    --_river-strong: var(--sdg-map-river-highlight, var(--_text-water));
  }
  [part='base'] {
    position: relative;
  }
  svg.defs {
    position: absolute;
  }
  .sizer {
    height: 0;
  }
  [part='title'] {
    margin: 0 0 0.5rem;
    font-size: var(--_sdg-font-size-title);
    font-weight: var(--_sdg-font-weight-title);
    line-height: 1.3;
  }
  [part='title'] .year {
    font-weight: 400;
    color: var(--_sdg-color-text-muted);
    /* its own run: after an English (fallback) title in right-to-left text the year stays on the title's left */
    unicode-bidi: isolate;
  }
  .frame {
    position: relative;
  }
  [part='svg'] {
    display: block;
    width: 100%;
    height: auto;
    /* Clipped to its viewport: zoomed and panned content never spills over the title or the page. \`clip\`, not
       \`hidden\`: a hidden-overflow box is a scroll container, which Chromium makes a keyboard tab stop of its own. */
    overflow: clip;
    touch-action: manipulation;
  }
  /* One finger scrolls the page; two fingers pinch and pan the map (handled by d3-zoom). */
  [part='svg'].zoomable {
    touch-action: pan-x pan-y;
  }
  .zoom path {
    /* Borders keep their width at every zoom level. */
    vector-effect: non-scaling-stroke;
  }
  [part='zoom-controls'] {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    background: var(--_sdg-color-surface-raised);
    box-shadow: var(--_sdg-shadow);
    overflow: hidden;
  }
  [part='zoom-controls'] button {
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_sdg-color-text);
    cursor: pointer;
  }
  [part='zoom-controls'] button + button {
    border-top: 1px solid var(--_sdg-color-border);
  }
  [part='zoom-controls'] button:hover {
    background: color-mix(in srgb, var(--_sdg-color-text) 8%, transparent);
  }
  [part='zoom-controls'] button:focus-visible {
    outline: 2px solid var(--_sdg-color-focus);
    outline-offset: -2px;
  }
  [part='zoom-controls'] button[aria-disabled='true'] {
    color: var(--_sdg-color-text-muted);
    cursor: default;
    opacity: 0.6;
  }
  [part='zoom-hint'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 1rem;
    background: rgb(0 0 0 / 0.45);
    color: #fff;
    font-size: var(--_sdg-font-size);
    font-weight: 600;
    text-align: center;
    pointer-events: none;
  }
  @media (pointer: coarse) {
    [part='zoom-controls'] button {
      width: 2.75rem;
      height: 2.75rem;
    }
  }
  .sea {
    /* Open sea (the Persian Gulf, the Arabian Sea) is water, like the Caspian: the frame is a full rectangle. */
    fill: var(--_fill-water);
  }
  .context path {
    fill: var(--_fill-land);
    stroke: var(--_stroke);
    stroke-width: 0.75;
  }
  .context path.disputed {
    stroke: var(--_text-land);
    stroke-dasharray: 3 2;
  }
  .water path {
    fill: var(--_fill-water);
    stroke: none;
    /* Lakes lie on top of the countries around them; pointing at one still points at the country. */
    pointer-events: none;
  }
  [part~='country'],
  [part~='region'] {
    stroke: var(--_stroke);
    stroke-width: 1;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
  }
  /* Colours glide from year to year (a time slider playing); steps under reduced motion. */
  [part~='country'],
  [part~='region'],
  .markers circle {
    transition: fill var(--sdg-map-transition, 400ms) ease-in-out;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='country'],
    [part~='region'],
    .markers circle {
      transition: none;
    }
  }
  .outline {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .outline.hover {
    stroke: var(--_hover);
    stroke-width: 2.5;
  }
  .outline.selected {
    stroke: var(--_hover);
    stroke-width: 3;
  }
  .outline.focus {
    stroke: var(--_sdg-color-focus);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .labels text {
    font-size: var(--_label-size);
    paint-order: stroke;
    stroke-linejoin: round;
    pointer-events: none;
    /* text-anchor comes from each label's attribute (start/middle/end). */
    dominant-baseline: central;
  }
  .narrow .labels text {
    font-size: calc(var(--_label-size) - 1px);
  }
  .labels .context {
    fill: var(--_text-land);
    stroke: var(--_fill-land);
    stroke-width: 3;
  }
  .labels .water {
    fill: var(--_text-water);
    stroke: var(--_fill-water);
    stroke-width: 3;
    font-style: italic;
  }
  .labels .river {
    fill: var(--_river-text);
    stroke: var(--_fill-land);
    stroke-width: 3;
    font-style: italic;
    font-size: calc(var(--_label-size) - 1px);
  }
  .labels .river.strong {
    font-weight: 600;
  }
  .labels .river.muted {
    opacity: 0.6;
  }
  .labels .capital {
    fill: var(--_sdg-color-text);
    stroke: var(--_sdg-color-surface);
    stroke-width: 3;
  }
  .rivers path {
    fill: none;
    stroke: var(--_river);
    stroke-linecap: round;
    stroke-linejoin: round;
    stroke-width: 0.75;
    pointer-events: none;
  }
  .rivers .rank-0,
  .rivers .rank-1,
  .rivers .rank-2,
  .rivers .rank-3 {
    stroke-width: 1.6;
  }
  .rivers .rank-4,
  .rivers .rank-5 {
    stroke-width: 1.3;
  }
  .rivers .rank-6,
  .rivers .rank-7 {
    stroke-width: 1;
  }
  .rivers .strong {
    stroke: var(--_river-strong);
    stroke-width: 2.75;
  }
  .rivers .muted {
    opacity: 0.35;
  }
  .points circle {
    fill: var(--_sdg-color-text);
    stroke: var(--_sdg-color-surface);
    stroke-width: 1.5;
    pointer-events: none;
  }
  .labels .focus {
    font-weight: 600;
    stroke-width: 2.5;
  }
  .labels .focus.dark {
    fill: #1f2328;
    stroke: rgb(255 255 255 / 0.55);
  }
  .labels .focus.light {
    fill: #fff;
    stroke: rgb(0 0 0 / 0.35);
  }
  .pattern-bg.no-data {
    fill: var(--_sdg-color-surface);
  }
  .pattern-line.no-data {
    stroke: var(--_no-data);
    stroke-width: 1.5;
  }
  .pattern-bg.range {
    fill: var(--_fill-land);
  }
  .pattern-dot.range {
    fill: var(--_sdg-color-text-muted);
  }

  [part='legend'] {
    position: absolute;
    left: 0;
    bottom: 0;
    max-width: min(18rem, 45%);
    padding: 0.5rem 0.625rem;
    background: color-mix(in srgb, var(--_sdg-color-surface) 88%, transparent);
    border-radius: var(--_sdg-radius);
    font-size: var(--_sdg-font-size-small);
  }
  .narrow [part='legend'],
  .legend-below [part='legend'] {
    position: static;
    max-width: none;
    padding: 0.5rem 0 0;
    background: none;
  }
  .legend-unit {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  /* Right to left: the legend sits at the inline start (the right) and its words read right to left; the ramp
     itself, a number line, is not mirrored (src/i18n/direction.ts). */
  [part='base'][dir='rtl'] [part='legend'] {
    left: auto;
    right: 0;
  }
  [part='base'][dir='rtl'] .legend-unit {
    direction: rtl;
    text-align: right;
  }
  .ramp,
  .classes {
    position: relative;
    height: 0.75rem;
    width: 14rem;
    max-width: 100%;
    border-radius: 2px;
  }
  .classes {
    display: flex;
  }
  .classes span {
    flex: 1;
  }
  .ticks {
    position: relative;
    width: 14rem;
    max-width: 100%;
    height: 1.25rem;
    margin-top: 2px;
    font-variant-numeric: tabular-nums;
  }
  .ticks span {
    position: absolute;
    top: 0;
    transform: translateX(-50%);
    white-space: nowrap;
    padding-top: 3px;
    border-left: 0;
  }
  .ticks span::before {
    content: '';
    position: absolute;
    top: -4px;
    left: 50%;
    height: 5px;
    border-left: 1px solid var(--_sdg-color-text-muted);
  }
  .ticks span:first-child {
    transform: none;
  }
  .ticks span:first-child::before {
    left: 0;
  }
  .ticks span:last-child {
    transform: translateX(-100%);
  }
  .ticks span:last-child::before {
    left: auto;
    right: 0;
  }
  .swatches {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.875rem;
    margin-top: 0.25rem;
  }
  .swatch {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch svg {
    border: 1px solid var(--_sdg-color-border);
  }

  [part='tooltip'] {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    min-width: 8rem;
    max-width: 16rem;
    padding: 0.5rem 0.625rem;
    background: var(--_sdg-color-surface-raised);
    color: var(--_sdg-color-text);
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    box-shadow: var(--_sdg-shadow);
    font-size: var(--_sdg-font-size-small);
    line-height: 1.35;
  }
  [part='tooltip'] .name {
    display: block;
    font-weight: 600;
    font-size: var(--_sdg-font-size);
  }
  [part='tooltip'] .value {
    display: block;
    font-size: 1.125rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part='tooltip'] .meta {
    display: block;
    color: var(--_sdg-color-text-muted);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .footer button {
    margin-top: 0.5em;
    font-size: var(--_sdg-font-size-small);
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  [part='table'] {
    margin-top: 0.5rem;
    border-collapse: collapse;
    font-size: var(--_sdg-font-size-small);
  }
  [part='table'] th,
  [part='table'] td {
    padding: 0.25rem 0.75rem 0.25rem 0;
    text-align: start;
    border-bottom: 1px solid var(--_sdg-color-border);
  }
  [part='table'] td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    [part~='country'] {
      stroke: CanvasText;
    }
    .outline.focus,
    .outline.hover,
    .outline.selected {
      stroke: Highlight;
    }
  }
`;
