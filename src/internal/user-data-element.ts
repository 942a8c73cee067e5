import { property } from 'lit/decorators.js';
import { SdgElement } from './sdg-element.js';

/**
 * The base of the elements that read the reader's own file (`src` / `.data`): how that file writes its numbers and
 * separates its cells, declared once here so that the map and the charts read files the same way.
 */
export class SdgUserDataElement extends SdgElement {
  /**
   * The decimal mark of the numbers in the reader's file: `.` (default) or `,`, as in a Russian or Kazakh spreadsheet
   * export (`10,5`, usually `;`-separated). Thousands separators are never accepted.
   */
  @property() decimal: '.' | ',' = '.';

  /**
   * The cell separator of the reader's CSV file: `,`, `;` or `tab`. Unset, it is told from the header line
   * (whichever of the three occurs most often).
   */
  @property() delimiter: ',' | ';' | 'tab' | null = null;

  /** @internal how the file is read, for the user-data loader. */
  protected get fileFormat(): { decimal: '.' | ','; delimiter: ',' | ';' | '\t' | undefined } {
    const d = String(this.delimiter ?? '').trim();
    return {
      decimal: String(this.decimal ?? '').trim() === ',' ? ',' : '.',
      delimiter: d === ',' || d === ';' ? d : d === 'tab' || d === '\t' ? '\t' : undefined,
    };
  }
}
