import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { constrain, IDENTITY, type ZoomTransform } from '../core/geometry/zoom.js';
import type { ZoomController, ZoomControllerOptions } from './zoom.js';

/**
 * The map's zoom, with d3-zoom (and d3-transition, d3-drag, d3-selection) loaded on first use: when a pointer enters
 * the map or touches it, on a wheel that would zoom, or when a button, a key, `zoomTo()` animates. Until then it holds
 * the transform itself, so a page that never zooms never loads that code. Same API as `ZoomController`.
 */
export class LazyZoomController implements ReactiveController {
  /** @internal */ private real: ZoomController | null = null;
  /** @internal */ private loading: Promise<ZoomController> | null = null;
  /** @internal */ private svg: SVGSVGElement | null = null;
  /** @internal */ private size: [number, number] = [1, 1];
  /** @internal */ private held: ZoomTransform = IDENTITY;

  constructor(
    private host: ReactiveControllerHost,
    private options: ZoomControllerOptions,
  ) {
    host.addController(this);
  }

  /** @internal a gesture is about to start: load the machinery while the pointer travels. */
  private onIntent = (e: Event) => {
    if (e.type === 'wheel') {
      const w = e as WheelEvent;
      if (!(w.ctrlKey || w.metaKey || this.options.wheelAllowed())) {
        this.options.hint('wheel');
        return;
      }
      // The page must not zoom instead of the map while the code arrives; the map zooms by this wheel once it has.
      w.preventDefault();
      const svg = this.svg;
      const init: WheelEventInit = {
        clientX: w.clientX,
        clientY: w.clientY,
        screenX: w.screenX,
        screenY: w.screenY,
        deltaX: w.deltaX,
        deltaY: w.deltaY,
        deltaZ: w.deltaZ,
        deltaMode: w.deltaMode,
        ctrlKey: w.ctrlKey,
        metaKey: w.metaKey,
        shiftKey: w.shiftKey,
        altKey: w.altKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      };
      void this.load().then(() => svg?.isConnected && svg.dispatchEvent(new WheelEvent('wheel', init)));
      return;
    }
    void this.load();
  };

  /** @internal */
  private onTouchMove = (e: TouchEvent) => {
    if (e.touches.length === 1) this.options.hint('touch');
  };

  /** Whether d3-zoom has been loaded (for tests and the bench). */
  get loaded(): boolean {
    return this.real !== null;
  }

  /** Loads d3-zoom and hands over the svg and the transform held so far. */
  load(): Promise<ZoomController> {
    this.loading ??= import('./zoom.js').then(({ ZoomController: Real }) => {
      const real = new Real(this.host, this.options);
      const svg = this.svg;
      this.listen(null);
      real.attach(svg, this.size[0], this.size[1]);
      real.adopt(this.held);
      this.real = real;
      return real;
    });
    return this.loading;
  }

  attach(svg: SVGSVGElement | null, width: number, height: number): void {
    this.size = [width, height];
    if (this.real) return this.real.attach(svg, width, height);
    if (svg !== this.svg) this.listen(svg);
  }

  get current(): ZoomTransform {
    return this.real ? this.real.current : this.held;
  }

  /** Moves to `t`: at once without loading anything while d3-zoom is not needed, animated after loading it. */
  set(t: ZoomTransform, duration = 0): Promise<void> {
    if (this.real) return this.real.set(t, duration);
    if (!this.svg) return Promise.resolve();
    if (duration > 0) return this.load().then((real) => real.set(t, duration));
    // As d3-zoom does for a transform set at once: the change and the end of the "gesture".
    this.held = constrain(t, this.size[0], this.size[1]);
    this.options.change(this.held);
    this.options.end(this.held);
    return Promise.resolve();
  }

  /** @internal */
  private listen(svg: SVGSVGElement | null): void {
    const old = this.svg;
    if (old) {
      for (const type of ['pointerenter', 'touchstart', 'wheel']) old.removeEventListener(type, this.onIntent);
      old.removeEventListener('touchmove', this.onTouchMove);
    }
    this.svg = svg;
    if (!svg || this.real) return;
    svg.addEventListener('pointerenter', this.onIntent, { passive: true });
    svg.addEventListener('touchstart', this.onIntent, { passive: true });
    svg.addEventListener('wheel', this.onIntent, { passive: false });
    svg.addEventListener('touchmove', this.onTouchMove, { passive: true });
  }

  hostDisconnected(): void {
    if (!this.real) this.listen(null);
  }
}
