/**
 * Whether the page around an element can be dark (its `color-scheme` includes `dark`), read for many elements at
 * once: every element connected in one task is answered in one microtask, all reads before any write, so a page of
 * 200 `<sdg-value>` recalculates its styles once instead of once per element (a read after each element's shadow
 * root was attached forced a recalculation every time). The answer arrives before the first paint.
 */
const queue = new Map<Element, (pageDark: boolean) => void>();
let queued = false;

export function readPageScheme(el: Element, apply: (pageDark: boolean) => void): void {
  queue.set(el, apply);
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    const batch = [...queue];
    queue.clear();
    // Values in one sentence share their parent: its style is read once.
    const byParent = new Map<Element | undefined, boolean>();
    const dark = batch.map(([e]) => {
      if (!e.isConnected) return null;
      const parent = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined);
      let d = byParent.get(parent);
      if (d === undefined)
        byParent.set(parent, (d = /\bdark\b/.test(parent ? getComputedStyle(parent).colorScheme : '')));
      return d;
    });
    batch.forEach(([, f], i) => dark[i] !== null && f(dark[i]!));
  });
}
