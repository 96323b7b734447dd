import Flatbush from 'flatbush';
import pointInPolygon from 'point-in-polygon-hao';
import { type AreaGeometry, type Ring, polygonsOf } from './geometry.ts';
import { type BucketTable, CELL_EMPTY, ENTRY, FINE, buildBuckets } from './buckets.ts';
import { pointInPackedPolygon } from './pip.ts';

export interface GridShape {
  code: string;
  boundary: AreaGeometry;
}

export interface GridIndexOptions {
  /** Use the bucket table in front of the R-tree (default true); off, every lookup walks the R-tree. */
  buckets?: boolean;
}

const NONE = 0x7fffffff;

/**
 * Point → grid lookup over grid boundaries (DESIGN.md §4 Routing step 1).
 *
 * The answer is the grid with the smallest input position among those with a polygon containing the point,
 * boundary included, holes excluded. A point on an edge shared by neighbours therefore always gets the same one of
 * them, and locate and locateNaive agree exactly, even on overlapping input.
 *
 * Every polygon of every grid (a MultiPolygon gives several) is packed with its bounding box and rings into one
 * Float64Array and indexed at build time by:
 * - a static Hilbert R-tree (flatbush) over the bounding boxes, the general index;
 * - in front of it, uniform buckets and a finer raster (see buckets.ts): a lookup reads one raster cell, and only
 *   near polygon edges one bucket of candidates, stopping at the first that contains the point. Crowded buckets
 *   (tiny grids beside large rural ones) and buckets under very large polygons go to the R-tree, so skewed data
 *   degrades to flatbush speed, never worse.
 *
 * Why not flatbush alone: on this project's 2-core dev machine (bench/geo.bench.ts) its search costs about 1 µs per
 * point over 100 k grids, and point-in-polygon-hao on GeoJSON arrays scattered over the heap about 1.3 µs more —
 * under half the 1 M lookups/s bar. The packed test in pip.ts is point-in-polygon-hao's algorithm and predicate,
 * so answers are identical; locateNaive still runs point-in-polygon-hao itself on the input rings, as an oracle.
 * locate allocates nothing.
 */
export class GridIndex {
  readonly codes: readonly string[];
  private readonly data: Float64Array;
  private readonly partStart: Int32Array;
  private readonly partGrid: Int32Array;
  /** Bounding boxes side by side (minX, minY, maxX, maxY per polygon), for the linear scan. */
  private readonly boxes: Float64Array;
  /** The input rings (closed), for locateNaive; shared with the caller's objects, not copied. */
  private readonly sources: Ring[][];
  private readonly tree: Flatbush | undefined;
  private readonly buckets: BucketTable | undefined;
  private qx = 0;
  private qy = 0;
  private best = NONE;
  /** flatbush search callback, created once; records the best part and never collects results. */
  private readonly visit = (part: number): boolean => {
    if (
      part < this.best &&
      pointInPackedPolygon(this.data, this.partStart[part]!, this.qx, this.qy) !== false
    ) {
      this.best = part;
    }
    return false;
  };

  private constructor(codes: string[], sources: Ring[][], partGrid: number[], options: GridIndexOptions) {
    this.codes = codes;
    this.sources = sources;
    this.partGrid = Int32Array.from(partGrid);
    const packed = pack(sources);
    this.data = packed.data;
    this.partStart = packed.partStart;
    this.boxes = new Float64Array(4 * sources.length);
    this.partStart.forEach((start, p) => this.boxes.set(this.data.subarray(start, start + 4), 4 * p));
    if (sources.length > 0) {
      const tree = new Flatbush(sources.length);
      for (let p = 0; p < sources.length; p++) {
        tree.add(this.boxes[4 * p]!, this.boxes[4 * p + 1]!, this.boxes[4 * p + 2], this.boxes[4 * p + 3]);
      }
      tree.finish();
      this.tree = tree;
      this.buckets = buildBuckets(this.boxes, this.partStart, this.data, tree, options.buckets === false);
    }
  }

  static build(grids: readonly GridShape[], options: GridIndexOptions = {}): GridIndex {
    const codes: string[] = [];
    const sources: Ring[][] = [];
    const partGrid: number[] = [];
    grids.forEach((grid, g) => {
      codes.push(grid.code);
      for (const polygon of polygonsOf(grid.boundary)) {
        const rings = polygon.filter((r) => r.length >= 3).map(closedRing);
        if (rings.length === 0) continue;
        sources.push(rings);
        partGrid.push(g);
      }
    });
    return new GridIndex(codes, sources, partGrid, options);
  }

  /** Number of grids indexed. */
  get size(): number {
    return this.codes.length;
  }

  /** Shape of the index, for benchmarks and tests. */
  get stats(): {
    polygons: number;
    buckets: number;
    treeBuckets: number;
    bucketEntries: number;
    resolvedCellShare: number;
  } {
    const b = this.buckets;
    let treeBuckets = 0;
    let resolvedCells = 0;
    if (b) {
      for (let i = 0; i < b.cols * b.rows; i++) if (b.start[i]! < 0) treeBuckets++;
      for (const c of b.cells) if (c >= CELL_EMPTY) resolvedCells++;
    }
    return {
      polygons: this.sources.length,
      buckets: b ? b.cols * b.rows : 0,
      treeBuckets,
      bucketEntries: b ? b.entries.length / ENTRY : 0,
      resolvedCellShare: b && b.cells.length > 0 ? resolvedCells / b.cells.length : 0,
    };
  }

  /** Code of the grid containing [lon, lat], or undefined. */
  locate(lon: number, lat: number): string | undefined {
    const part = this.locatePart(lon, lat);
    return part === NONE ? undefined : this.codes[this.partGrid[part]!];
  }

  /** The same answer as locate by testing every polygon in input order with point-in-polygon-hao; for checks and benchmarks. */
  locateNaive(lon: number, lat: number): string | undefined {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
    const point = [lon, lat];
    const boxes = this.boxes;
    for (let i = 0; i < this.sources.length; i++) {
      const b = 4 * i;
      if (lon < boxes[b]! || lat < boxes[b + 1]! || lon > boxes[b + 2]! || lat > boxes[b + 3]!) continue;
      if (pointInPolygon(point, this.sources[i]!) !== false) return this.codes[this.partGrid[i]!];
    }
    return undefined;
  }

  private locatePart(x: number, y: number): number {
    const b = this.buckets;
    if (!b || !(x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY)) return NONE; // also rejects NaN
    const fi = Math.min(b.fineCols - 1, Math.floor((x - b.minX) * b.invFineWidth));
    const fj = Math.min(b.fineRows - 1, Math.floor((y - b.minY) * b.invFineHeight));
    const cell = b.cells[fj * b.fineCols + fi]!;
    if (cell >= 0) return cell;
    if (cell === CELL_EMPTY) return NONE;
    const bucket = Math.floor(fj / FINE) * b.cols + Math.floor(fi / FINE);
    const from = b.start[bucket]!;
    if (from < 0) {
      this.qx = x;
      this.qy = y;
      this.best = NONE;
      this.tree!.search(x, y, x, y, this.visit);
      return this.best;
    }
    const { data } = this;
    const entries = b.entries;
    const to = b.start[bucket + 1]!;
    const end = ENTRY * (to < 0 ? -to - 1 : to);
    for (let e = ENTRY * from; e < end; e += ENTRY) {
      if (x < entries[e]! || y < entries[e + 1]! || x > entries[e + 2]! || y > entries[e + 3]!) continue;
      // Entries are in input order, so the first polygon containing the point is the answer.
      if (pointInPackedPolygon(data, entries[e + 4]!, x, y) !== false) return entries[e + 5]!;
    }
    return NONE;
  }
}

/**
 * Polygons packed one after another: minX, minY, maxX, maxY, ring count, each ring's position count, then each
 * ring's x, y pairs (closed).
 */
function pack(parts: Ring[][]): { data: Float64Array; partStart: Int32Array } {
  const partStart = new Int32Array(parts.length);
  let size = 0;
  parts.forEach((rings, p) => {
    partStart[p] = size;
    size += 5 + rings.length;
    for (const ring of rings) size += 2 * ring.length;
  });
  const data = new Float64Array(size);
  parts.forEach((rings, p) => {
    const s = partStart[p]!;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    data[s + 4] = rings.length;
    let o = s + 5 + rings.length;
    rings.forEach((ring, r) => {
      data[s + 5 + r] = ring.length;
      for (const pos of ring) {
        const x = pos[0]!;
        const y = pos[1]!;
        data[o++] = x;
        data[o++] = y;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
    });
    data.set([minX, minY, maxX, maxY], s);
  });
  return { data, partStart };
}

/** Closed copy of a ring when the input forgot to close it; the ring itself otherwise. */
function closedRing(ring: Ring): Ring {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}
