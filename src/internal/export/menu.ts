import { css, html, type TemplateResult } from 'lit';
import type { ExportFormat, ExportOptions } from '../export.js';

/** The download menu's items: format, options and the visible label (format names are not translated). */
export const EXPORT_ITEMS: Array<{ format: ExportFormat; options: ExportOptions; label: string }> = [
  { format: 'svg', options: {}, label: 'SVG' },
  { format: 'png', options: { scale: 1 }, label: 'PNG 1×' },
  { format: 'png', options: { scale: 2 }, label: 'PNG 2×' },
  { format: 'csv', options: {}, label: 'CSV' },
];

/**
 * The download menu (part `export`): a `<details>` whose buttons save the element as SVG, PNG at 1× and 2×, or CSV.
 * `run` does the download; the menu closes after a choice.
 */
export function exportMenuTemplate(
  terms: { download: string; downloadAs: (format: string) => string },
  run: (format: ExportFormat, options: ExportOptions) => void,
): TemplateResult {
  const choose = (e: Event, format: ExportFormat, options: ExportOptions) => {
    (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
    run(format, options);
  };
  return html`<details part="export" class="export">
    <summary>${terms.download}</summary>
    <div class="export-menu" role="group" aria-label=${terms.download}>
      ${EXPORT_ITEMS.map(
        (item) =>
          html`<button
            type="button"
            data-format=${item.format}
            data-scale=${item.options.scale ?? 1}
            aria-label=${terms.downloadAs(item.label)}
            @click=${(e: Event) => choose(e, item.format, item.options)}
          >
            ${item.label}
          </button>`,
      )}
    </div>
  </details>`;
}

/** The menu's look, and the print rules every element shares: controls hidden, drawing, legend and source kept. */
export const exportStyles = css`
  [part~='export'] {
    position: relative;
    display: inline-block;
    font-size: var(--_sdg-font-size-small);
  }
  [part~='export'] > summary {
    list-style: none;
    cursor: pointer;
    padding: 0.25em 0.9em;
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    background: var(--_sdg-color-surface-raised);
    user-select: none;
  }
  [part~='export'] > summary::-webkit-details-marker {
    display: none;
  }
  [part~='export'] > summary::after {
    content: ' ▾';
  }
  .export-menu {
    position: absolute;
    inset-inline-end: 0;
    bottom: calc(100% + 4px);
    z-index: 3;
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 7rem;
    padding: 4px;
    background: var(--_sdg-color-surface-raised);
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    box-shadow: var(--_sdg-shadow);
  }
  /* A row for an element's footer buttons and this menu: <span class="sdg-actions">…</span>. */
  .sdg-actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .sdg-actions > [part~='export'] {
    margin-top: 0.5em;
  }
  [part~='export'] .export-menu button {
    margin: 0;
    text-align: start;
    border-color: transparent;
    white-space: nowrap;
  }
  .export-menu button:hover {
    border-color: var(--_sdg-color-border);
  }
  @media print {
    :host {
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    [part~='export'],
    [part~='tooltip'],
    [part~='controls'],
    [part~='slider'],
    button,
    details,
    input,
    select {
      display: none !important;
    }
  }
`;
