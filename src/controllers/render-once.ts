import { emit, type SdgRenderDetail } from '../events/events.js';

const drawnHosts = new WeakSet<HTMLElement>();

/** Whether `el` has fired `sdg-render` (drawn its data) at least once. */
export function hasDrawn(el: HTMLElement): boolean {
  return drawnHosts.has(el);
}

/**
 * "`sdg-render` once per drawn model": fires the event when the model (anything that changes exactly when the
 * drawing does: the render model, the printed text, the loaded grid) is not the one last reported; nothing for
 * `null` / `undefined`. Call `drawn()` from `updated()`.
 */
export class RenderOnce {
  /** @internal */ private last: unknown = undefined;

  constructor(private readonly host: HTMLElement) {}

  drawn(model: unknown, detail: () => SdgRenderDetail): void {
    if (model === null || model === undefined || Object.is(model, this.last)) return;
    this.last = model;
    drawnHosts.add(this.host);
    emit(this.host, 'sdg-render', detail());
  }
}
