import { select, type Selection } from 'd3-selection';
// Adds selection.transition() and selection.interrupt(), which d3-zoom animates with (d3-zoom depends on it).
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { constrain, MAX_ZOOM, type ZoomTransform } from '../core/geometry/zoom.js';

export interface ZoomControllerOptions {
  /** Called on every change of the transform (each frame of a gesture or an animation). */
  change: (t: ZoomTransform) => void;
  /** Called when a gesture or an animation ends. */
  end: (t: ZoomTransform) => void;
  /** A plain wheel or a one-finger drag was left to the page: tell the reader how to zoom or pan instead. */
  hint: (kind: 'wheel' | 'touch') => void;
  /** Whether a plain wheel may zoom (the map has keyboard focus). */
  wheelAllowed: () => boolean;
}

type Svg = SVGSVGElement;

/**
 * Attaches d3-zoom to the map's `<svg>`: d3 interprets wheel, drag, pinch and two-finger pan and computes the
 * transform; the host stores it and Lit applies it to a `<g>`. Nothing else of the DOM is touched by d3.
 *
 * Page scrolling is never trapped: a plain wheel zooms only with Ctrl/⌘ (a trackpad pinch sends that) or when the
 * map has focus, and touch needs two fingers (`touch-action: pan-x pan-y` leaves one-finger drags to the page).
 */
export class ZoomController implements ReactiveController {
  /** @internal */ private behaviour: ZoomBehavior<Svg, unknown>;
  /** @internal */ private svg: Svg | null = null;
  /** @internal */ private size: [number, number] = [1, 1];
  /** @internal */ private onTouchMove = (e: TouchEvent) => {
    if (e.touches.length === 1) this.options.hint('touch');
  };

  constructor(
    host: ReactiveControllerHost,
    private options: ZoomControllerOptions,
  ) {
    host.addController(this);
    this.behaviour = zoom<Svg, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .filter((e: Event) => {
        if (e.type === 'wheel') {
          const w = e as WheelEvent;
          const ok = w.ctrlKey || w.metaKey || this.options.wheelAllowed();
          if (!ok) this.options.hint('wheel');
          return ok;
        }
        if (e.type === 'touchstart') return (e as TouchEvent).touches.length >= 2;
        if (e.type === 'dblclick') return false;
        const m = e as MouseEvent;
        return !m.ctrlKey && !m.button;
      })
      // A trackpad pinch arrives as small ctrl+wheel deltas (d3 multiplies them by 10); a mouse wheel with Ctrl
      // sends ±100 per notch, which ×10 would zoom 4× at once.
      .wheelDelta(
        (e: WheelEvent) =>
          -e.deltaY *
          (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) *
          (e.ctrlKey && Math.abs(e.deltaY) < 50 ? 10 : 1),
      )
      .on('zoom', (e: D3ZoomEvent<Svg, unknown>) => this.options.change(plain(e.transform)))
      .on('end', (e: D3ZoomEvent<Svg, unknown>) => this.options.end(plain(e.transform)));
  }

  /** Binds the behaviour to `svg` (once per element) and sets the frame size in its viewBox units. */
  attach(svg: Svg | null, width: number, height: number): void {
    this.size = [width, height];
    this.behaviour
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ]);
    if (svg === this.svg) return;
    this.detach();
    this.svg = svg;
    if (!svg) return;
    select(svg).call(this.behaviour);
    svg.addEventListener('touchmove', this.onTouchMove, { passive: true });
  }

  /** Takes over a transform held before d3-zoom was loaded, without a zoom event (nothing moved). */
  adopt(t: ZoomTransform): void {
    if (this.svg) (this.svg as Svg & { __zoom?: unknown }).__zoom = zoomIdentity.translate(t.x, t.y).scale(t.k);
  }

  /** The transform d3 holds for the svg. */
  get current(): ZoomTransform {
    return this.svg
      ? plain((this.svg as Svg & { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity)
      : { k: 1, x: 0, y: 0 };
  }

  /** Moves to `t` (constrained), animated over `duration` ms (0: at once). Resolves when there. */
  set(t: ZoomTransform, duration = 0): Promise<void> {
    const svg = this.svg;
    if (!svg) return Promise.resolve();
    const c = constrain(t, this.size[0], this.size[1]);
    const target = zoomIdentity.translate(c.x, c.y).scale(c.k);
    const sel = select(svg) as Selection<Svg, unknown, null, undefined>;
    if (duration <= 0) {
      sel.interrupt();
      this.behaviour.transform(sel, target);
      return Promise.resolve();
    }
    const tr = sel.transition().duration(duration);
    this.behaviour.transform(tr, target);
    // end() rejects when the transition is interrupted (a new gesture): arriving is then moot.
    return tr.end().catch(() => undefined);
  }

  /** @internal */
  private detach(): void {
    if (!this.svg) return;
    select(this.svg).interrupt().on('.zoom', null);
    this.svg.removeEventListener('touchmove', this.onTouchMove);
    this.svg = null;
  }

  hostDisconnected(): void {
    this.detach();
  }
}

/** The part of d3-transition's API used here (its types are not installed). */
declare module 'd3-selection' {
  // Declaration merging must repeat every type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Selection<GElement extends BaseType, Datum, PElement extends BaseType, PDatum> {
    interrupt(name?: string): this;
    transition(name?: string): TransitionLike<GElement, Datum> & {
      duration(ms: number): TransitionLike<GElement, Datum> & { end(): Promise<void> };
    };
  }
}

function plain(t: { k: number; x: number; y: number }): ZoomTransform {
  return { k: t.k, x: t.x, y: t.y };
}
