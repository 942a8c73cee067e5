/**
 * Export of any element as SVG, PNG and CSV: the module behind `toSVG()`, `toPNG()`, `toCSV()` and `download()` of
 * every `sdg-*` element, usable on its own for any element:
 *
 * ```js
 * import { toSVG, toPNG, toCSV } from '@sdg-central-asia/elements';
 * const svg = toSVG(document.querySelector('sdg-map'));          // a standalone SVG string
 * const png = await toPNG(document.querySelector('sdg-map'), { scale: 2 });  // a Blob
 * ```
 *
 * Elements that know their data better than their table implement `SdgExportable`; the others are read from the
 * rendered DOM (title, source and data table parts).
 */
import { rowsToCsv, tableRows, type ExportRow } from './export/csv.js';
import { elementToSvg, type SvgExport } from './export/svg.js';

export type { ExportRow } from './export/csv.js';
export { rowsToCsv, safeCell, tableRows } from './export/csv.js';

/** What an element can provide for export; every method is optional for `toSVG()` and friends. */
export interface SdgExportable {
  /** Exactly the data shown, one record per row, values as published (numbers, or flags such as `<2.5` as text). */
  exportRows(): ExportRow[];
  /** The title of what is shown (indicator and year), in the element's language. */
  exportTitle(): string;
  /** The source line, in the element's language. */
  exportSource(): string;
}

export type ExportFormat = 'svg' | 'png' | 'csv';

export interface ExportOptions {
  /** PNG pixel ratio: 1 (screen size) or 2 (print and high-density screens). */
  scale?: number;
  /** File name without folder; defaults to a name made from the title. */
  filename?: string;
}

type Maybe = Partial<SdgExportable> & Element;

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => (el.shadowRoot ?? el).querySelector(`[part~="${name}"]`);

/** The element's export title: its own `exportTitle()`, else the text of its `title` part. */
export function exportTitle(el: Element): string {
  const own = (el as Maybe).exportTitle;
  return typeof own === 'function' ? own.call(el) : text(part(el, 'title'));
}

/** The element's source line: its own `exportSource()`, else the text of its `source` part. */
export function exportSource(el: Element): string {
  const own = (el as Maybe).exportSource;
  return typeof own === 'function' ? own.call(el) : text(part(el, 'source'));
}

/** The element's data rows and columns: its own `exportRows()`, else its data table. */
export function exportData(el: Element): { columns: string[]; rows: ExportRow[] } {
  const own = (el as Maybe).exportRows;
  if (typeof own === 'function') {
    const rows = own.call(el) ?? [];
    return { columns: [...new Set(rows.flatMap((r) => Object.keys(r)))], rows };
  }
  return tableRows(el);
}

/** Standalone SVG (title, drawing, legend, source; styles and fonts written in) with its size in CSS pixels. */
export function svgExport(el: Element): SvgExport {
  return elementToSvg(el, { title: exportTitle(el), source: exportSource(el) });
}

/** What the element shows as one standalone SVG document string. */
export function toSVG(el: Element): string {
  return svgExport(el).svg;
}

/** The SVG drawn onto a canvas at `scale` × its CSS size, as a PNG Blob. */
export async function toPNG(el: Element, { scale = 1 }: { scale?: number } = {}): Promise<Blob> {
  await document.fonts?.ready;
  const { svg, width, height } = svgExport(el);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await img.decode();
  } catch {
    // The SVG is rasterised through a data: image; a page whose CSP has no `img-src data:` blocks exactly this step.
    throw new Error(
      'PNG export: the drawing could not be loaded as an image (a Content Security Policy without `img-src data:` blocks it; SVG and CSV export still work)',
    );
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Exactly the data shown as CSV with a header row, formula-injection safe (see `safeCell`). */
export function toCSV(el: Element): string {
  const { columns, rows } = exportData(el);
  return rowsToCsv(rows, columns);
}

/** A file name from the title: letters and digits of any script, dashes between words. */
export function exportFilename(el: Element, ext: string, suffix = ''): string {
  const base =
    exportTitle(el)
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}.]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || el.localName;
  return `${base}${suffix}.${ext}`;
}

/** Makes the file and saves it through a temporary link; resolves with the Blob. CSV gets a BOM so Excel reads UTF-8. */
export async function download(el: Element, format: ExportFormat, options: ExportOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 1;
  const blob =
    format === 'svg'
      ? new Blob([toSVG(el)], { type: 'image/svg+xml' })
      : format === 'png'
        ? await toPNG(el, { scale })
        : new Blob(['\ufeff', toCSV(el)], { type: 'text/csv;charset=utf-8' });
  const name = options.filename ?? exportFilename(el, format, format === 'png' && scale !== 1 ? `@${scale}x` : '');
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return blob;
}
