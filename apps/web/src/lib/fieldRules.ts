/**
 * Small rules of the field app, without a browser: visit order, how good a point is, when the track takes a point,
 * how a map of the grid is projected, how old the offline data is.
 */
import type { FieldBundle, GeoLine, GeoPolygon, VisitDue } from '../api/field.ts';

const STATE_RANK: Record<VisitDue['state'], number> = { overdue: 0, due: 1, upcoming: 2 };

/** Overdue first, then due, then upcoming; within each, the earliest due first. */
export function visitOrder(items: readonly VisitDue[]): VisitDue[] {
  return [...items].sort(
    (a, b) => STATE_RANK[a.state] - STATE_RANK[b.state] || a.dueAt.localeCompare(b.dueAt),
  );
}

export function visitCounts(items: readonly VisitDue[]): Record<VisitDue['state'], number> {
  const c = { overdue: 0, due: 0, upcoming: 0 };
  for (const v of items) c[v.state]++;
  return c;
}

/** A point's accuracy against the deployment's threshold: poor evidence is flagged, not refused. */
export function accuracyQuality(
  accuracyM: number | null | undefined,
  thresholdM: number,
): 'good' | 'poor' | 'unknown' {
  if (accuracyM === null || accuracyM === undefined || !Number.isFinite(accuracyM)) return 'unknown';
  return accuracyM <= thresholdM ? 'good' : 'poor';
}

/** The track keeps a position when the interval has passed since the last point kept (the first always). */
export function takesTrackPoint(lastAt: string | null, at: string, intervalS: number): boolean {
  if (!lastAt) return true;
  return Date.parse(at) - Date.parse(lastAt) >= intervalS * 1000;
}

/** How old the offline data is, in whole minutes (never negative). */
export function ageMinutes(savedAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(savedAt)) / 60_000));
}

type Position = [number, number];

function polygonRings(g: GeoPolygon | null): Position[][] {
  if (!g) return [];
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** Everything the map draws, as lon/lat positions (for its extent). */
export function bundlePositions(
  b: Pick<FieldBundle, 'grids' | 'roads' | 'buildings' | 'keyPlaces'>,
): Position[] {
  const out: Position[] = [];
  for (const g of b.grids) for (const r of polygonRings(g.boundary)) out.push(...r);
  for (const r of b.roads) for (const l of linesOf(r.line)) out.push(...l);
  for (const x of b.buildings) {
    if (x.point) out.push(x.point);
    for (const r of polygonRings(x.footprint)) out.push(...r);
  }
  for (const k of b.keyPlaces) if (k.point) out.push(k.point);
  return out;
}

export interface Projection {
  width: number;
  height: number;
  /** lon/lat → SVG x/y (north up, metres kept square at the map's latitude) */
  project(p: Position): [number, number];
}

/**
 * A plain equirectangular projection fitted to `positions` inside `width` (height follows the extent's shape,
 * within [minH, maxH]): enough for one grid of a few hundred metres, and it needs no tiles.
 */
export function fitProjection(
  positions: readonly Position[],
  width: number,
  pad = 12,
  minH = 160,
  maxH = 420,
): Projection | null {
  if (positions.length === 0) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * k, 1e-6);
  const spanY = Math.max(maxY - minY, 1e-6);
  const inner = width - 2 * pad;
  const height = Math.min(maxH, Math.max(minH, (inner * spanY) / spanX + 2 * pad));
  const scale = Math.min(inner / spanX, (height - 2 * pad) / spanY);
  const offX = pad + (inner - spanX * scale) / 2;
  const offY = pad + (height - 2 * pad - spanY * scale) / 2;
  return {
    width,
    height,
    project: ([x, y]) => [offX + (x - minX) * k * scale, offY + (maxY - y) * scale],
  };
}

/** A road's lines (a LineString is one, a MultiLineString several). */
export function linesOf(g: GeoLine | null): Position[][] {
  if (!g) return [];
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

export function ringsOf(g: GeoPolygon | null): Position[][] {
  return polygonRings(g);
}
