import type { ZoomTransform } from './zoom.js';
import { labelPoint, type Ring } from './label-point.js';

/**
 * Names on the map, placed in the frame's pixels at the current zoom with collision avoidance: candidates are
 * taken in priority order (countries, regions, seas and lakes, rivers, capitals, neighbours; larger shapes first
 * within a layer) and a label that would overlap one already placed, or leave the frame, is dropped. Running it
 * again at each zoom level keeps the map readable at every scale: zooming in makes room for more names.
 */
export type LabelLayer = 'focus' | 'region' | 'water' | 'river' | 'capital' | 'context';

export const LAYER_PRIORITY: Record<LabelLayer, number> = {
  focus: 0,
  region: 1,
  water: 2,
  river: 3,
  capital: 4,
  context: 5,
};

export interface LabelSpot {
  /** Anchor in drawing pixels (zoom 1). */
  x: number;
  y: number;
  /** Text to the right of the anchor (`start`), to its left (`end`) or centred on it. */
  align?: 'start' | 'middle' | 'end';
  /** Offset in frame pixels (not scaled by the zoom): a capital's name beside its dot, a river's above its line. */
  dx?: number;
  dy?: number;
}

export interface LabelCandidate {
  id: string;
  text: string;
  /** Language of `text` when it differs from the element's. */
  lang: string;
  layer: LabelLayer;
  /** Places to try, in order (a river's points along its course, a capital's right then left side). */
  spots: LabelSpot[];
  /** Shown from this zoom on (the shape is too small for the name below it). */
  minK: number;
  /** Tie-break within a layer: larger first. */
  weight: number;
  tone?: 'light' | 'dark';
  /** Emphasised (a highlighted basin's rivers) or muted. */
  emphasis?: 'strong' | 'muted';
}

export interface MapLabel {
  id: string;
  /** Frame pixels. */
  x: number;
  y: number;
  text: string;
  lang: string;
  layer: LabelLayer;
  align: 'start' | 'middle' | 'end';
  tone?: 'light' | 'dark';
  emphasis?: 'strong' | 'muted';
}

export interface PlaceOptions {
  width: number;
  height: number;
  /** Font size in px. */
  size: number;
  /** Boxes labels must keep clear of, in frame px (e.g. the zoom buttons), `[x0, y0, x1, y1]`. */
  obstacles?: Array<[number, number, number, number]>;
  /**
   * Boxes only labels from `markerLayer` on must keep clear of (the capitals' dots): a country's name may cover a
   * dot on a small map, a capital's or a neighbour's name may not.
   */
  markers?: Array<[number, number, number, number]>;
  markerLayer?: LabelLayer;
  /** Space kept free at the frame's edges, `[top, right, bottom, left]` (e.g. under the zoom buttons). */
  inset?: [number, number, number, number];
}

/** Estimated width of a name in px (average glyph ≈ 0.55 em, 0.6 em bold); no DOM measuring. */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.6 : 0.55);
}

const BOLD: ReadonlySet<LabelLayer> = new Set(['focus', 'region']);

export function labelBox(
  c: Pick<LabelCandidate, 'text' | 'layer'>,
  x: number,
  y: number,
  align: LabelSpot['align'],
  size: number,
): [number, number, number, number] {
  const w = textWidth(c.text, size, BOLD.has(c.layer)) + 4;
  const h = size * 0.6 + 1;
  const x0 = align === 'start' ? x - 1 : align === 'end' ? x - w + 1 : x - w / 2;
  return [x0, y - h, x0 + w, y + h];
}

const overlaps = (a: number[], b: number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * The last placements, by everything placement depends on: a year change recolours the map but leaves names,
 * shapes and zoom alone, so it reuses the placement and only takes the new text tones (light on dark fills).
 */
const placements: Array<{ key: string; labels: MapLabel[] }> = [];
const PLACEMENTS_KEPT = 8;

function placementKey(candidates: readonly LabelCandidate[], t: ZoomTransform, o: PlaceOptions): string {
  const parts = [
    t.k,
    t.x,
    t.y,
    o.width,
    o.height,
    o.size,
    o.markerLayer ?? '',
    JSON.stringify([o.inset, o.obstacles, o.markers]),
  ];
  for (const c of candidates) parts.push(candidateKey(c));
  return parts.join('\u0001');
}

/** What placement reads of a candidate, as text, once per candidate object (a year's model keeps the others'). */
const candidateKeys = new WeakMap<LabelCandidate, string>();
function candidateKey(c: LabelCandidate): string {
  let k = candidateKeys.get(c);
  if (k === undefined) {
    k = [c.id, c.text, c.layer, c.minK, c.weight, c.emphasis ?? '', spotsKey(c.spots)].join('\u0001');
    candidateKeys.set(c, k);
  }
  return k;
}

/** A candidate's spots as text, once per spots array (a year's candidates share the last year's spots). */
const spotKeys = new WeakMap<readonly LabelSpot[], string>();
function spotsKey(spots: readonly LabelSpot[]): string {
  let k = spotKeys.get(spots);
  if (k === undefined) spotKeys.set(spots, (k = JSON.stringify(spots)));
  return k;
}

/** The labels shown at zoom `t`: every candidate that fits, in priority order, none overlapping. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  t: ZoomTransform,
  options: PlaceOptions,
): MapLabel[] {
  const key = placementKey(candidates, t, options);
  const hit = placements.find((p) => p.key === key);
  if (hit) {
    const tones = new Map(candidates.map((c) => [c.id, c.tone]));
    let changed = false;
    const labels = hit.labels.map((l) => {
      const tone = tones.get(l.id);
      if (tone === l.tone) return l;
      changed = true;
      const { tone: _old, ...rest } = l;
      return tone ? { ...rest, tone } : rest;
    });
    // The same array while the tones stay (a drawing can then skip the names altogether).
    if (changed) hit.labels = labels;
    return hit.labels;
  }
  const labels = place(candidates, t, options);
  placements.unshift({ key, labels });
  placements.length = Math.min(placements.length, PLACEMENTS_KEPT);
  return labels;
}

function place(candidates: readonly LabelCandidate[], t: ZoomTransform, options: PlaceOptions): MapLabel[] {
  const { width, height, size } = options;
  const [top, right, bottom, left] = options.inset ?? [0, 0, 0, 0];
  const order = [...candidates]
    .filter((c) => c.text && t.k >= c.minK - 1e-9)
    .sort((a, b) => LAYER_PRIORITY[a.layer] - LAYER_PRIORITY[b.layer] || b.weight - a.weight);
  const placed: number[][] = [...(options.obstacles ?? [])];
  const markers = options.markers ?? [];
  const markerFrom = LAYER_PRIORITY[options.markerLayer ?? 'capital'];
  const out: MapLabel[] = [];
  for (const c of order) {
    const avoidMarkers = LAYER_PRIORITY[c.layer] >= markerFrom;
    for (const spot of c.spots) {
      const x = spot.x * t.k + t.x + (spot.dx ?? 0);
      const y = spot.y * t.k + t.y + (spot.dy ?? 0);
      const align = spot.align ?? 'middle';
      const box = labelBox(c, x, y, align, size);
      if (box[0] < left || box[2] > width - right || box[1] < top || box[3] > height - bottom) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      if (avoidMarkers && markers.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      out.push({
        id: c.id,
        x: Math.round(x * 10) / 10,
        y: Math.round(y * 10) / 10,
        text: c.text,
        lang: c.lang,
        layer: c.layer,
        align,
        ...(c.tone ? { tone: c.tone } : {}),
        ...(c.emphasis ? { emphasis: c.emphasis } : {}),
      });
      break;
    }
  }
  return out;
}

/** Zoom levels at which an area label is tried: beyond 8× the names of tiny shapes would crowd the view. */
const AREA_KS = [1, 2, 4, 8];
const anchors = new WeakMap<object, Map<string, { spot: LabelSpot; minK: number } | null>>();

/**
 * Where an area's name fits and from which zoom on: the first of 1×, 2×, 4×, 8× at which the text fits inside the
 * visible shape (`labelPoint`), with its anchor there. Memoised per shape and text size (it does not change with
 * the year shown).
 */
export function areaAnchor(
  shape: { rings: Ring[]; labelWidth: number },
  width: number,
  height: number,
): { spot: LabelSpot; minK: number } | null {
  const key = `${Math.round(width)}x${Math.round(height)}`;
  let memo = anchors.get(shape);
  if (!memo) anchors.set(shape, (memo = new Map()));
  if (memo.has(key)) return memo.get(key)!;
  let found: { spot: LabelSpot; minK: number } | null = null;
  for (const k of AREA_KS) {
    if (shape.labelWidth * k < width) continue;
    const p = labelPoint(shape.rings, width / k, height / k);
    if (p) {
      found = { spot: { x: p[0], y: p[1] }, minK: k };
      break;
    }
  }
  memo.set(key, found);
  return found;
}

/**
 * Points along a line (drawing px) at which to try its name: the middle of its longest visible part first, then
 * the quarter points, so a zoomed view that cuts the middle off still finds a spot.
 */
export function lineSpots(parts: Ring[]): { spots: LabelSpot[]; length: number } {
  let best: Ring = [];
  let bestLength = 0;
  for (const part of parts) {
    let l = 0;
    for (let i = 1; i < part.length; i++) l += Math.hypot(part[i][0] - part[i - 1][0], part[i][1] - part[i - 1][1]);
    if (l > bestLength) {
      bestLength = l;
      best = part;
    }
  }
  const at = (f: number): LabelSpot | null => {
    let target = bestLength * f;
    for (let i = 1; i < best.length; i++) {
      const s = Math.hypot(best[i][0] - best[i - 1][0], best[i][1] - best[i - 1][1]);
      if (s >= target && s > 0) {
        const r = target / s;
        return {
          x: best[i - 1][0] + (best[i][0] - best[i - 1][0]) * r,
          y: best[i - 1][1] + (best[i][1] - best[i - 1][1]) * r,
        };
      }
      target -= s;
    }
    return null;
  };
  return { spots: [0.5, 0.3, 0.7, 0.15, 0.85].map(at).filter((s): s is LabelSpot => !!s), length: bestLength };
}
