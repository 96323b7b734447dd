import { Delaunay } from 'd3-delaunay';
import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';
import { bbox, round6, type Point, type Ring } from '../geometry.ts';
import { randomBetween, type Rng } from '../random.ts';

/**
 * Geometry of the whole city: generated, plausible, deterministic. The districts are Voronoi cells of their real
 * seats clipped to a jittered outline of 北京市 with 平谷区's own outline (the one-district demo's) cut out, so
 * that the demo district keeps exactly its boundaries; streets and communities are cells of seeds spread inside
 * their parent. Parents here need not be convex, so a clipped cell keeps its largest piece.
 */

/** 北京市 spans about 115.4–117.5 E, 39.4–41.1 N. */
export const CITY_CENTRE: Point = [116.42, 40.22];
export const CITY_HALF_EXTENT: Point = [1.02, 0.8];

/** District seats (lon, lat), after the real map; 平谷 is placed by the one-district demo. */
export const DISTRICT_SEATS: Record<string, Point> = {
  '110101000000': [116.416, 39.928], // 东城区
  '110102000000': [116.366, 39.912], // 西城区
  '110105000000': [116.52, 39.95], // 朝阳区
  '110106000000': [116.25, 39.84], // 丰台区
  '110107000000': [116.18, 39.91], // 石景山区
  '110108000000': [116.22, 40.03], // 海淀区
  '110109000000': [115.8, 39.98], // 门头沟区
  '110111000000': [115.9, 39.68], // 房山区
  '110112000000': [116.72, 39.8], // 通州区
  '110113000000': [116.7, 40.15], // 顺义区
  '110114000000': [116.2, 40.25], // 昌平区
  '110115000000': [116.42, 39.64], // 大兴区
  '110116000000': [116.55, 40.65], // 怀柔区
  '110118000000': [116.95, 40.5], // 密云区
  '110119000000': [116.0, 40.52], // 延庆区
};

function roundPoint([x, y]: Point): Point {
  return [round6(x), round6(y)];
}

/** A jittered ellipse, as the district's outline is made. */
export function cityOutline(rng: Rng): Ring {
  const n = 36;
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const angle = (i / n) * 2 * Math.PI;
    const r = randomBetween(rng, 0.95, 1.05);
    ring.push(
      roundPoint([
        CITY_CENTRE[0] + CITY_HALF_EXTENT[0] * r * Math.cos(angle),
        CITY_CENTRE[1] + CITY_HALF_EXTENT[1] * r * Math.sin(angle),
      ]),
    );
  }
  ring.push(ring[0]!);
  return ring;
}

function ringArea(ring: readonly (readonly number[])[]): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++)
    a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return Math.abs(a / 2);
}

/** The largest piece's outer ring, rounded and without repeated vertices. */
function largestRing(parts: MultiPolygon): Ring | null {
  let best: Polygon | undefined;
  for (const p of parts) if (!best || ringArea(p[0]!) > ringArea(best[0]!)) best = p;
  const outer = best?.[0];
  if (!outer) return null;
  const out: Ring = [];
  for (const [x, y] of outer) {
    const p = roundPoint([x, y]);
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length < 4) return null;
  const [f, l] = [out[0]!, out[out.length - 1]!];
  if (f[0] !== l[0] || f[1] !== l[1]) out.push(f);
  return out;
}

/** Everything of `outer` not in `hole`: the city without the demo district. */
export function without(outer: Ring, hole: Ring): Ring {
  return largestRing(polygonClipping.difference([outer], [hole])) ?? outer;
}

/** One cell per seed: Voronoi cells clipped to any simple parent ring (largest piece; the parent itself for one seed). */
export function tileLoose(parent: Ring, seeds: Point[]): Ring[] {
  if (seeds.length === 1) return [parent];
  const [x0, y0, x1, y1] = bbox(parent);
  const margin = Math.max(x1 - x0, y1 - y0);
  const voronoi = Delaunay.from(seeds).voronoi([x0 - margin, y0 - margin, x1 + margin, y1 + margin]);
  return seeds.map((_, i) => {
    const cell = voronoi.cellPolygon(i).map(([x, y]) => roundPoint([x, y]));
    return largestRing(polygonClipping.intersection([cell], [parent])) ?? cell;
  });
}
