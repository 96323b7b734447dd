import pointInPolygon from 'point-in-polygon-hao';
import { describe, expect, it } from 'vitest';
import { type AreaGeometry, type Ring, polygonsOf } from './geometry.ts';
import { GridIndex, type GridShape } from './grid-index.ts';
import { generateGridTiling, mulberry32 } from './synthetic.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

// A donut (10×10 with a 4×4 hole), an island filling the hole, and a grid made of two separate squares.
const donut: GridShape = {
  code: 'donut',
  boundary: { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(3, 3, 7, 7)] },
};
const island: GridShape = {
  code: 'island',
  boundary: { type: 'Polygon', coordinates: [square(3, 3, 7, 7)] },
};
const archipelago: GridShape = {
  code: 'archipelago',
  boundary: { type: 'MultiPolygon', coordinates: [[square(20, 0, 22, 2)], [square(30, 5, 33, 8)]] },
};
const shapes = [donut, island, archipelago];

/** Independent oracle: point-in-polygon-hao on the raw GeoJSON, first grid in input order. */
function oracle(grids: readonly GridShape[], lon: number, lat: number): string | undefined {
  return grids.find((g) => polygonsOf(g.boundary).some((p) => pointInPolygon([lon, lat], p) !== false))?.code;
}

describe.each([
  ['with the bucket table', {}],
  ['R-tree only', { buckets: false }],
])('GridIndex (%s)', (_name, options) => {
  const index = GridIndex.build(shapes, options);

  it('honours holes: a point in the hole belongs to the island, not the donut', () => {
    expect(index.locate(1, 1)).toBe('donut');
    expect(index.locate(5, 5)).toBe('island');
    expect(index.locate(8.5, 5)).toBe('donut');
  });

  it('finds every part of a MultiPolygon, and nothing between the parts', () => {
    expect(index.locate(21, 1)).toBe('archipelago');
    expect(index.locate(31.5, 6.5)).toBe('archipelago');
    expect(index.locate(26, 4)).toBeUndefined();
  });

  it('returns undefined outside every grid and for invalid coordinates', () => {
    expect(index.locate(-1, 5)).toBeUndefined();
    expect(index.locate(50, 50)).toBeUndefined();
    expect(index.locate(Number.NaN, 5)).toBeUndefined();
    expect(index.locate(5, Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('counts the boundary as inside and gives a shared edge to the earlier grid', () => {
    expect(index.locate(0, 5)).toBe('donut'); // outer edge
    expect(index.locate(10, 10)).toBe('donut'); // corner
    expect(index.locate(3, 5)).toBe('donut'); // hole edge, shared with the island listed after it
    expect(index.locate(22, 1)).toBe('archipelago');
  });

  it('agrees with locateNaive and the oracle on the hand-made shapes', () => {
    const rand = mulberry32(7);
    for (let i = 0; i < 2000; i++) {
      const lon = -2 + rand() * 38;
      const lat = -2 + rand() * 14;
      const expected = oracle(shapes, lon, lat);
      expect(index.locate(lon, lat)).toBe(expected);
      expect(index.locateNaive(lon, lat)).toBe(expected);
    }
  });
});

describe('GridIndex on a generated tiling', () => {
  const bbox: [number, number, number, number] = [116.3, 39.85, 116.5, 40.0];
  const grids = generateGridTiling({ cols: 60, rows: 40, bbox, seed: 99 });
  const index = GridIndex.build(grids);
  const treeOnly = GridIndex.build(grids, { buckets: false });

  it('generates 2,400 simple, valid grids with 15-digit codes', () => {
    expect(grids).toHaveLength(2400);
    expect(new Set(grids.map((g) => g.code)).size).toBe(2400);
    for (const g of grids) {
      expect(g.code).toMatch(/^110105\d{9}$/);
      const ring = (g.boundary as Extract<AreaGeometry, { type: 'Polygon' }>).coordinates[0]!;
      expect(ring.length - 1).toBeGreaterThanOrEqual(8);
      expect(ring.length - 1).toBeLessThanOrEqual(12);
    }
  });

  it('answers most of the tiling from the raster alone', () => {
    expect(index.stats.resolvedCellShare).toBeGreaterThan(0.25);
    expect(treeOnly.stats.treeBuckets).toBe(treeOnly.stats.buckets);
  });

  it('agrees with locateNaive, the R-tree path and the oracle on 4,000 random points', () => {
    const rand = mulberry32(2026);
    let inside = 0;
    for (let i = 0; i < 4000; i++) {
      const lon = bbox[0] - 0.01 + rand() * (bbox[2] - bbox[0] + 0.02);
      const lat = bbox[1] - 0.01 + rand() * (bbox[3] - bbox[1] + 0.02);
      const expected = oracle(grids, lon, lat);
      expect(index.locate(lon, lat)).toBe(expected);
      expect(index.locateNaive(lon, lat)).toBe(expected);
      expect(treeOnly.locate(lon, lat)).toBe(expected);
      if (expected !== undefined) inside++;
    }
    expect(inside).toBeGreaterThan(3000);
  });

  it('tiles without overlaps: every point inside the box is strictly inside exactly one grid', () => {
    const rand = mulberry32(5);
    const polygons = grids.map((g) => polygonsOf(g.boundary)[0]!);
    for (let i = 0; i < 300; i++) {
      const pt = [bbox[0] + rand() * (bbox[2] - bbox[0]), bbox[1] + rand() * (bbox[3] - bbox[1])];
      expect(polygons.filter((p) => pointInPolygon(pt, p) !== false)).toHaveLength(1);
    }
  });

  it('answers shared vertices of the lattice consistently', () => {
    for (const g of grids.slice(0, 200)) {
      for (const [lon, lat] of polygonsOf(g.boundary)[0]![0]!) {
        expect(index.locate(lon!, lat!)).toBe(index.locateNaive(lon!, lat!));
      }
    }
  });
});

describe('GridIndex on skewed data', () => {
  // 2,025 tiny grids in one corner under a huge grid listed last: crowded buckets and a polygon spanning many
  // buckets both send lookups to the R-tree.
  const tiny: GridShape[] = [];
  for (let j = 0; j < 45; j++) {
    for (let i = 0; i < 45; i++) {
      tiny.push({
        code: `t${i}.${j}`,
        boundary: { type: 'Polygon', coordinates: [square(i / 45, j / 45, (i + 1) / 45, (j + 1) / 45)] },
      });
    }
  }
  const huge: GridShape = {
    code: 'huge',
    boundary: { type: 'Polygon', coordinates: [square(-50, -50, 50, 50)] },
  };
  const grids = [...tiny, huge];
  const index = GridIndex.build(grids);

  it('uses the R-tree for some buckets', () => {
    expect(index.stats.treeBuckets).toBeGreaterThan(0);
    expect(index.stats.polygons).toBe(2026);
  });

  it('still agrees with the oracle everywhere', () => {
    const rand = mulberry32(11);
    for (let i = 0; i < 3000; i++) {
      // Half the points near the tiny grids, half anywhere.
      const far = i % 2 === 0;
      const lon = far ? -60 + rand() * 120 : -0.2 + rand() * 1.4;
      const lat = far ? -60 + rand() * 120 : -0.2 + rand() * 1.4;
      const expected = oracle(grids, lon, lat);
      expect(index.locate(lon, lat)).toBe(expected);
      expect(index.locateNaive(lon, lat)).toBe(expected);
    }
  });
});

describe('GridIndex edge cases', () => {
  it('answers undefined when empty', () => {
    const empty = GridIndex.build([]);
    expect(empty.size).toBe(0);
    expect(empty.locate(116.4, 39.9)).toBeUndefined();
    expect(empty.locateNaive(116.4, 39.9)).toBeUndefined();
  });

  it('accepts a ring that was not closed', () => {
    const open: GridShape = {
      code: 'open',
      boundary: { type: 'Polygon', coordinates: [square(0, 0, 1, 1).slice(0, 4)] },
    };
    const index = GridIndex.build([open]);
    expect(index.locate(0.5, 0.5)).toBe('open');
    expect(index.locateNaive(0.5, 0.5)).toBe('open');
    expect(index.locate(1.5, 0.5)).toBeUndefined();
  });

  it('works for a single degenerate-width grid', () => {
    const line: GridShape = {
      code: 'line',
      boundary: {
        type: 'Polygon',
        coordinates: [
          [
            [1, 0],
            [1, 2],
            [1, 0],
            [1, 0],
          ],
        ],
      },
    };
    const index = GridIndex.build([line]);
    expect(index.locate(1, 1)).toBe(index.locateNaive(1, 1));
    expect(index.locate(2, 1)).toBeUndefined();
  });
});
