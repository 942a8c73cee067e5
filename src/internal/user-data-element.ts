import { property } from 'lit/decorators.js';
import { ChoiceCheck } from './choice-check.js';
import { SdgElement } from './sdg-element.js';
import type { UserFileFormat } from '../controllers/user-data-view.js';

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

  /** @internal says when `decimal` or `delimiter` has a value the reader does not know */
  private readonly fileChoices = new ChoiceCheck(this, this.localize, () => ({
    decimal: { value: this.decimal, accepted: ['.', ','] },
    delimiter: {
      value: this.delimiter,
      accepted: [',', ';', 'tab'],
      known: (v) => [',', ';', 'tab', '\t'].includes(v),
    },
  }));

  /** @internal how the file is read, for the user-data loader. */
  protected get fileFormat(): UserFileFormat {
    const raw = String(this.delimiter ?? '');
    const d = raw === '\t' ? 'tab' : raw.trim();
    return {
      decimal: String(this.decimal ?? '').trim() === ',' ? ',' : '.',
      delimiter: d === ',' || d === ';' ? d : d === 'tab' ? '\t' : undefined,
    };
  }
}
