// Point → grid lookup (DESIGN.md §6: ≥ 1 M lookups/s per core over 100 k grids).
// Run from the repo root: npm run bench:geo. Single-threaded; the last line is one JSON object.
import { GridIndex, generateGridTiling, mulberry32 } from '../packages/domain/src/geo/index.ts';
import type { BBox } from '../packages/domain/src/geo/index.ts';

const COLS = 400;
const ROWS = 250;
const LOOKUPS = 1_000_000;
const NAIVE_SAMPLE = 2_000;
// Around central Beijing: 0.8° × 0.6°, cells of about 170 m × 270 m.
const BBOX: BBox = [116.0, 39.6, 116.8, 40.2];

function randomPoints(n: number, seed: number): Float64Array {
  const rand = mulberry32(seed);
  // 2 % margin on each side so a few queries miss every grid, as real reports from outside the area do.
  const [minX, minY, maxX, maxY] = BBOX;
  const mx = (maxX - minX) * 0.02;
  const my = (maxY - minY) * 0.02;
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = minX - mx + rand() * (maxX - minX + 2 * mx);
    out[2 * i + 1] = minY - my + rand() * (maxY - minY + 2 * my);
  }
  return out;
}

/** Median of three timed passes: the dev machines are shared, and one pass can land on a busy moment. */
function timeLookups(points: Float64Array, locate: (lon: number, lat: number) => string | undefined) {
  const passes = [0, 1, 2].map(() => {
    let hits = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < points.length; i += 2) {
      if (locate(points[i]!, points[i + 1]!) !== undefined) hits++;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { hits, seconds, perSecond: points.length / 2 / seconds };
  });
  return passes.sort((a, b) => a.seconds - b.seconds)[1]!;
}

let t = performance.now();
const grids = generateGridTiling({ cols: COLS, rows: ROWS, bbox: BBOX, seed: 20261001 });
const generateMs = performance.now() - t;
t = performance.now();
const index = GridIndex.build(grids);
const buildMs = performance.now() - t;
const treeOnly = GridIndex.build(grids, { buckets: false });

const points = randomPoints(LOOKUPS, 42);
const locate = (lon: number, lat: number) => index.locate(lon, lat);
timeLookups(points.subarray(0, 2 * 200_000), locate); // warm-up
const fast = timeLookups(points, locate);
// For the record: the flatbush R-tree path alone (what crowded buckets fall back to).
const treeLocate = (lon: number, lat: number) => treeOnly.locate(lon, lat);
const tree = timeLookups(points.subarray(0, 2 * 300_000), treeLocate);

const sample = points.subarray(0, 2 * NAIVE_SAMPLE);
const naive = timeLookups(sample, (lon, lat) => index.locateNaive(lon, lat));
let disagreements = 0;
for (let i = 0; i < sample.length; i += 2) {
  const expected = index.locateNaive(sample[i]!, sample[i + 1]!);
  if (
    index.locate(sample[i]!, sample[i + 1]!) !== expected ||
    treeOnly.locate(sample[i]!, sample[i + 1]!) !== expected
  ) {
    disagreements++;
  }
}

const vertices = grids.reduce(
  (n, g) => n + (g.boundary.type === 'Polygon' ? g.boundary.coordinates[0]!.length - 1 : 0),
  0,
);
console.log(
  `grids: ${grids.length} (${(vertices / grids.length).toFixed(1)} vertices on average), generated in ${generateMs.toFixed(0)} ms, indexed in ${buildMs.toFixed(0)} ms`,
);
const { buckets, resolvedCellShare } = index.stats;
console.log(
  `  ${buckets.toLocaleString('en')} buckets, ${(resolvedCellShare * 100).toFixed(0)} % of raster cells answered without a polygon test`,
);
console.log(
  `GridIndex.locate (median of 3 passes): ${LOOKUPS} lookups in ${(fast.seconds * 1000).toFixed(0)} ms → ${Math.round(fast.perSecond).toLocaleString('en')} /s, ${((fast.hits / LOOKUPS) * 100).toFixed(1)} % hits`,
);
console.log(
  `  R-tree path only (flatbush search + callback): ${Math.round(tree.perSecond).toLocaleString('en')} /s`,
);
console.log(
  `locateNaive: ${NAIVE_SAMPLE} lookups in ${(naive.seconds * 1000).toFixed(0)} ms → ${Math.round(naive.perSecond).toLocaleString('en')} /s`,
);
console.log(`agreement on the naive sample: ${NAIVE_SAMPLE - disagreements}/${NAIVE_SAMPLE}`);
if (disagreements > 0) process.exitCode = 1;
console.log(
  JSON.stringify({
    bench: 'geo',
    grids: grids.length,
    lookups_per_s: Math.round(fast.perSecond),
    naive_lookups_per_s: Math.round(naive.perSecond),
    ratio: Math.round(fast.perSecond / naive.perSecond),
  }),
);
