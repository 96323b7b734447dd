import { z } from 'zod';

/** [lon, lat] in degrees (WGS-84 unless said otherwise); a third element (altitude) is allowed and ignored. */
export type Position = number[];
export type Ring = Position[];

export interface GeoPolygon {
  type: 'Polygon';
  coordinates: Ring[];
}
export interface GeoMultiPolygon {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}
/** A grid or region boundary: GeoJSON Polygon or MultiPolygon. */
export type AreaGeometry = GeoPolygon | GeoMultiPolygon;

/** [minLon, minLat, maxLon, maxLat] */
export type BBox = [number, number, number, number];

const PositionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], z.number());
const RingSchema = z
  .array(PositionSchema)
  .min(4, 'a ring has at least 4 positions')
  .refine((r) => {
    const first = r[0];
    const last = r[r.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'a ring must be closed');
const PolygonCoordinates = z.array(RingSchema).min(1, 'a polygon has an outer ring');

export const GeoPolygon = z.object({ type: z.literal('Polygon'), coordinates: PolygonCoordinates });
export const GeoMultiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(PolygonCoordinates).min(1),
});
export const AreaGeometry = z.discriminatedUnion('type', [GeoPolygon, GeoMultiPolygon]);

/** The polygons of a geometry, each as rings (outer ring first, then holes). */
export function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function bboxOf(geometry: AreaGeometry): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    // Holes lie inside the outer ring, so the outer ring alone bounds the polygon.
    for (const p of polygon[0] ?? []) {
      const x = p[0]!;
      const y = p[1]!;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Signed planar area of a ring in square degrees, positive when counter-clockwise (shoelace formula). Good for
 * weights and orientation, not for square metres.
 */
export function ringArea(ring: Ring): number {
  return ringMoments(ring).area;
}

/** Area-weighted centroid [lon, lat] of a polygon or multipolygon, holes subtracted (planar, in degrees). */
export function centroidOf(geometry: AreaGeometry): Position {
  let area = 0;
  let mx = 0;
  let my = 0;
  let vertexCount = 0;
  let vx = 0;
  let vy = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, i) => {
      if (i === 0) {
        for (let k = 0; k < ring.length - 1; k++) {
          vx += ring[k]![0]!;
          vy += ring[k]![1]!;
          vertexCount += 1;
        }
      }
      const m = ringMoments(ring);
      if (m.area === 0) return;
      // Outer rings add and holes subtract, whatever their winding.
      const weight = (i === 0 ? 1 : -1) * Math.abs(m.area);
      area += weight;
      mx += weight * m.cx;
      my += weight * m.cy;
    });
  }
  if (Math.abs(area) > 0) return [mx / area, my / area];
  // Degenerate (zero-area) geometry: the mean of its outer vertices.
  return vertexCount > 0 ? [vx / vertexCount, vy / vertexCount] : [NaN, NaN];
}

/** Signed area and centroid of one ring; coordinates are taken relative to the first vertex for precision. */
function ringMoments(ring: Ring): { area: number; cx: number; cy: number } {
  const first = ring[0];
  if (!first || ring.length < 3) return { area: 0, cx: NaN, cy: NaN };
  const ox = first[0]!;
  const oy = first[1]!;
  let twiceArea = 0;
  let sx = 0;
  let sy = 0;
  const n = ring.length;
  // Works for closed rings (last = first) and unclosed ones alike: the closing edge back to the first vertex is
  // added explicitly and is zero-length when the ring is already closed.
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    const x0 = a[0]! - ox;
    const y0 = a[1]! - oy;
    const x1 = b[0]! - ox;
    const y1 = b[1]! - oy;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    sx += (x0 + x1) * cross;
    sy += (y0 + y1) * cross;
  }
  const area = twiceArea / 2;
  if (area === 0) return { area: 0, cx: NaN, cy: NaN };
  return { area, cx: ox + sx / (3 * twiceArea), cy: oy + sy / (3 * twiceArea) };
}
