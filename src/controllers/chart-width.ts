import type { ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';

/**
 * The width a chart draws at, in whole pixels. Width only: a height change (the chart's own) must not redraw, and a
 * new width is applied in the next frame so that the redraw never runs inside the observer's loop. 0 until measured.
 */
export class ChartWidth {
  width = 0;
  /** @internal */ private readonly observer: ResizeController<number>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.observer = new ResizeController(host, {
      callback: (entries) => {
        const w = Math.floor(entries[0]?.contentRect.width ?? 0);
        if (w && Math.abs(w - this.width) >= 1)
          requestAnimationFrame(() => {
            this.width = w;
            this.host.requestUpdate();
          });
        return w;
      },
    });
  }
}
