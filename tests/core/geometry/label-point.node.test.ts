import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { regionFeatures } from '../../../src/core/geometry/features.js';
import { labelPoint, type Ring } from '../../../src/core/geometry/label-point.js';
import { mapGeometry } from '../../../src/core/geometry/layout.js';

/**
 * The grid search written plainly: every grid point tested in full (inside by ray casting, its horizontal run, its
 * distance to every edge). `labelPoint` prunes and caches; it must pick the same point.
 */
function reference(rings: Ring[], width: number, height: number, steps = 24): [number, number] | null {
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (!(x1 - x0 > width && y1 - y0 > height)) return null;
  const edges = rings.flatMap((r) => r.map((p, i) => [r[(i + r.length - 1) % r.length], p] as const));
  const distance = (x: number, y: number) =>
    Math.min(
      ...edges.map(([[ax, ay], [bx, by]]) => {
        const dx = bx - ax;
        const dy = by - ay;
        const len = dx * dx + dy * dy;
        const t = len ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
        return Math.hypot(ax + t * dx - x, ay + t * dy - y);
      }),
    );
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  for (let i = 1; i < steps; i++)
    for (let k = 1; k < steps; k++) {
      const x = x0 + ((x1 - x0) * i) / steps;
      const y = y0 + ((y1 - y0) * k) / steps;
      const cross = edges
        .filter(([[, aj], [, ai]]) => ai > y !== aj > y)
        .map(([[xj, yj], [xi, yi]]) => ((xj - xi) * (y - yi)) / (yj - yi) + xi);
      if (cross.filter((v) => x < v).length % 2 === 0) continue;
      const a = Math.max(...cross.filter((v) => v <= x));
      const b = Math.min(...cross.filter((v) => v >= x));
      if (b - a < width + 4) continue;
      const d = distance(x, y);
      if (d < height / 2 + 1) continue;
      const score = d - 0.02 * Math.hypot(x - (x0 + x1) / 2, y - (y0 + y1) / 2);
      if (score > bestScore) {
        bestScore = score;
        best = [Math.min(Math.max(x, a + width / 2 + 2), b - width / 2 - 2), y];
      }
    }
  return best;
}

const topology = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../data/geo/countries.topo.json'), 'utf8'),
) as Topology;

describe('labelPoint', () => {
  it('picks the point of the plain grid search for the shipped countries, seas and neighbours, at every zoom', () => {
    const g = mapGeometry(regionFeatures(topology), ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'], {
      width: 640,
      projection: 'central-asia',
    });
    let found = 0;
    for (const s of [...g.focus, ...g.context, ...g.water])
      for (const k of [1, 2, 4])
        for (const w of [30, 90]) {
          const p = labelPoint(s.rings, w / k, 14 / k);
          const q = reference(s.rings, w / k, 14 / k);
          if (q) found++;
          expect(p, `${s.id} ${w}/${k}`).toEqual(q);
        }
    expect(found).toBeGreaterThan(40);
  });

  it('a second call with other sizes on the same rings gives the same points as on fresh rings', () => {
    const L: Ring = [
      [0, 0],
      [200, 0],
      [200, 40],
      [40, 40],
      [40, 200],
      [0, 200],
    ];
    const rings = [L];
    expect(labelPoint(rings, 30, 10)).toEqual(reference([L], 30, 10));
    expect(labelPoint(rings, 120, 12)).toEqual(reference([[...L]], 120, 12));
    expect(labelPoint(rings, 300, 12)).toBeNull();
  });
});
