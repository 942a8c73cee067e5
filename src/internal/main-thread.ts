/**
 * Shares the main thread between the updates of many elements. A page of 235 `<sdg-value>` whose data arrives in
 * one task used to update them all in that task (hundreds of milliseconds on a phone, during which the page answers
 * no tap or key). Each update first asks for a turn: within the first `budgetMs` of a task it gets one at once (no
 * microtask, no delay: a lone element updates exactly as before); past that it waits for the next task
 * (`scheduler.yield()` where the browser has it, else `setTimeout(0)`), and the elements that wait resume in the
 * order they asked. The work is the same, cut into tasks short enough for input to be handled between them.
 */

export interface Turns {
  /** `undefined`: go on now; a Promise: wait for it, then ask again. */
  turn(): Promise<void> | undefined;
  /** How many times the updates gave the main thread back (for tests and the bench). */
  readonly yields: number;
}

export interface TurnOptions {
  /** Work allowed in one task before the next update waits for another (ms). */
  budgetMs?: number;
  now?: () => number;
  /** Resolves in a later task. */
  yieldToMain?: () => Promise<void>;
  /** Calls `f` once the current task has ended (marks the start of a new slice). */
  afterTask?: (f: () => void) => void;
}

type Scheduler = { yield?: () => Promise<void> };

/** The next task: `scheduler.yield()` (continues ahead of other queued work) where present, else a 0 ms timeout. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createTurns(o: TurnOptions = {}): Turns {
  const budget = o.budgetMs ?? 4;
  const now = o.now ?? (() => performance.now());
  const next = o.yieldToMain ?? yieldToMain;
  const afterTask = o.afterTask ?? ((f: () => void) => setTimeout(f, 0));
  /** When the current slice of work started; null between tasks. */
  let start: number | null = null;
  let waiting: Promise<void> | null = null;
  let yields = 0;
  const end = () => (start = null);
  return {
    get yields() {
      return yields;
    },
    turn() {
      if (waiting) return waiting;
      const t = now();
      if (start === null) {
        start = t;
        afterTask(end);
        return undefined;
      }
      if (t - start < budget) return undefined;
      yields++;
      return (waiting = next().then(() => {
        waiting = null;
        start = now();
        afterTask(end);
      }));
    },
  };
}

/** The page's one queue: every `sdg-*` element's updates ask it for their turn. */
export const mainThread: Turns = createTurns();
