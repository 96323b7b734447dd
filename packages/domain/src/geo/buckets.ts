import { packedPolygonTouchesRect, pointInPackedPolygon } from './pip.ts';

/** A bucket listing more candidates than this is answered by the R-tree instead. */
const MAX_BUCKET = 32;
/** A polygon whose bounding box spans more buckets than this sends those buckets to the R-tree. */
const MAX_SPAN = 64;
/** Each bucket is split into FINE × FINE cells for the raster. */
export const FINE = 4;
/** Per entry: the polygon's minX, minY, maxX, maxY, its offset in the packed data, its index. */
export const ENTRY = 6;
/** Raster cell values besides a polygon index: no polygon anywhere in the cell, or ask the bucket. */
export const CELL_EMPTY = -1;
export const CELL_MIXED = -2;

/**
 * Uniform lookup tables in front of the R-tree, two levels deep.
 *
 * Buckets, about the size of the median polygon, list the polygons whose bounding box touches them, in input order
 * (so the first that contains a point is the answer), each entry carrying its box so rejects touch nothing else.
 * A bucket that would list more than MAX_BUCKET polygons (tiny grids beside big ones) or lies under a polygon
 * spanning more than MAX_SPAN buckets is flagged (negative start) and answered by the R-tree.
 *
 * The raster splits each bucket into FINE × FINE cells. A cell that no polygon edge comes near has the same answer
 * at every point, worked out once at build time from its centre; a lookup there reads one number. About half the
 * lookups over a regular tiling end there; the rest read the bucket.
 */
export interface BucketTable {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  cols: number;
  rows: number;
  invWidth: number;
  invHeight: number;
  /** Where each bucket's entries begin; negative (-(start) - 1) flags a bucket answered by the R-tree. */
  start: Int32Array;
  entries: Float64Array;
  fineCols: number;
  fineRows: number;
  invFineWidth: number;
  invFineHeight: number;
  /** Per raster cell: the answer (a polygon index), CELL_EMPTY, or CELL_MIXED. */
  cells: Int32Array;
}

function median(values: Float64Array): number {
  const sorted = values.slice().sort();
  return sorted[sorted.length >> 1] ?? 0;
}

/** `boxes` holds minX, minY, maxX, maxY per polygon; `extent` bounds them all. */
export function buildBuckets(
  boxes: Float64Array,
  partStart: Int32Array,
  data: Float64Array,
  extent: { minX: number; minY: number; maxX: number; maxY: number },
  treeOnly: boolean,
): BucketTable {
  const n = boxes.length / 4;
  const { minX, minY, maxX, maxY } = extent;
  const width = maxX - minX;
  const height = maxY - minY;
  // Buckets about the size of the median polygon, at most 2 per polygon.
  const widths = new Float64Array(n);
  const heights = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    widths[p] = boxes[4 * p + 2]! - boxes[4 * p]!;
    heights[p] = boxes[4 * p + 3]! - boxes[4 * p + 1]!;
  }
  let cols = width > 0 ? Math.max(1, Math.ceil(width / Math.max(median(widths), width / 4096))) : 1;
  let rows = height > 0 ? Math.max(1, Math.ceil(height / Math.max(median(heights), height / 4096))) : 1;
  const limit = Math.max(16, 2 * n);
  if (cols * rows > limit) {
    const shrink = Math.sqrt((cols * rows) / limit);
    cols = Math.max(1, Math.floor(cols / shrink));
    rows = Math.max(1, Math.floor(rows / shrink));
  }
  const invWidth = width > 0 ? cols / width : 0;
  const invHeight = height > 0 ? rows / height : 0;
  const bucketCount = cols * rows;

  // Bucket range of each polygon's box, widened by a hair so rounding in locate can never miss a candidate.
  const range = (p: number): [number, number, number, number] => {
    const s = 4 * p;
    const col = (v: number) => Math.min(cols - 1, Math.max(0, Math.floor(v)));
    const row = (v: number) => Math.min(rows - 1, Math.max(0, Math.floor(v)));
    const e = 1e-6;
    return [
      col((boxes[s]! - minX) * invWidth - e),
      row((boxes[s + 1]! - minY) * invHeight - e),
      col((boxes[s + 2]! - minX) * invWidth + e),
      row((boxes[s + 3]! - minY) * invHeight + e),
    ];
  };
  const isBig = ([i0, j0, i1, j1]: [number, number, number, number]) =>
    (i1 - i0 + 1) * (j1 - j0 + 1) > MAX_SPAN;

  const counts = new Int32Array(bucketCount);
  const flagged = new Uint8Array(bucketCount).fill(treeOnly ? 1 : 0);
  for (let p = 0; p < n; p++) {
    const r = range(p);
    const big = isBig(r);
    for (let j = r[1]; j <= r[3]; j++) {
      for (let i = r[0]; i <= r[2]; i++) {
        if (big) flagged[j * cols + i] = 1;
        else counts[j * cols + i]! += 1;
      }
    }
  }
  const start = new Int32Array(bucketCount + 1);
  let total = 0;
  for (let b = 0; b < bucketCount; b++) {
    if (counts[b]! > MAX_BUCKET) flagged[b] = 1;
    start[b] = flagged[b] ? -total - 1 : total;
    if (!flagged[b]) total += counts[b]!;
  }
  start[bucketCount] = total;
  const entries = new Float64Array(ENTRY * total);
  const fill = new Int32Array(bucketCount);
  for (let p = 0; p < n; p++) {
    const r = range(p);
    if (isBig(r)) continue;
    for (let j = r[1]; j <= r[3]; j++) {
      for (let i = r[0]; i <= r[2]; i++) {
        const b = j * cols + i;
        if (flagged[b]) continue;
        const e = ENTRY * (start[b]! + fill[b]!++);
        entries.set(boxes.subarray(4 * p, 4 * p + 4), e);
        entries[e + 4] = partStart[p]!;
        entries[e + 5] = p;
      }
    }
  }

  const fineCols = cols * FINE;
  const fineRows = rows * FINE;
  const cells = new Int32Array(fineCols * fineRows).fill(CELL_MIXED);
  const cellW = width / fineCols;
  const cellH = height / fineRows;
  // Cells are judged on a slightly larger rectangle, so points that rounding puts in a cell are covered too.
  const padX = 1e-4 * cellW;
  const padY = 1e-4 * cellH;
  for (let b = 0; b < bucketCount; b++) {
    if (flagged[b]) continue;
    const from = ENTRY * start[b]!;
    const end = ENTRY * (start[b + 1]! < 0 ? -start[b + 1]! - 1 : start[b + 1]!);
    const bi = b % cols;
    const bj = (b - bi) / cols;
    for (let fj = bj * FINE; fj < (bj + 1) * FINE; fj++) {
      for (let fi = bi * FINE; fi < (bi + 1) * FINE; fi++) {
        const x0 = minX + fi * cellW - padX;
        const x1 = minX + (fi + 1) * cellW + padX;
        const y0 = minY + fj * cellH - padY;
        const y1 = minY + (fj + 1) * cellH + padY;
        cells[fj * fineCols + fi] = judgeCell(entries, from, end, data, x0, y0, x1, y1);
      }
    }
  }

  return {
    minX,
    minY,
    maxX,
    maxY,
    cols,
    rows,
    invWidth,
    invHeight,
    start,
    entries,
    fineCols,
    fineRows,
    invFineWidth: width > 0 ? fineCols / width : 0,
    invFineHeight: height > 0 ? fineRows / height : 0,
    cells,
  };
}

/**
 * The answer for every point of a rectangle, if it is the same everywhere. Candidates come in input order: the
 * first whose edges stay clear of the rectangle and which contains its centre contains all of it and wins; an
 * earlier candidate whose edges cross the rectangle makes the answer depend on the point.
 */
function judgeCell(
  entries: Float64Array,
  from: number,
  end: number,
  data: Float64Array,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  for (let e = from; e < end; e += ENTRY) {
    if (entries[e]! > x1 || entries[e + 1]! > y1 || entries[e + 2]! < x0 || entries[e + 3]! < y0) continue;
    const s = entries[e + 4]!;
    if (packedPolygonTouchesRect(data, s, x0, y0, x1, y1)) return CELL_MIXED;
    const inside = pointInPackedPolygon(data, s, (x0 + x1) / 2, (y0 + y1) / 2);
    if (inside === 0) return CELL_MIXED;
    if (inside) return entries[e + 5]!;
  }
  return CELL_EMPTY;
}
