/**
 * Every story's accessibility check runs on what the story draws, not on "Loading…".
 *
 * Storybook runs a story as: loaders → beforeEach → render → play → afterEach hooks, the story's first and the
 * project's last, and the addons' (addon-a11y's axe run) after the project's own. So `trackDraws` (a project
 * beforeEach) records every `sdg-render` / `sdg-error` from before the first render, and `waitForDrawn` (a project
 * afterEach) waits until every `sdg-*` element in the canvas, shadow trees included, has drawn or shown its error and
 * none is still loading — then axe runs. A story that stays loading fails with the elements that did not settle.
 *
 * A story that shows an error on purpose says so with `parameters: { sdg: { expect: 'error' } }`: it then fails
 * unless an element fired `sdg-error`. The one story of the loading state says `expect: 'loading'`: its check then
 * runs once every element shows that state.
 */

/** Controls that draw no data and fire no `sdg-render` (they do fire `sdg-error`). */
const NO_RENDER_EVENT = new Set(['sdg-time-slider']);

/** What a loading element shows: the shared `loading` part, a busy region, the sparkline's placeholder. */
export const LOADING_SELECTOR = '[part~="loading"], [aria-busy="true"], .pending';

export interface DrawLog {
  rendered: WeakSet<Element>;
  errored: WeakSet<Element>;
  errors: number;
}

const logs = new WeakMap<Document, DrawLog>();

/** Starts recording `sdg-render` / `sdg-error` (composed events) by the element that fired them; returns a stop. */
export function trackDraws(doc: Document = document): () => void {
  const log: DrawLog = { rendered: new WeakSet(), errored: new WeakSet(), errors: 0 };
  logs.set(doc, log);
  const onRender = (e: Event) => {
    const el = e.composedPath()[0];
    if (el instanceof Element) log.rendered.add(el);
  };
  const onError = (e: Event) => {
    const el = e.composedPath()[0];
    if (el instanceof Element) log.errored.add(el);
    log.errors++;
  };
  doc.addEventListener('sdg-render', onRender, true);
  doc.addEventListener('sdg-error', onError, true);
  return () => {
    doc.removeEventListener('sdg-render', onRender, true);
    doc.removeEventListener('sdg-error', onError, true);
  };
}

/** Every `sdg-*` element under `root`, in light DOM and open shadow roots. */
export function sdgElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('sdg-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

function loading(el: Element): boolean {
  return !!el.shadowRoot?.querySelector(LOADING_SELECTOR);
}

/** Why an element is not settled yet, or null when it has drawn (or shown its error) and is not loading. */
export function pendingReason(el: Element, log: DrawLog | undefined): string | null {
  if (loading(el)) return 'still shows its loading state';
  if (NO_RENDER_EVENT.has(el.localName)) return null;
  if (!log) return 'no draw log (trackDraws did not run)';
  return log.rendered.has(el) || log.errored.has(el) ? null : 'fired neither sdg-render nor sdg-error';
}

function notLoadingReason(el: Element): string | null {
  return NO_RENDER_EVENT.has(el.localName) || loading(el) ? null : 'does not show its loading state';
}

const describe = (el: Element) => `<${el.localName}${el.id ? ` id="${el.id}"` : ''}>`;

export interface WaitOptions {
  timeout?: number;
  /**
   * `error`: the story shows an error on purpose; some element must fire `sdg-error`. `loading`: the story shows the
   * loading state on purpose; every element must show it.
   */
  expect?: 'drawn' | 'error' | 'loading';
  doc?: Document;
}

/**
 * Resolves once every `sdg-*` element under `root` has settled (and, for `expect: 'error'`, an `sdg-error` was
 * fired); rejects after `timeout` ms naming the elements that did not.
 */
export async function waitForDrawn(root: ParentNode, options: WaitOptions = {}): Promise<void> {
  // Under the 15 s test timeout, so that a story fails with this message rather than a bare timeout.
  const { timeout = 10_000, expect = 'drawn', doc = document } = options;
  const deadline = performance.now() + timeout;
  for (;;) {
    const log = logs.get(doc);
    const pending = sdgElements(root)
      .map((el) => [el, expect === 'loading' ? notLoadingReason(el) : pendingReason(el, log)] as const)
      .filter(([, why]) => why);
    const errorMissing = expect === 'error' && !(log && log.errors > 0);
    if (!pending.length && !errorMissing) {
      // One more frame: the settled state is painted before axe reads it.
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return;
    }
    if (performance.now() > deadline) {
      const parts = pending.map(([el, why]) => `${describe(el)} ${why}`);
      if (errorMissing) parts.push('no element fired sdg-error, though the story shows an error');
      const what =
        expect === 'loading'
          ? 'show its loading state'
          : 'settle, so its accessibility check would see a loading state';
      throw new Error(`The story did not ${what} in ${timeout} ms: ${parts.join('; ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Lit's one-time dev-mode notice: a property of the development build, not of a story. */
const IGNORED_CONSOLE = [/Lit is in dev mode/];

const consoleLogs = new WeakMap<Document, string[]>();

/**
 * Records what the story's code writes with `console.warn` / `console.error` (Lit's "scheduled an update after an
 * update completed", a failed assertion in an element…) while still writing it; returns a stop. `consoleProblems`
 * reads the record in the project's afterEach, which fails the story on any.
 */
export function trackConsole(doc: Document = document): () => void {
  const logged: string[] = [];
  consoleLogs.set(doc, logged);
  const { warn, error } = console;
  const record =
    (kind: string, write: (...a: unknown[]) => void) =>
    (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!IGNORED_CONSOLE.some((re) => re.test(text))) logged.push(`${kind}: ${text}`);
      write.apply(console, args);
    };
  console.warn = record('warn', warn);
  console.error = record('error', error);
  return () => {
    console.warn = warn;
    console.error = error;
  };
}

/** What the story wrote to the console as warnings or errors since `trackConsole`. */
export function consoleProblems(doc: Document = document): string[] {
  return consoleLogs.get(doc) ?? [];
}
