import type { GeoProjection, GeoStream } from 'd3-geo';
import type { Geometry, Position } from 'geojson';

/** Anything with a GeoJSON geometry (a feature of the shipped files). */
type Shaped = { geometry: Geometry | null };

/** [west, south, east, north] of a geometry's positions, plain degrees (no spherical arcs). */
type Extent = [number, number, number, number];

const extents = new WeakMap<Shaped, Extent>();

function extentOf(f: Shaped): Extent {
  let e = extents.get(f);
  if (e) return e;
  e = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position) => {
    if (p[0] < e![0]) e![0] = p[0];
    if (p[0] > e![2]) e![2] = p[0];
    if (p[1] < e![1]) e![1] = p[1];
    if (p[1] > e![3]) e![3] = p[1];
  };
  const walk = (g: Geometry | null): void => {
    if (!g) return;
    switch (g.type) {
      case 'Point':
        return visit(g.coordinates);
      case 'MultiPoint':
      case 'LineString':
        return g.coordinates.forEach(visit);
      case 'MultiLineString':
      case 'Polygon':
        return g.coordinates.forEach((l) => l.forEach(visit));
      case 'MultiPolygon':
        return g.coordinates.forEach((p) => p.forEach((l) => l.forEach(visit)));
      case 'GeometryCollection':
        return g.geometries.forEach(walk);
    }
  };
  walk(f.geometry);
  extents.set(f, e);
  return e;
}

/** Streams the geometry on unchanged (a d3 `preclip` that cuts nothing). */
const straight = (stream: GeoStream): GeoStream => stream;

/**
 * Turns off d3's cut at the antimeridian of `projection`'s rotation when none of `features` comes near it.
 *
 * d3 cuts every line and ring where it crosses the meridian opposite the projection's centre (`geoClipAntimeridian`,
 * the default `projection.preclip`), and tests each polygon for a pole it might enclose. Shapes whose every point lies
 * within 90° of longitude of that centre and short of the poles cannot cross it (two such points are less than 180°
 * apart, so the arc between them stays on the near side) nor enclose a pole, so the cut returns them unchanged and the
 * projection can stream them straight through: about a quarter of projecting the shipped outlines.
 * `tests/core/projections/preclip.node.test.ts` compares the paths of every shipped file with d3's default.
 * Returns whether it did.
 */
export function skipAntimeridianCut(projection: GeoProjection, features: Iterable<Shaped>): boolean {
  const centre = -projection.rotate()[0];
  for (const f of features) {
    const [west, south, east, north] = extentOf(f);
    if (west > east) continue; // no positions
    // Longitudes measured from the centre, in (-180, 180].
    const w = ((((west - centre) % 360) + 540) % 360) - 180;
    const span = east - west;
    if (!(w > -90 && w + span < 90 && south > -89 && north < 89)) return false;
  }
  projection.preclip(straight);
  return true;
}
