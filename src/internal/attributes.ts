import { toYear } from '../core/format/years.js';

/**
 * `year`, `start-year`, `end-year` as attributes: a whole year from 1900 to 2100, anything else (`abc`, `''`,
 * `1e20`, `Infinity`) as if the attribute were absent, so that the element shows its default year instead of
 * "NaN", "0" or a loop to the number given. A property set from script goes through the same check in the models.
 */
export const yearAttribute = {
  fromAttribute: (value: string | null): number | null => toYear(value) ?? null,
  toAttribute: (value: number | null | undefined): string | null =>
    value === null || value === undefined ? null : String(value),
};
