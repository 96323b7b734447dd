import polygonClipping, { type MultiPolygon as ClipMultiPolygon, type Pair } from 'polygon-clipping';
import { orient2d } from 'robust-predicates';
import pointInPolygon from 'point-in-polygon-hao';
import { type AreaGeometry, type BBox, type Ring, bboxOf, polygonsOf, ringArea } from './geometry.ts';

/**
 * The tiling rules of boundaries: a grid lies inside its community, a community inside its street, a street inside
 * its district, and siblings do not overlap. Routing finds the one area that holds a point; an overlap would let a
 * report be routed to whichever unit drew over the place (issue 8, hole 2).
 */

/** Why a geometry is not a usable polygon. */
export type GeometryFlaw =
  | 'not_finite'
  | 'out_of_range'
  | 'ring_not_closed'
  | 'too_few_points'
  | 'zero_area'
  | 'self_intersection'
  | 'hole_outside'
  | 'parts_overlap';

export type BoundaryProblem =
  | { kind: 'invalid'; flaw: GeometryFlaw }
  /** Part of the boundary lies outside the parent area. */
  | { kind: 'outside'; parent: string }
  /** The boundary covers part of these sibling areas. */
  | { kind: 'overlap'; codes: string[] }
  /** These child areas would no longer lie inside the boundary. */
  | { kind: 'orphans'; codes: string[] };

export interface CodedArea {
  code: string;
  boundary: AreaGeometry;
}

/**
 * Tolerance of the tiling checks, as the mean width in degrees (~0.1 m) of a piece found outside the parent or
 * inside a sibling. Floating-point rounding along shared edges leaves long slivers a few millionths of a degree wide
 * at most (mean width = 2·area / perimeter); a piece of real ground, however small its area, is far wider.
 */
export const TILING_TOLERANCE = 1e-6;

/** The first flaw that makes the geometry unusable as a boundary, or undefined when it is a valid (multi)polygon. */
export function geometryFlaw(geometry: AreaGeometry): GeometryFlaw | undefined {
  const polygons = polygonsOf(geometry);
  if (polygons.length === 0) return 'too_few_points';
  for (const polygon of polygons) {
    if (polygon.length === 0) return 'too_few_points';
    for (const ring of polygon) {
      const flaw = ringFlaw(ring);
      if (flaw) return flaw;
    }
  }
  if (polygons.some((polygon) => polygon.some((ring) => ringArea(ring) === 0))) return 'zero_area';
  if (segmentsCross(polygons)) return 'self_intersection';
  for (const polygon of polygons) {
    const outer = polygon[0]!;
    // Rings do not cross, so a hole is inside its outer ring when none of its vertices is outside.
    for (const hole of polygon.slice(1)) {
      if (hole.some((p) => pointInPolygon([p[0]!, p[1]!], [outer]) === false)) return 'hole_outside';
    }
  }
  if (polygons.length > 1) {
    const sum = polygons.reduce((a, p) => a + polygonArea(p), 0);
    const [first, ...rest] = polygons.map(toClip);
    const union = multiArea(polygonClipping.union(first!, ...rest));
    if (sum - union > 1e-9 * sum) return 'parts_overlap';
  }
  return undefined;
}

function ringFlaw(ring: Ring): GeometryFlaw | undefined {
  for (const p of ring) {
    if (p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return 'not_finite';
    if (Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90) return 'out_of_range';
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return 'ring_not_closed';
  const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return 'too_few_points';
  return undefined;
}

interface Segment {
  ring: number;
  index: number;
  ringSize: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * Whether any two edges of the geometry cross, or two edges of one ring run along each other (a sweep over x). Edges
 * that only touch at a point are allowed: neighbouring edges of a ring share a vertex, and a hole may touch its
 * outer ring.
 */
function segmentsCross(polygons: Ring[][]): boolean {
  const segments: Segment[] = [];
  let ringId = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      // Consecutive repeated vertices make zero-length edges that would look like touching non-neighbours.
      const pts = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
      const size = pts.length - 1;
      for (let i = 0; i < size; i++) {
        const a = pts[i]!;
        const b = pts[i + 1]!;
        segments.push({
          ring: ringId,
          index: i,
          ringSize: size,
          ax: a[0]!,
          ay: a[1]!,
          bx: b[0]!,
          by: b[1]!,
          minX: Math.min(a[0]!, b[0]!),
          maxX: Math.max(a[0]!, b[0]!),
          minY: Math.min(a[1]!, b[1]!),
          maxY: Math.max(a[1]!, b[1]!),
        });
      }
      ringId++;
    }
  }
  segments.sort((s, t) => s.minX - t.minX);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length && segments[j]!.minX <= s.maxX; j++) {
      const t = segments[j]!;
      if (t.minY > s.maxY || t.maxY < s.minY) continue;
      if (s.ring === t.ring) {
        const d = Math.abs(s.index - t.index);
        if (d === 1 || d === s.ringSize - 1) {
          // Neighbours share one vertex; they are wrong only when they fold back over each other.
          if (foldsBack(s, t)) return true;
          continue;
        }
      }
      if (crosses(s, t)) return true;
    }
  }
  return false;
}

function foldsBack(s: Segment, t: Segment): boolean {
  if (
    orient2d(s.ax, s.ay, s.bx, s.by, t.ax, t.ay) !== 0 ||
    orient2d(s.ax, s.ay, s.bx, s.by, t.bx, t.by) !== 0
  )
    return false;
  return collinearOverlap(s, t);
}

function crosses(s: Segment, t: Segment): boolean {
  const o1 = orient2d(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orient2d(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orient2d(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orient2d(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  // Edges of one ring running along each other fold it; parts or holes sharing an edge are harmless.
  if (o1 === 0 && o2 === 0) return s.ring === t.ring && collinearOverlap(s, t);
  // Strictly on opposite sides both ways: a proper crossing. A touch at a vertex has one orientation 0.
  return ((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0));
}

/** Collinear segments that share more than a point. */
function collinearOverlap(s: Segment, t: Segment): boolean {
  const useX = s.maxX - s.minX >= s.maxY - s.minY;
  const [s0, s1] = useX ? [s.minX, s.maxX] : [s.minY, s.maxY];
  const [t0, t1] = useX ? [t.minX, t.maxX] : [t.minY, t.maxY];
  return Math.min(s1, t1) - Math.max(s0, t0) > 0;
}

const toClip = (polygon: Ring[]): Pair[][] => polygon.map((ring) => ring.map((p) => [p[0]!, p[1]!] as Pair));
const clipOf = (g: AreaGeometry): ClipMultiPolygon => polygonsOf(g).map(toClip);

function polygonArea(polygon: Ring[]): number {
  return polygon.reduce((a, ring, i) => a + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}
function multiArea(mp: ClipMultiPolygon): number {
  return mp.reduce((a, p) => a + polygonArea(p), 0);
}
function perimeter(polygon: Ring[]): number {
  let sum = 0;
  for (const ring of polygon)
    for (let i = 0; i + 1 < ring.length; i++)
      sum += Math.hypot(ring[i + 1]![0]! - ring[i]![0]!, ring[i + 1]![1]! - ring[i]![1]!);
  return sum;
}

/** Whether a clipping result holds a piece wider on average than the tolerance (mean width = 2·area / perimeter). */
function hasWidePiece(mp: ClipMultiPolygon, tolerance: number): boolean {
  return mp.some((p) => {
    const per = perimeter(p);
    return per > 0 && (2 * polygonArea(p)) / per > tolerance;
  });
}

const boxesMeet = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The problems of a new boundary for an area: valid polygon, inside its parent (when the parent has a boundary),
 * no overlap with siblings, and every child still inside. A shared edge is no overlap. Empty when it may be stored.
 */
export function boundaryProblems(input: {
  boundary: AreaGeometry;
  parent?: CodedArea | undefined;
  siblings?: readonly CodedArea[] | undefined;
  children?: readonly CodedArea[] | undefined;
  tolerance?: number | undefined;
}): BoundaryProblem[] {
  const flaw = geometryFlaw(input.boundary);
  if (flaw) return [{ kind: 'invalid', flaw }];
  const tolerance = input.tolerance ?? TILING_TOLERANCE;
  const own = clipOf(input.boundary);
  const box = bboxOf(input.boundary);
  const problems: BoundaryProblem[] = [];
  if (
    input.parent &&
    hasWidePiece(polygonClipping.difference(own, clipOf(input.parent.boundary)), tolerance)
  ) {
    problems.push({ kind: 'outside', parent: input.parent.code });
  }
  const overlapping = (input.siblings ?? [])
    .filter((s) => boxesMeet(box, bboxOf(s.boundary)))
    .filter((s) => hasWidePiece(polygonClipping.intersection(own, clipOf(s.boundary)), tolerance))
    .map((s) => s.code);
  if (overlapping.length) problems.push({ kind: 'overlap', codes: overlapping.sort() });
  const orphans = (input.children ?? [])
    .filter((c) => hasWidePiece(polygonClipping.difference(clipOf(c.boundary), own), tolerance))
    .map((c) => c.code);
  if (orphans.length) problems.push({ kind: 'orphans', codes: orphans.sort() });
  return problems;
}
