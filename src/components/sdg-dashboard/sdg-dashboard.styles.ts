import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    --_line: var(--_sdg-color-border);
  }
  table {
    /* Sized from the grid's box (the .scroll container; --_cols is set on it), less the country column, its
       0.5em padding and the 2px spacing: 17 goals and the country column fit
       from about 780 px (cells 2.25rem–3.5rem, 2 px apart); narrower boxes turn countries into columns (below). */
    --_head: var(--sdg-dashboard-country-width, clamp(6.5rem, 14cqi, 8.5rem));
    --_cell: var(
      --sdg-dashboard-cell-size,
      clamp(2.25rem, (100cqi - var(--_head) - 0.75rem - (var(--_cols, 17) + 2) * 2px) / var(--_cols, 17), 3.5rem)
    );
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  [part='title'] {
    margin: 0;
    font-size: var(--_sdg-font-size-title);
    font-weight: var(--_sdg-font-weight-title);
  }
  .hint {
    margin: 0;
    color: var(--_sdg-color-text-muted);
    font-size: var(--_sdg-font-size-small);
  }
  .scroll {
    /* positioned, so that the visually hidden text of cells scrolled out of view is clipped with them */
    position: relative;
    container-type: inline-size;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    max-width: 100%;
  }
  table {
    border-collapse: separate;
    border-spacing: 2px;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0;
    text-align: center;
    vertical-align: middle;
  }
  thead th {
    font-weight: 600;
    font-size: var(--_sdg-font-size-small);
  }
  th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_sdg-color-surface);
    text-align: start;
    padding-inline-end: 0.5em;
    min-width: var(--_head);
    max-width: var(--_head);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  thead th.corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    background: var(--_sdg-color-surface);
  }
  .goal-head {
    display: flex;
    align-items: center;
    justify-content: center;
    width: var(--_cell);
    height: 2rem;
    border-radius: var(--_sdg-radius) var(--_sdg-radius) 0 0;
    background: var(--_goal);
    color: var(--_goal-text);
    font-weight: 700;
  }
  [part~='cell'] {
    box-sizing: border-box;
    width: var(--_cell);
    height: var(--_cell);
    border-radius: 3px;
    border: 1px solid var(--_line);
    background: var(--_fill-light, var(--_sdg-color-surface));
    color: var(--_text-light, var(--_sdg-color-text));
    cursor: pointer;
    line-height: 1.1;
    user-select: none;
  }
  [part~='cell'].unrated {
    border-style: dashed;
    color: var(--_sdg-color-text-muted);
  }
  [part~='cell'] .sym {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 2px;
  }
  .meter {
    /* fills from the inline start: from the right in right-to-left (see backArrow in the templates) */
    display: inline-flex;
    gap: 2px;
  }
  .meter i {
    display: block;
    width: 6px;
    height: 10px;
    border: 1px solid currentColor;
    border-radius: 1px;
  }
  .meter i.on {
    background: currentColor;
  }
  .arrow {
    unicode-bidi: isolate;
    font-size: 1.05em;
    font-weight: 700;
  }
  .glyph {
    font-weight: 700;
  }
  [part~='cell']:focus-visible,
  [part~='cell'][aria-selected='true'] {
    outline: 3px solid var(--_sdg-color-focus);
    outline-offset: 1px;
  }
  /* Too narrow for a row of every goal: countries as columns, one row per goal, the same cells in the same DOM
     order (rows of the table flow into grid columns), so every goal stays whole at phone widths. */
  @container (width < 48rem) {
    table:not(.drill) {
      display: grid;
      grid-template-rows: repeat(var(--_rows, 18), auto);
      grid-auto-flow: column;
      grid-template-columns: max-content;
      grid-auto-columns: minmax(2.25rem, 3.5rem);
      gap: 2px;
    }
    table:not(.drill) :is(thead, tbody, tr) {
      display: contents;
    }
    table:not(.drill) th[scope='row'] {
      position: static;
      min-width: 0;
      max-width: none;
      padding: 0.25em 0;
      writing-mode: sideways-lr;
      text-align: start;
      align-self: end;
      justify-self: center;
      max-height: 9rem;
    }
    table:not(.drill) thead th.corner {
      position: static;
      align-self: end;
    }
    table:not(.drill) .goal-head {
      width: 2.25rem;
      height: 100%;
      min-height: 2.25rem;
      border-radius: 0;
      border-start-start-radius: var(--_sdg-radius);
      border-end-start-radius: var(--_sdg-radius);
    }
    table:not(.drill) [part~='cell'] {
      width: 100%;
      height: 2.5rem;
    }
  }
  /* second level */
  .drill td,
  .drill th {
    text-align: start;
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_line);
  }
  .drill th[scope='row'] {
    min-width: min(12rem, 40vw);
    max-width: min(22rem, 55vw);
    font-weight: 400;
  }
  .drill thead th {
    position: sticky;
    top: 0;
    background: var(--_sdg-color-surface);
  }
  .drill [part~='cell'] {
    width: auto;
    height: auto;
    min-width: 7rem;
    border: 0;
    border-bottom: 1px solid var(--_line);
    border-radius: 0;
    cursor: default;
  }
  .drill .code {
    font-weight: 700;
    margin-inline-end: 0.4em;
  }
  .muted {
    color: var(--_sdg-color-text-muted);
    font-size: var(--_sdg-font-size-small);
  }
  .swatch {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.1em 0.4em;
    border-radius: 3px;
    border: 1px solid var(--_line);
    background: var(--_fill-light, transparent);
    color: var(--_text-light, inherit);
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    font-size: var(--_sdg-font-size-small);
  }
  [part='legend'] dl {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0;
  }
  [part='legend'] dt {
    font-weight: 600;
  }
  [part='legend'] dd {
    margin: 0;
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  details summary {
    cursor: pointer;
    font-size: var(--_sdg-font-size-small);
  }
  [part='table'] {
    border-collapse: collapse;
    font-size: var(--_sdg-font-size-small);
  }
  [part='table'] th,
  [part='table'] td {
    border: 1px solid var(--_line);
    padding: 0.2em 0.4em;
    text-align: start;
  }
  @media (prefers-color-scheme: dark) {
    :host(:state(page-dark):not([theme='light'])) [part~='cell'],
    :host(:state(page-dark):not([theme='light'])) .swatch {
      background: var(--_fill-dark, var(--_sdg-color-surface));
      color: var(--_text-dark, var(--_sdg-color-text));
    }
  }
  :host([theme='dark']) [part~='cell'],
  :host([theme='dark']) .swatch {
    background: var(--_fill-dark, var(--_sdg-color-surface));
    color: var(--_text-dark, var(--_sdg-color-text));
  }
  :host([theme='dark']) [part~='cell'].unrated,
  [part~='cell'].unrated {
    color: var(--_sdg-color-text-muted);
  }
  @media (forced-colors: active) {
    [part~='cell'],
    .swatch,
    .goal-head {
      background: Canvas !important;
      color: CanvasText !important;
      border: 1px solid CanvasText;
    }
    /* Forced colours drop author backgrounds, which would empty the meter's filled steps: fill them with the
       system text colour so the four ratings stay apart. */
    .meter i {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .meter i.on {
      background: CanvasText;
    }
  }
`;
