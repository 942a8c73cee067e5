import { describe, expect, it } from 'vitest';
import { createTurns } from '../../src/internal/main-thread.js';

/**
 * A hand-driven clock and task queue: `now` is what the clock says, `endTask()` runs what was queued for after the
 * current task, `nextTask()` resolves the pending yields (a new task starts).
 */
function harness(budgetMs = 8) {
  let now = 0;
  let afterTask: Array<() => void> = [];
  let yields: Array<() => void> = [];
  const turns = createTurns({
    budgetMs,
    now: () => now,
    afterTask: (f) => afterTask.push(f),
    yieldToMain: () => new Promise<void>((resolve) => yields.push(resolve)),
  });
  return {
    turns,
    advance: (ms: number) => (now += ms),
    endTask: () => {
      const run = afterTask;
      afterTask = [];
      run.forEach((f) => f());
    },
    nextTask: async () => {
      const run = yields;
      yields = [];
      run.forEach((f) => f());
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

/** An update that asks for its turn, as SdgElement.takeTurn does, and records when it ran. */
function update(turns: ReturnType<typeof createTurns>, ran: string[], name: string, work: () => void): void {
  const go = (): void => {
    const wait = turns.turn();
    if (wait) void wait.then(go);
    else {
      ran.push(name);
      work();
    }
  };
  go();
}

describe('createTurns', () => {
  it('lets updates run at once, without waiting, while the task is within its budget', () => {
    const h = harness(8);
    const ran: string[] = [];
    for (const name of ['a', 'b', 'c']) update(h.turns, ran, name, () => h.advance(2));
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(h.turns.yields).toBe(0);
  });

  it('makes the updates past the budget wait for a later task, and runs them there in the order they asked', async () => {
    const h = harness(8);
    const ran: string[] = [];
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) update(h.turns, ran, name, () => h.advance(3));
    // a (0 → 3), b (3 → 6), c (6 → 9): d finds 9 ms spent and waits, and so do the ones after it; in the next
    // task d, e and f take 9 ms from its start, within the budget again.
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(h.turns.yields).toBe(1);
    await h.nextTask();
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(h.turns.yields).toBe(1);
  });

  it('starts a new budget with each task', async () => {
    const h = harness(8);
    const ran: string[] = [];
    update(h.turns, ran, 'a', () => h.advance(20));
    h.endTask();
    // A later task (a data file arrived): its first update runs at once although the clock moved on.
    h.advance(100);
    update(h.turns, ran, 'b', () => h.advance(1));
    expect(ran).toEqual(['a', 'b']);
    expect(h.turns.yields).toBe(0);
  });

  it('queues an update asked for while others wait behind them, not ahead', async () => {
    const h = harness(8);
    const ran: string[] = [];
    update(h.turns, ran, 'a', () => h.advance(10));
    update(h.turns, ran, 'b', () => h.advance(10));
    update(h.turns, ran, 'c', () => h.advance(10));
    expect(ran).toEqual(['a']);
    await h.nextTask();
    // b ran in the next task and used its budget; c waits for the one after.
    expect(ran).toEqual(['a', 'b']);
    await h.nextTask();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(h.turns.yields).toBe(2);
  });
});
