import type { Observation } from '../types.js';
import { matchArea } from './areas.js';
import { DIM_FIELDS, type Field } from './columns.js';
import { problem, shown, type ProblemCode, type UserDataProblem } from './messages.js';
import { MAX_TEXT, NATURE_CODES, readText, readValue, readYear, type Decimal } from './values.js';

/** One record before validation: the cells of the fields it has, each with the column it came from. */
export interface RawRecord {
  line: number;
  location: 'line' | 'item';
  cells: Partial<Record<Field, { column: string; raw: unknown }>>;
  /** Further breakdowns by name (a series file's other dimensions). */
  dims?: Record<string, { column: string; raw: unknown }>;
}

export interface ValidateOptions {
  decimal: Decimal;
  /** Series code for rows that name neither a series nor an indicator. */
  series: string;
}

/**
 * Validates records one by one and keeps the tally. A record is accepted (an observation), rejected (one problem per
 * thing wrong with it, severity `error`), or missing (no value: a `value-missing` warning in tidy data, silent for the
 * empty cells of a wide table). accepted + rejected + missing = records seen.
 */
export class Collector {
  readonly rows: Observation[] = [];
  readonly problems: UserDataProblem[] = [];
  accepted = 0;
  rejected = 0;
  missing = 0;
  private readonly seen = new Map<string, number>();
  private lastLine = -1;
  private readonly lineProblems = new Set<string>();

  constructor(private readonly options: ValidateOptions) {}

  note(p: UserDataProblem): void {
    this.problems.push(p);
  }

  /** `quietMissing`: an empty cell of a wide table, which is no problem worth listing. */
  add(rec: RawRecord, quietMissing = false): void {
    if (quietMissing) {
      const v = readValue(rec.cells.value?.raw, this.options.decimal);
      if (!v.ok && v.missing) {
        this.missing++;
        return;
      }
    }
    const errors: UserDataProblem[] = [];
    const at = (field: Field) => ({ line: rec.line, location: rec.location, column: rec.cells[field]?.column ?? null });
    const fail = (field: Field, code: ProblemCode, params: Record<string, string | number> = {}, value?: unknown) =>
      errors.push(problem(code, at(field), params, { value }));

    const text = (field: Field): string => {
      const cell = rec.cells[field];
      if (!cell) return '';
      const r = readText(cell.raw);
      if (r.ok) return r.text;
      fail(field, r.code, r.code === 'text-too-long' ? { limit: MAX_TEXT } : { value: shown(cell.raw) }, cell.raw);
      return '';
    };

    // Area: a region code wins over a country code; `area`/`code` columns may hold either.
    const region = text('region');
    const area = text('area');
    const country = text('country');
    const primaryField: Field = region ? 'region' : area ? 'area' : 'country';
    const primary = region || area || country;
    let areaCode = '';
    if (!primary) {
      if (!errors.length) fail(rec.cells.region ? 'region' : rec.cells.area ? 'area' : 'country', 'area-missing');
    } else {
      const m = matchArea(primary);
      if (!m) fail(primaryField, 'area-unknown', { value: shown(primary) }, primary);
      else {
        areaCode = m.code;
        if (primaryField !== 'country' && country) {
          const c = matchArea(country);
          if (!c) fail('country', 'area-unknown', { value: shown(country) }, country);
          else if (c.code !== m.country && c.code !== m.code) {
            fail(primaryField, 'area-mismatch', { region: shown(primary), country: shown(country) }, primary);
          }
        }
      }
    }

    const yearCell = rec.cells.year;
    const year = readYear(yearCell?.raw);
    if (year === 'missing') fail('year', 'year-missing');
    else if (year === 'invalid') fail('year', 'year-invalid', { value: shown(yearCell?.raw) }, yearCell?.raw);

    const indicator = text('indicator');
    const series = text('series');
    const unit = text('unit');
    let nature = text('nature').toUpperCase();
    if (nature && !NATURE_CODES.includes(nature)) {
      fail('nature', 'nature-invalid', { value: shown(nature) }, rec.cells.nature?.raw);
      nature = '';
    }
    const dims: Record<string, string> = {};
    for (const d of DIM_FIELDS) {
      const v = text(d);
      if (v) dims[d] = v;
    }
    for (const [name, cell] of Object.entries(rec.dims ?? {})) {
      const r = readText(cell.raw);
      if (!r.ok) {
        const where = { line: rec.line, location: rec.location, column: cell.column };
        errors.push(problem(r.code, where, { value: shown(cell.raw), limit: MAX_TEXT }, { value: cell.raw }));
      } else if (r.text && name !== '__proto__') dims[name] = r.text;
    }

    const valueCell = rec.cells.value;
    const v = readValue(valueCell?.raw, this.options.decimal);
    let missing = false;
    if (!v.ok) {
      if (v.missing) missing = true;
      else fail('value', v.code, { value: shown(valueCell?.raw), ...v.params }, valueCell?.raw);
    }

    if (errors.length) {
      this.rejected++;
      // The cells of one wide row share its area: say what is wrong with the row once, not once per year.
      if (rec.line !== this.lastLine) this.lineProblems.clear();
      this.lastLine = rec.line;
      for (const e of errors) {
        const k = `${e.code} ${e.column}`;
        if (this.lineProblems.has(k)) continue;
        this.lineProblems.add(k);
        this.problems.push(e);
      }
      return;
    }
    if (missing || !v.ok) {
      this.missing++;
      if (!quietMissing) {
        this.problems.push(problem('value-missing', at('value'), {}, { severity: 'warning', value: valueCell?.raw ?? '' }));
      }
      return;
    }

    const obs: Observation = {
      area: areaCode,
      series: series || indicator || this.options.series,
      year: year as number,
      value: v.value,
    };
    if (indicator) obs.indicator = indicator;
    if (unit) obs.unit = unit;
    if (nature) obs.nature = nature;
    if (Object.keys(dims).length) obs.dims = dims;

    const key = JSON.stringify([obs.area, obs.series, obs.indicator ?? '', obs.year, Object.entries(dims).sort()]);
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.rejected++;
      this.problems.push(problem('duplicate', at('value'), { first }, { value: valueCell?.raw }));
      return;
    }
    this.seen.set(key, rec.line);
    this.accepted++;
    this.rows.push(obs);
  }
}
