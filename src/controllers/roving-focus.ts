import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mapKeyAction } from '../core/a11y/map-keys.js';
import type { MapModel, MapShape } from '../core/geometry/map-model.js';
import { nearestInDirection, readingOrder, type Point } from '../core/geometry/nearest.js';
import { apply, type ZoomTransform } from '../core/geometry/zoom.js';
import type { MapZoomController } from './map-zoom.js';

/** What the map's keyboard and pointer handling needs of its element. */
export interface RovingFocusHost extends ReactiveControllerHost, HTMLElement {
  readonly model: MapModel | null;
  selected: string | null;
  noZoom: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface RovingFocusOptions {
  zoom: MapZoomController;
  /** Selects an area (click, Enter, Space, a second tap). */
  select: (shape: MapShape) => void;
  /** Clears the selection (Escape). */
  clear: () => void;
}

/** The label points of the coloured areas, for moving between them by direction and in reading order. */
export function areaPoints(m: MapModel): Point[] {
  return m.layers.focus.filter((s) => s.centroid).map((s) => ({ id: s.id, x: s.centroid![0], y: s.centroid![1] }));
}

/**
 * One tab stop for the map's areas (roving tabindex): arrows move by direction, Home/End in reading order, Enter and
 * Space select, Escape clears, + − 0 and Shift+arrows zoom and pan (`core/a11y/map-keys.ts` reads the keys). Also the
 * tooltip's subject: the hovered, focused or first-tapped area (on touch, a first tap shows, a second selects).
 */
export class RovingFocusController implements ReactiveController {
  /** The area under the pointer or with focus, with the tooltip's position in the drawing's pixels. */
  hovered: { id: string; x: number; y: number } | null = null;
  /** The area that has (or last had) keyboard focus. */
  active: string | null = null;
  /** Whether that focus is shown as keyboard focus. */
  focusVisible = false;
  /** @internal the area whose tooltip a first tap showed */ private tapped: string | null = null;

  constructor(
    private readonly host: RovingFocusHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.tapped = null;
  }

  /** The area that takes the tab stop: the focused, else the selected, else the first in reading order. */
  current(m: MapModel): string | undefined {
    return this.active ?? this.host.selected ?? readingOrder(areaPoints(m), 20)[0];
  }

  /** @internal */
  private set(patch: Partial<Pick<RovingFocusController, 'hovered' | 'active' | 'focusVisible'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  onPointer(e: PointerEvent, s: MapShape): void {
    const frame = (e.currentTarget as Element).closest('svg')!.getBoundingClientRect();
    const scale = this.host.model ? this.host.model.width / Math.max(1, frame.width) : 1;
    this.set({
      focusVisible: false,
      hovered: { id: s.id, x: (e.clientX - frame.left) * scale, y: (e.clientY - frame.top) * scale },
    });
  }

  /** On a touch screen the first tap on an area shows its tooltip and a second selects it; a click selects at once. */
  onTap(e: MouseEvent, s: MapShape): void {
    const touch = (e as PointerEvent).pointerType === 'touch';
    if (touch && this.tapped !== s.id) {
      this.tapped = s.id;
      this.onPointer(e as PointerEvent, s);
      return;
    }
    this.tapped = null;
    this.options.select(s);
  }

  onFocus(e: FocusEvent, s: MapShape, z: ZoomTransform): void {
    const [x, y] = s.centroid ? apply(z, s.centroid) : [0, 0];
    this.set({
      active: s.id,
      focusVisible: (e.target as Element).matches(':focus-visible'),
      ...(s.centroid ? { hovered: { id: s.id, x, y } } : {}),
    });
  }

  onLeave = (): void => this.set({ hovered: null });

  /** Listened for on the frame, not the svg: Chromium makes an SVG element with focus listeners a tab stop. */
  onFocusOut = (e: FocusEvent): void => {
    const svg = this.host.renderRoot.querySelector('[part="svg"]');
    if (!svg?.contains(e.relatedTarget as Node)) this.set({ focusVisible: false, hovered: null });
  };

  onKeydown = (e: KeyboardEvent): void => {
    const m = this.host.model;
    const action = m && mapKeyAction(e, !this.host.noZoom);
    if (!m || !action) return;
    e.preventDefault();
    const zoom = this.options.zoom;
    const from = this.current(m);
    let next: string | null | undefined = null;
    switch (action.kind) {
      case 'move':
        next = from === undefined ? null : nearestInDirection(areaPoints(m), from, action.direction);
        break;
      case 'first':
      case 'last': {
        const order = readingOrder(areaPoints(m), 20);
        next = action.kind === 'first' ? order[0] : order[order.length - 1];
        break;
      }
      case 'select': {
        const s = m.layers.focus.find((f) => f.id === from);
        if (s) this.options.select(s);
        break;
      }
      case 'clear':
        this.set({ hovered: null });
        this.options.clear();
        break;
      case 'zoom-in':
        void zoom.in();
        break;
      case 'zoom-out':
        void zoom.out();
        break;
      case 'zoom-reset':
        void zoom.reset();
        break;
      case 'pan':
        void zoom.pan(action.dx, action.dy);
        break;
    }
    if (next) this.moveTo(next, m);
  };

  /** @internal */
  private moveTo(id: string, m: MapModel): void {
    this.set({ active: id });
    const c = m.layers.focus.find((s) => s.id === id)?.centroid;
    if (c) this.options.zoom.reveal(c);
    void this.host.updateComplete.then(() =>
      (this.host.renderRoot.querySelector(`[data-id="${id}"]`) as SVGElement | null)?.focus(),
    );
  }
}
