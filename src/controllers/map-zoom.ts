import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  apply,
  constrain,
  fitBox,
  IDENTITY,
  panBy,
  rescale,
  ringsBox,
  sameTransform,
  zoomBy,
  type ZoomTransform,
} from '../core/geometry/zoom.js';
import { emit } from '../events/events.js';
import { LazyZoomController } from './lazy-zoom.js';

/** What the map's zoom needs of its element. */
export interface MapZoomHost extends ReactiveControllerHost, HTMLElement {
  /** The transform drawn (the element's `zoom` property). */
  zoom: ZoomTransform;
  noZoom: boolean;
}

export interface MapZoomOptions {
  /** The drawing's size, or `null` before the first draw. */
  size: () => { width: number; height: number } | null;
  /** The projected rings of the country or region `code` (for `to(code)`), or `undefined`. */
  rings: (code: string) => Array<Array<[number, number]>> | undefined;
}

const STEP = 2;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The map's zoom API (`in`, `out`, `reset`, `to(code)`, pan, double-click, reveal an area) and its hint, over the lazy
 * d3-zoom (`LazyZoomController`: loaded on the first gesture, button or key). The element's `zoom` property is the one
 * state: a gesture writes it only when it differs (so handing a transform to d3 from `updated()` schedules nothing).
 */
export class MapZoomController implements ReactiveController {
  /** The hint shown after a plain wheel (`wheel`) or a one-finger drag (`touch`). */
  hint: 'wheel' | 'touch' | null = null;
  /** @internal */ private hintTimer = 0;
  /** @internal */ private width = 0;
  /** @internal */ readonly lazy: LazyZoomController;

  constructor(
    private readonly host: MapZoomHost,
    private readonly options: MapZoomOptions,
  ) {
    host.addController(this);
    this.lazy = new LazyZoomController(host, {
      change: (t) => {
        if (!sameTransform(t, host.zoom)) host.zoom = t;
      },
      end: (t) => emit(host, 'sdg-zoom', { k: t.k, x: t.x, y: t.y }),
      hint: (kind) => this.showHint(kind),
      wheelAllowed: () => host.matches(':focus-within'),
    });
  }

  /** The transform to draw with (identity when zooming is off). */
  get view(): ZoomTransform {
    return this.host.noZoom ? IDENTITY : this.host.zoom;
  }

  /**
   * Before a draw of `width` × `height` (from `willUpdate`): the same view at a new width, the whole map when the fitted
   * area changed (`refit`), and a transform kept within the map, so `updated()` has nothing left to change.
   */
  fit(width: number, height: number, refit = false): void {
    const h = this.host;
    let z = h.zoom;
    if (this.width && this.width !== width) z = rescale(z, this.width, width);
    if (refit) z = IDENTITY;
    this.width = width;
    const c = constrain(z, width, height);
    if (!sameTransform(c, h.zoom)) h.zoom = c;
  }

  /** After a draw (from `updated()`): d3 is told of the svg and of a transform set from outside. */
  sync(svg: SVGSVGElement | null): void {
    const s = this.options.size();
    if (!s) return;
    this.lazy.attach(this.host.noZoom ? null : svg, s.width, s.height);
    if (!this.host.noZoom && svg && !sameTransform(this.host.zoom, this.lazy.current))
      void this.lazy.set(this.host.zoom);
  }

  /** Zooms in by 2× about the centre of the view. */
  in(): Promise<void> {
    return this.toTransform(this.scaled(STEP));
  }

  /** Zooms out by 2× about the centre of the view. */
  out(): Promise<void> {
    return this.toTransform(this.scaled(1 / STEP));
  }

  /** Shows the whole map. */
  reset(): Promise<void> {
    return this.toTransform(IDENTITY);
  }

  /** Zooms to the area `code` (the whole map for `null`); at once for an unknown code. */
  to(code: string | null): Promise<void> {
    if (!code) return this.reset();
    const s = this.options.size();
    const rings = this.options.rings(code);
    const box = rings && ringsBox(rings);
    if (!s || !box) return Promise.resolve();
    return this.toTransform(fitBox(box, s.width, s.height, { padding: Math.max(12, s.width * 0.04) }));
  }

  /** Moves the view by a fraction of the frame (Shift+arrows). */
  pan(dx: number, dy: number): Promise<void> {
    const s = this.options.size();
    if (!s) return Promise.resolve();
    return this.toTransform(panBy(this.host.zoom, dx * s.width, dy * s.height, s.width, s.height));
  }

  /** When zoomed in, pans so that the point `c` of the drawing is in view. */
  reveal(c: [number, number]): void {
    const s = this.options.size();
    const z = this.host.zoom;
    if (!s || z.k === 1) return;
    const [x, y] = apply(z, c);
    if (x >= 0 && x <= s.width && y >= 0 && y <= s.height) return;
    void this.toTransform({ k: z.k, x: s.width / 2 - c[0] * z.k, y: s.height / 2 - c[1] * z.k });
  }

  /** Double-click on an area zooms to it; elsewhere it zooms in about the point. */
  onDblClick = (e: MouseEvent): void => {
    const s = this.options.size();
    if (!s || this.host.noZoom) return;
    const id = (e.target as Element).closest('[data-id]')?.getAttribute('data-id');
    if (id) {
      void this.to(id);
      return;
    }
    const frame = (e.currentTarget as Element).getBoundingClientRect();
    const r = s.width / Math.max(1, frame.width);
    const at: [number, number] = [(e.clientX - frame.left) * r, (e.clientY - frame.top) * r];
    void this.toTransform(zoomBy(this.host.zoom, STEP, s.width, s.height, at));
  };

  /** Moves to `t`, animated unless the reader prefers reduced motion; nothing when zooming is off. */
  async toTransform(t: ZoomTransform): Promise<void> {
    if (this.host.noZoom) return;
    await this.host.updateComplete;
    return this.lazy.set(t, reducedMotion() ? 0 : 350);
  }

  /** @internal */
  private scaled(factor: number): ZoomTransform {
    const s = this.options.size();
    return s ? zoomBy(this.host.zoom, factor, s.width, s.height) : this.host.zoom;
  }

  /** @internal */
  private showHint(kind: 'wheel' | 'touch'): void {
    if (this.host.noZoom) return;
    this.hint = kind;
    this.host.requestUpdate();
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => {
      this.hint = null;
      this.host.requestUpdate();
    }, 1800);
  }

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
  }
}
