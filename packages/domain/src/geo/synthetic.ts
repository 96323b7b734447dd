import type { BBox, Position } from './geometry.ts';
import type { GridShape } from './grid-index.ts';

/** Small, fast seeded PRNG (mulberry32) returning floats in [0, 1); for reproducible test data and benchmarks. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TilingOptions {
  cols: number;
  rows: number;
  bbox: BBox;
  seed: number;
  /** 6-digit district code the grid codes start with. */
  districtCode?: string;
}

/**
 * A deterministic tiling of `bbox` by cols × rows irregular grid polygons with 8–12 vertices: a jittered lattice
 * whose edges carry one or two bent intermediate points. Neighbours share their edges exactly, so the polygons
 * cover the box without overlapping. Codes follow the 15-digit scheme: 10 × 10 grids make a community and 5 × 5
 * communities a street.
 */
export function generateGridTiling(options: TilingOptions): GridShape[] {
  const { cols, rows, seed } = options;
  const [minX, minY, maxX, maxY] = options.bbox;
  const district = options.districtCode ?? '110105';
  const streetsPerRow = Math.ceil(cols / 50);
  if (streetsPerRow * Math.ceil(rows / 50) > 999)
    throw new RangeError('too many grids for 3-digit street codes');
  const rand = mulberry32(seed);
  const dx = (maxX - minX) / cols;
  const dy = (maxY - minY) / rows;
  const bend = 0.08 * Math.min(dx, dy);

  // Lattice vertices; those on the border stay on it so the tiling covers the box exactly.
  const vx = new Float64Array((cols + 1) * (rows + 1));
  const vy = new Float64Array((cols + 1) * (rows + 1));
  const v = (i: number, j: number) => j * (cols + 1) + i;
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i <= cols; i++) {
      const jx = i === 0 || i === cols ? 0 : (rand() - 0.5) * 0.5 * dx;
      const jy = j === 0 || j === rows ? 0 : (rand() - 0.5) * 0.5 * dy;
      vx[v(i, j)] = minX + i * dx + jx;
      vy[v(i, j)] = minY + j * dy + jy;
    }
  }

  // Intermediate points of each lattice edge, in the direction of increasing i (horizontal) or j (vertical).
  const edgePoints = (a: number, b: number, onBorder: boolean): Position[] => {
    const k = rand() < 0.5 ? 1 : 2;
    const ex = vx[b]! - vx[a]!;
    const ey = vy[b]! - vy[a]!;
    const len = Math.hypot(ex, ey);
    const pts: Position[] = [];
    for (let m = 1; m <= k; m++) {
      const t = m / (k + 1);
      const off = onBorder ? 0 : (rand() - 0.5) * 2 * bend;
      pts.push([vx[a]! + ex * t - (ey / len) * off, vy[a]! + ey * t + (ex / len) * off]);
    }
    return pts;
  };
  const horizontal: Position[][] = [];
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i < cols; i++) horizontal.push(edgePoints(v(i, j), v(i + 1, j), j === 0 || j === rows));
  }
  const vertical: Position[][] = [];
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i <= cols; i++) vertical.push(edgePoints(v(i, j), v(i, j + 1), i === 0 || i === cols));
  }
  const h = (i: number, j: number) => horizontal[j * cols + i]!;
  const vt = (i: number, j: number) => vertical[j * (cols + 1) + i]!;
  const at = (i: number, j: number): Position => [vx[v(i, j)]!, vy[v(i, j)]!];

  const grids: GridShape[] = [];
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      // Counter-clockwise: bottom edge, right edge, top edge backwards, left edge backwards.
      const ring: Position[] = [
        at(i, j),
        ...h(i, j),
        at(i + 1, j),
        ...vt(i + 1, j),
        at(i + 1, j + 1),
        ...[...h(i, j + 1)].reverse(),
        at(i, j + 1),
        ...[...vt(i, j)].reverse(),
        at(i, j),
      ];
      grids.push({
        code: gridCode(district, i, j, streetsPerRow),
        boundary: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  return grids;
}

function gridCode(district: string, i: number, j: number, streetsPerRow: number): string {
  const street = Math.floor(j / 50) * streetsPerRow + Math.floor(i / 50) + 1;
  const community = (Math.floor(j / 10) % 5) * 5 + (Math.floor(i / 10) % 5) + 1;
  const seq = (j % 10) * 10 + (i % 10) + 1;
  const pad = (n: number) => String(n).padStart(3, '0');
  return `${district}${pad(street)}${pad(community)}${pad(seq)}`;
}
