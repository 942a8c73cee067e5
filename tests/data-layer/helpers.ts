import type { Catalog } from '../../src/core/data/types.js';
import { clearFetchCache } from '../../src/core/data/fetch-cache.js';

/** Paths inside the shipped `data/` folder of the resource requests made since `startCounting()` (one entry each). */
export function dataRequests(): string[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((e) => e.initiatorType === 'fetch' && new URL(e.name).pathname.includes('/data/'))
    .map((e) => new URL(e.name).pathname.replace(/^.*?\/data\//, ''));
}

/** Empties the shared cache and the browser's list of resource timings. */
export function startCounting(): void {
  clearFetchCache();
  performance.setResourceTimingBufferSize(100000);
  performance.clearResourceTimings();
}

/** The catalog, read with a plain fetch (not through the code under test). */
export async function readCatalog(): Promise<Catalog> {
  return (await fetch('/data/catalog.json')).json();
}

/** Resolves when `done()` holds, polling; rejects after `ms`. */
export async function until(done: () => boolean, what: string, ms = 15000): Promise<void> {
  const end = performance.now() + ms;
  while (!done()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** True once the element drew (an svg) or shows its error state, and nothing is loading. */
export function settled(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && !root.querySelector('[part~="loading"]') && !!root.querySelector('svg, [part~="error"]');
}

/** Counts of each entry of a list. */
export function tally(list: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of list) out[x] = (out[x] ?? 0) + 1;
  return out;
}

/**
 * The known faults of `data/examples/kaz-regions-example.csv` as `examples/data/README.md` lists them (its table
 * "The five faults"): line and the message's wording, read from the README itself.
 */
export async function knownFaults(): Promise<Array<{ line: number; message: string }>> {
  const text = await (await fetch('/examples/data/README.md')).text();
  const section = text.slice(text.indexOf('## The five faults'));
  return [...section.matchAll(/^\|\s*(\d+)\s*\|[^|]*\|\s*(.+?)\s*\|\s*$/gm)].map((m) => ({
    line: Number(m[1]),
    message: m[2],
  }));
}
