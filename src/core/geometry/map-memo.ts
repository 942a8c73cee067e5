import { Memo } from '../memo.js';
import type { PlaceFeature, RegionFeatures } from './outlines.js';
import { mapGeometry, type MapGeometry } from './shapes.js';
import type { MapModel } from './map-model.js';
import { ringsHitBox } from './overlap.js';
import { CAPITALS } from './places.js';

/** What the projected drawing depends on. */
export interface GeometryInput {
  features: RegionFeatures;
  width: number;
  projection: string;
  /** The rivers layer's lines, `null` when it is off or not loaded yet. */
  rivers: PlaceFeature[] | null;
  /** The countries coloured (country level: all six) and the ones the view is fitted to. */
  colour: string[];
  fit: string[];
  /** Region level: the shaped regions and a key that changes exactly when they do. */
  regions: PlaceFeature[];
  shapeKey: string;
}

/**
 * A map element's memory between draws: the projected geometry, computed again only when its inputs change (a year
 * change at country level keeps it, and the label placement that depends on it), and the view built on it (the
 * render model and what the drawing needs besides), computed again only when one of the view's inputs changes.
 */
export class MapMemo<V extends { model: MapModel }> {
  readonly geometry = new Memo<MapGeometry>();
  readonly view = new Memo<V>();
  /** Whether the legend goes under the map (`legendBelow`), for the last drawing. */
  readonly legend = new Memo<boolean>();

  /**
   * Whether the legend would cover one of the coloured shapes in the map's corner (then it goes under the map), tested
   * again only when what its box depends on changes: the geometry, the drawing's height and whether the legend lists
   * swatches (not the year's colours).
   */
  legendBelow(m: Pick<MapModel, 'height' | 'legend'>, geometry: MapGeometry): boolean {
    return this.legend.get([geometry, m.height, m.legend.noData || m.legend.range], () => legendCovers(m, geometry));
  }

  /** The geometry for `q`, and whether the fitted countries changed since the last one (the view goes back to the whole map). */
  layout(q: GeometryInput): { geometry: MapGeometry; refit: boolean } {
    const key = [q.features, q.width, q.projection, q.rivers, q.colour.join(), q.fit.join(), q.shapeKey];
    const last = this.geometry.key;
    const refit = last !== null && last[5] !== key[5];
    const geometry = this.geometry.get(key, () =>
      mapGeometry(q.features, q.colour, {
        fit: q.fit,
        width: q.width,
        projection: q.projection,
        rivers: q.rivers ?? [],
        points: CAPITALS,
        regions: q.regions,
      }),
    );
    return { geometry, refit };
  }
}

/**
 * Whether the legend, in the drawing's bottom-left corner, would cover one of the coloured shapes (then it goes under
 * the map). Its box: the CSS size of the 14rem ramp with padding, and a second row when it lists swatches.
 */
export function legendCovers(
  m: Pick<MapModel, 'height' | 'legend'>,
  g: Pick<MapGeometry, 'focus' | 'regions'>,
): boolean {
  const box: [number, number, number, number] = [
    0,
    m.height - (m.legend.noData || m.legend.range ? 100 : 78),
    250,
    m.height,
  ];
  return [...g.focus, ...g.regions].some((s) => ringsHitBox(s.rings, box));
}
