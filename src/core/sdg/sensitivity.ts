import { METHOD, band } from './method.js';
import type { Status } from './types.js';

/**
 * How many goal cells change status when every band edge moves by a factor (0.9 and 1.1: ±10 %). Pure, on the goal
 * scores already computed: a goal's score (the mean of its two lowest indicator scores) does not depend on the edges;
 * "target met" (every indicator met), "not enough data", "no target" and "not applicable" do not either.
 */
export interface SensitivityRow {
  factor: number;
  close: number;
  far: number;
  /** Cells whose status differs from the shipped one, out of `cells`. */
  changed: number;
  cells: number;
}

interface Cell {
  status: Status;
  statusScore: number | null;
}

/** The status of a rated goal cell under other band edges. */
export function statusWithEdges(cell: Cell, edges: { close: number; far: number }): Status {
  if (cell.statusScore === null || !['close', 'far', 'very-far'].includes(cell.status)) return cell.status;
  return band(Math.min(cell.statusScore, 99.99), edges);
}

export function sensitivity(cells: Cell[], factors: number[] = [0.9, 1.1]): SensitivityRow[] {
  return factors.map((factor) => {
    // Rounded so that 90 × 1.1 reads 99, not 99.00000000000001.
    const edges = {
      close: Number((METHOD.close * factor).toPrecision(12)),
      far: Number((METHOD.far * factor).toPrecision(12)),
    };
    const changed = cells.filter((c) => statusWithEdges(c, edges) !== c.status).length;
    return { factor, ...edges, changed, cells: cells.length };
  });
}
