import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';
import type { Geometry } from '../db/schema.ts';
import { randomBetween, type Rng } from './random.ts';

/** [lon, lat], WGS-84. */
export type Point = [number, number];
/** A closed ring: the first point is repeated at the end (GeoJSON). */
export type Ring = Point[];

/** 平谷区 lies in a basin ringed by the Yanshan hills, centred near 117.12 E, 40.14 N. */
export const DISTRICT_CENTRE: Point = [117.12, 40.14];
/** Half extents in degrees: about 22.5 km east–west and 17.5 km north–south at 40° N. */
export const DISTRICT_HALF_EXTENT: Point = [0.264, 0.157];

const SCALE = 1e6;
/** Six decimals (~0.1 m). Applied to every vertex before it is shared, so neighbours hold identical numbers. */
export function round6(v: number): number {
  return Math.round(v * SCALE) / SCALE;
}
function roundPoint([x, y]: Point): Point {
  return [round6(x), round6(y)];
}

/** Andrew's monotone chain; counter-clockwise, closed, collinear points dropped. */
function convexHull(points: Point[]): Ring {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: Point, a: Point, b: Point) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: Point[]): Point[] => {
    const out: Point[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  const hull = [...half(pts), ...half([...pts].reverse())];
  return [...hull, hull[0]!];
}

/**
 * The district outline: a jittered ellipse, made convex so that every Voronoi cell clipped to it (and every cell
 * clipped to those) stays one convex polygon.
 */
export function districtOutline(rng: Rng): Ring {
  const n = 22;
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const angle = ((i + randomBetween(rng, -0.3, 0.3)) / n) * 2 * Math.PI;
    const r = randomBetween(rng, 0.93, 1.07);
    points.push(
      roundPoint([
        DISTRICT_CENTRE[0] + DISTRICT_HALF_EXTENT[0] * r * Math.cos(angle),
        DISTRICT_CENTRE[1] + DISTRICT_HALF_EXTENT[1] * r * Math.sin(angle),
      ]),
    );
  }
  return convexHull(points);
}

export function bbox(ring: Ring): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

/** Ray casting; boundary points may go either way, which is fine for placing seeds. */
export function insideRing([x, y]: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Planar distance in km-ish units (longitude shrunk by cos 40°), for spacing seeds evenly on the ground. */
function groundDistance2(a: Point, b: Point): number {
  const dx = (a[0] - b[0]) * 0.766;
  const dy = a[1] - b[1];
  return dx * dx + dy * dy;
}

/**
 * n well-spread seeds inside a ring (Mitchell's best candidate: of several random candidates keep the one
 * farthest from the seeds already placed).
 */
export function spreadSeeds(ring: Ring, n: number, rng: Rng, candidates = 12): Point[] {
  const [x0, y0, x1, y1] = bbox(ring);
  const seeds: Point[] = [];
  for (let s = 0; s < n; s++) {
    let best: Point | undefined;
    let bestD = -1;
    for (let c = 0; c < candidates; c++) {
      let p: Point;
      do p = [randomBetween(rng, x0, x1), randomBetween(rng, y0, y1)];
      while (!insideRing(p, ring));
      const d = seeds.reduce((m, q) => Math.min(m, groundDistance2(p, q)), Infinity);
      if (d > bestD) [best, bestD] = [p, d];
    }
    seeds.push(best!);
  }
  return seeds;
}

/** Drop repeated consecutive vertices that rounding may create; keeps the ring closed. */
function cleanRing(points: Point[]): Ring {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push(first);
  return out;
}

/**
 * Split a convex parent ring into one cell per seed: the Voronoi diagram of the seeds clipped to the parent.
 * Voronoi vertices are rounded before clipping so that two neighbouring cells share identical numbers; the
 * clipped cells tile the parent without gaps or overlaps (up to the 1e-6° rounding of points on its edges).
 */
export function tile(parent: Ring, seeds: Point[]): Ring[] {
  if (seeds.length === 1) return [parent];
  const [x0, y0, x1, y1] = bbox(parent);
  const margin = Math.max(x1 - x0, y1 - y0);
  const voronoi = Delaunay.from(seeds).voronoi([x0 - margin, y0 - margin, x1 + margin, y1 + margin]);
  return seeds.map((seed, i) => {
    const cell = voronoi.cellPolygon(i).map(([x, y]) => roundPoint([x, y]));
    const parts = polygonClipping.intersection([cell], [parent]);
    const ring = parts[0]?.[0];
    if (parts.length !== 1 || !ring)
      throw new Error(`demo geometry: cell of seed ${seed.join(',')} split in ${parts.length}`);
    return cleanRing(ring.map(([x, y]) => roundPoint([x, y])));
  });
}

export function polygon(ring: Ring): Geometry {
  return { type: 'Polygon', coordinates: [ring] };
}
