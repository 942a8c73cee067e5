import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';

/**
 * One polite live region per element, shared by everything in its shadow root that moves a virtual focus (a chart
 * point, a bar, a year): screen readers hear the focused item's name and value without the real focus leaving the
 * element's single tab stop.
 *
 * The region is a plain `<div aria-live="polite" aria-atomic="true">` appended to the shadow root (outside the
 * part Lit renders into, so re-renders and loading or error states never remove it), visually hidden by inline
 * style. Announcements are debounced: holding an arrow key or playing through years speaks the last item only.
 *
 * ```ts
 * private live = new LiveRegion(this);
 * this.live.announce(pointText(this.localize, { name: 'Kazakhstan', value: '10.2', unit: 'per 1,000 live births', year: 2020 }));
 * ```
 */
export class LiveRegion implements ReactiveController {
  /** @internal */ private el: HTMLElement | null = null;
  /** @internal */ private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Milliseconds a new text waits for a newer one before it is spoken. */
    readonly delay = 150,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.region();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The text currently in the region (what a screen reader was last given). */
  get text(): string {
    return this.el?.textContent ?? '';
  }

  /** Speaks `text` politely after the debounce delay; an empty string cancels a pending announcement. */
  announce(text: string): void {
    clearTimeout(this.timer);
    if (!text) return;
    this.timer = setTimeout(() => {
      const el = this.region();
      if (!el) return;
      // The same words twice in a row are not re-read by some readers unless the node's text changes first.
      if (el.textContent === text) el.textContent = '';
      el.textContent = text;
    }, this.delay);
  }

  /** Empties the region at once (e.g. when the element loses focus). */
  clear(): void {
    clearTimeout(this.timer);
    if (this.el) this.el.textContent = '';
  }

  /** @internal The region, created on first need inside the host's shadow root. */
  private region(): HTMLElement | null {
    const root = this.host.shadowRoot;
    if (!root) return null;
    if (this.el && this.el.getRootNode() === root) return this.el;
    const el = document.createElement('div');
    el.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-atomic', 'true');
    el.setAttribute('data-sdg-live', '');
    el.setAttribute('part', 'live');
    el.style.cssText =
      'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    root.appendChild(el);
    this.el = el;
    return el;
  }
}

/** What is said about one focused item. `value` and `unit` are already localised text. */
export interface PointAnnouncement {
  /** Country, region or series name. */
  name: string;
  /** The value as published (localised digits), or the locale's "no data". */
  value: string;
  /** The unit in the reader's language; omitted when `value` already carries it (percent). */
  unit?: string;
  /** The year of the value. */
  year?: number | null;
  /** "estimated", "modelled", "value from 2019"… in the reader's language. */
  marks?: string[];
}

/**
 * "Kazakhstan, 10.2 per 1,000 live births, 2020, estimated": name, value with unit, year, marks. The items are
 * separated by the script's comma (Arabic `،` in Dari and Pashto) so that no new translated string is needed.
 */
export function pointText(loc: LocalizeController, p: PointAnnouncement): string {
  const comma = loc.dir() === 'rtl' ? '، ' : ', ';
  const value = p.unit && !p.value.includes(p.unit) ? `${p.value} ${p.unit}` : p.value;
  const parts = [p.name, value, p.year != null ? loc.year(p.year) : '', ...(p.marks ?? [])];
  return parts.filter(Boolean).join(comma);
}
