/**
 * Keyboard movement between shapes on a map: the arrow key moves to the nearest shape whose centroid lies in that
 * direction — within a 60° half-angle cone first, else anywhere in that half-plane — weighting sideways offset
 * double so ↑ from Afghanistan reaches Tajikistan rather than far-off Kazakhstan.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

export function nearestInDirection(points: Point[], fromId: string, direction: Direction): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return points[0]?.id ?? null;
  let best: { id: string; score: number; inCone: boolean } | null = null;
  for (const p of points) {
    if (p.id === fromId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    // Screen y grows downwards.
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'right' || direction === 'left' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) continue;
    const inCone = across <= along * Math.tan(Math.PI / 3);
    const score = along + 2 * across;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score)) {
      best = { id: p.id, score, inCone };
    }
  }
  return best?.id ?? null;
}

/** Reading order for Home/End and for tables: top-to-bottom bands, then left-to-right. */
export function readingOrder(points: Point[], band = 1): string[] {
  return [...points].sort((a, b) => Math.round(a.y / band) - Math.round(b.y / band) || a.x - b.x).map((p) => p.id);
}
