/**
 * Generated text for screen readers: the accessible name of one shape and a summary of a map's extremes.
 * Wording comes from the caller's (localised) terms; this module only decides what to say.
 */

export interface SummaryItem {
  name: string;
  value: number | null;
  valueText: string;
}

export interface SummaryTerms {
  summaryExtremes: (year: string, high: string, highValue: string, low: string, lowValue: string) => string;
  summaryNoData: (names: string) => string;
  /** Joins a list of names ("A, B and C"); defaults to a comma list. */
  list?: (names: string[]) => string;
}

/**
 * "In 2020, the value was highest in Afghanistan (57.8) and lowest in Kazakhstan (10.2). No data: …".
 * Ties keep the first item in the given order; items without a number (missing or published as a range) are
 * listed as no data only when they have no text at all.
 */
export function summarize(items: SummaryItem[], yearText: string, terms: SummaryTerms): string {
  const numeric = items.filter((i): i is SummaryItem & { value: number } => i.value !== null);
  const parts: string[] = [];
  if (numeric.length) {
    let high = numeric[0];
    let low = numeric[0];
    for (const i of numeric) {
      if (i.value > high.value) high = i;
      if (i.value < low.value) low = i;
    }
    parts.push(terms.summaryExtremes(yearText, high.name, high.valueText, low.name, low.valueText));
  }
  const missing = items.filter((i) => i.value === null && !i.valueText).map((i) => i.name);
  if (missing.length) parts.push(terms.summaryNoData((terms.list ?? ((n) => n.join(', ')))(missing)));
  return parts.join(' ');
}

/** The accessible name of a shape: "Afghanistan: 57.8 deaths per 1,000 live births, 2020, estimate". */
export function shapeLabel(name: string, parts: Array<string | null | undefined | false>): string {
  const rest = parts.filter((p): p is string => !!p);
  return rest.length ? `${name}: ${rest.join(', ')}` : name;
}
