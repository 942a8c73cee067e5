/**
 * Whether the page around an element can be dark (its `color-scheme` includes `dark`), read for many elements at
 * once: every element connected before the next frame is answered in one batch, all reads before any write, so a
 * page of 200 `<sdg-value>` recalculates its styles once instead of once per element (a read after each element's
 * shadow root was attached forced a recalculation every time). The batch runs in the frame's animation callbacks,
 * where the styles are about to be recalculated for the frame anyway, not in the task that connected the elements
 * (on a page of many elements, the task that registers them). The answer arrives before the first paint, and an
 * element's `updateComplete` waits for it.
 */
const queue = new Map<Element, (pageDark: boolean) => void>();
let batch: Promise<void> | null = null;

/**
 * Runs `f` once, in the next frame's animation callbacks, or after 100 ms where frames are held back (a hidden tab, an
 * iframe out of view), so that no element waits on a frame that does not come.
 */
function nextFrame(f: () => void): void {
  let frame = 0;
  const timer = setTimeout(() => {
    if (frame) cancelAnimationFrame(frame);
    f();
  }, 100);
  if (typeof requestAnimationFrame === 'function')
    frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      f();
    });
}

/** Asks for `el`'s answer; resolves when the batch holding it has been answered (connected or not). */
export function readPageScheme(el: Element, apply: (pageDark: boolean) => void): Promise<void> {
  queue.set(el, apply);
  if (batch) return batch;
  return (batch = new Promise((resolve) =>
    nextFrame(() => {
      batch = null;
      const items = [...queue];
      queue.clear();
      // Values in one sentence share their parent: its style is read once.
      const byParent = new Map<Element | undefined, boolean>();
      const dark = items.map(([e]) => {
        if (!e.isConnected) return null;
        const parent = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined);
        let d = byParent.get(parent);
        if (d === undefined)
          byParent.set(parent, (d = /\bdark\b/.test(parent ? getComputedStyle(parent).colorScheme : '')));
        return d;
      });
      items.forEach(([, f], i) => dark[i] !== null && f(dark[i]!));
      resolve();
    }),
  ));
}
