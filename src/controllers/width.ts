import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width of an element of the host's template, in whole pixels, kept up to date by a ResizeObserver. Unlike
 * `ResizeController.observe`, `observe` asks for no update itself (it is called from `firstUpdated()`, where a
 * requested update would be a second update scheduled after the first completed, which Lit warns about): the
 * observer's first notification, which every observed element gets, brings the width and the update.
 */
export class WidthController implements ReactiveController {
  /** The last width seen, 0 before the first notification. */
  value = 0;
  /** @internal */ private observer: ResizeObserver | null = null;
  /** @internal */ private target: Element | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  observe(target: Element): void {
    this.target = target;
    this.observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width === this.value) return;
      this.value = width;
      this.host.requestUpdate();
    });
    this.observer.observe(target);
  }

  hostConnected(): void {
    if (this.target) this.observer?.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
