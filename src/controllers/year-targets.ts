import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toYear } from '../core/format/years.js';

/**
 * The elements a year control drives (`for="map chart"`, looked up in the host's own document or shadow root): it
 * sets their `year`, and hears a target that changes its own year (a bar chart's arrow keys) so that the control can
 * follow and pass the year on to the others.
 */
export class YearTargets implements ReactiveController {
  /** @internal what was last set on the targets */ private pushed: { year: number; for: string } | null = null;
  /** @internal */ private listening: Node | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly o: {
      /** Space-separated ids of the targets. */
      ids: () => string;
      /** A target changed its own year. */
      onYear: (year: number) => void;
    },
  ) {
    host.addController(this);
  }

  /** The elements named in `ids` that are in the host's root node. */
  get targets(): HTMLElement[] {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const ids = this.o.ids().split(/\s+/).filter(Boolean);
    return ids.map((id) => root.getElementById?.(id)).filter((el): el is HTMLElement => !!el);
  }

  hostConnected(): void {
    this.listening = this.host.getRootNode();
    this.listening.addEventListener('sdg-year-change', this.onTargetYear);
    // A control placed before its targets in a page still being parsed drives them once they exist.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => ((this.pushed = null), this.host.requestUpdate()), {
        once: true,
      });
    }
  }

  hostDisconnected(): void {
    this.listening?.removeEventListener('sdg-year-change', this.onTargetYear);
    this.listening = null;
  }

  /** Sets `year` on the targets now. */
  push(year: number): void {
    this.pushed = { year, for: this.o.ids() };
    for (const el of this.targets) (el as HTMLElement & { year?: number }).year = year;
  }

  /** Sets `year` on the targets unless it is what they were last given (and the ids are the same). */
  sync(year: number): void {
    if (!this.pushed || this.pushed.year !== year || this.pushed.for !== this.o.ids()) this.push(year);
  }

  /** @internal */
  private readonly onTargetYear = (e: Event): void => {
    const year = toYear((e as CustomEvent<{ year?: number }>).detail?.year);
    if (e.target === this.host || year === undefined || !this.targets.includes(e.target as HTMLElement)) return;
    this.o.onYear(year);
  };
}
