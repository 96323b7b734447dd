import { describe, expect, it } from 'vitest';
import type { AreaGeometry, Position, Ring } from './geometry.ts';
import { generateGridTiling } from './synthetic.ts';
import { type CodedArea, boundaryProblems, geometryFlaw } from './tiling.ts';

// Factories: rings and areas around Pinggu (117.1 E, 40.1 N), where a 0.01° square is about 850 m × 1.1 km.
const ring = (...pts: [number, number][]): Ring => [...pts, pts[0]!];
const box = (x0: number, y0: number, x1: number, y1: number): Ring =>
  ring([x0, y0], [x1, y0], [x1, y1], [x0, y1]);
const polygon = (...rings: Ring[]): AreaGeometry => ({ type: 'Polygon', coordinates: rings });
const area = (code: string, boundary: AreaGeometry): CodedArea => ({ code, boundary });

const X = 117.1;
const Y = 40.1;
// A community of 2 × 1 grids: west and east share the edge x = X + 0.01.
const community = area('110117001001', polygon(box(X, Y, X + 0.02, Y + 0.01)));
const west = area('110117001001001', polygon(box(X, Y, X + 0.01, Y + 0.01)));
const east = area('110117001001002', polygon(box(X + 0.01, Y, X + 0.02, Y + 0.01)));

describe('geometryFlaw', () => {
  it('accepts polygons, polygons with holes and multipolygons of separate parts', () => {
    expect(geometryFlaw(polygon(box(0, 0, 10, 10)))).toBeUndefined();
    expect(geometryFlaw(polygon(box(0, 0, 10, 10), box(3, 3, 7, 7)))).toBeUndefined();
    expect(
      geometryFlaw({ type: 'MultiPolygon', coordinates: [[box(0, 0, 1, 1)], [box(1, 0, 2, 1)]] }),
    ).toBeUndefined();
    // A repeated vertex is harmless.
    expect(geometryFlaw(polygon(ring([0, 0], [1, 0], [1, 0], [1, 1], [0, 1])))).toBeUndefined();
  });

  it('names what is wrong', () => {
    const open: Ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    const cases: [AreaGeometry, string][] = [
      [polygon(open), 'ring_not_closed'],
      [polygon(ring([0, 0], [1, 0])), 'too_few_points'],
      [polygon(ring([0, 0], [1, 1], [2, 2])), 'zero_area'],
      [polygon(ring([0, 0], [NaN, 0], [1, 1])), 'not_finite'],
      [polygon(ring([0, 0], [Infinity, 0], [1, 1])), 'not_finite'],
      [polygon(ring([0, 0], [181, 0], [1, 1])), 'out_of_range'],
      // A bow tie: the edges cross in the middle.
      [polygon(ring([0, 0], [2, 2], [2, 0], [0, 3])), 'self_intersection'],
      // A spike that runs back along itself.
      [polygon(ring([0, 0], [2, 0], [1, 0], [1, 1])), 'self_intersection'],
      // A hole crossing its outer ring, and one beside it.
      [polygon(box(0, 0, 4, 4), box(3, 1, 5, 2)), 'self_intersection'],
      [polygon(box(0, 0, 4, 4), box(5, 1, 6, 2)), 'hole_outside'],
      [{ type: 'MultiPolygon', coordinates: [[box(0, 0, 4, 4)], [box(1, 1, 2, 2)]] }, 'parts_overlap'],
    ];
    for (const [g, flaw] of cases)
      expect([JSON.stringify(g), geometryFlaw(g)]).toEqual([JSON.stringify(g), flaw]);
  });
});

describe('boundaryProblems', () => {
  it('accepts a grid inside its community that shares an edge with its sibling', () => {
    expect(boundaryProblems({ boundary: west.boundary, parent: community, siblings: [east] })).toEqual([]);
  });

  it('accepts a redrawn edge between two siblings when both sides move together', () => {
    // West shrinks to x = X + 0.006; east grows over the strip: checked against the shrunk west, no overlap.
    const westShrunk = area(west.code, polygon(box(X, Y, X + 0.006, Y + 0.01)));
    const eastGrown = polygon(box(X + 0.006, Y, X + 0.02, Y + 0.01));
    expect(boundaryProblems({ boundary: eastGrown, parent: community, siblings: [westShrunk] })).toEqual([]);
  });

  it('refuses a grid drawn over another street, naming the parent', () => {
    const elsewhere = polygon(box(X + 0.05, Y, X + 0.06, Y + 0.01));
    expect(boundaryProblems({ boundary: elsewhere, parent: community, siblings: [east] })).toEqual([
      { kind: 'outside', parent: community.code },
    ]);
  });

  it('refuses a grid that takes part of a sibling, naming the sibling', () => {
    const greedy = polygon(box(X, Y, X + 0.015, Y + 0.01));
    expect(boundaryProblems({ boundary: greedy, parent: community, siblings: [east] })).toEqual([
      { kind: 'overlap', codes: [east.code] },
    ]);
  });

  it('refuses even a small square of real ground (about 10 m) beyond the parent', () => {
    const d = 0.0001;
    const nub = polygon(
      ring(
        [X, Y],
        [X + 0.01, Y],
        [X + 0.01, Y + 0.005],
        [X + 0.01 + d, Y + 0.005],
        [X + 0.01 + d, Y + 0.005 + d],
        [X + 0.01, Y + 0.005 + d],
        [X + 0.01, Y + 0.01],
        [X, Y + 0.01],
      ),
    );
    const westCommunity = area(community.code, polygon(box(X, Y, X + 0.01, Y + 0.01)));
    expect(boundaryProblems({ boundary: nub, parent: westCommunity })).toEqual([
      { kind: 'outside', parent: community.code },
    ]);
  });

  it('tolerates floating-point slivers along a shared edge (a millionth of a degree)', () => {
    const e = 4e-7;
    const jittered = polygon(
      ring([X, Y], [X + 0.01 + e, Y], [X + 0.01 - e, Y + 0.005], [X + 0.01 + e, Y + 0.01], [X, Y + 0.01]),
    );
    expect(boundaryProblems({ boundary: jittered, parent: community, siblings: [east] })).toEqual([]);
  });

  it('reports an invalid polygon before anything else', () => {
    const bowTie = polygon(ring([X, Y], [X + 0.01, Y + 0.01], [X + 0.01, Y], [X, Y + 0.02]));
    expect(boundaryProblems({ boundary: bowTie, parent: community, siblings: [east] })).toEqual([
      { kind: 'invalid', flaw: 'self_intersection' },
    ]);
  });

  it('names the children a shrunk region would leave outside', () => {
    const shrunk = polygon(box(X, Y, X + 0.012, Y + 0.01));
    expect(boundaryProblems({ boundary: shrunk, children: [west, east] })).toEqual([
      { kind: 'orphans', codes: [east.code] },
    ]);
  });

  it('finds no overlap anywhere in a generated tiling, and every overlap a shifted grid makes', () => {
    const tiles = generateGridTiling({ cols: 6, rows: 6, bbox: [X, Y, X + 0.06, Y + 0.06], seed: 7 });
    const whole = area('whole', polygon(box(X, Y, X + 0.06, Y + 0.06)));
    for (const t of tiles) {
      const others = tiles.filter((o) => o !== t);
      expect(boundaryProblems({ boundary: t.boundary, parent: whole, siblings: others })).toEqual([]);
    }
    // Move one inner grid a third of a cell east: it overlaps its east neighbours and leaves nothing outside.
    const inner = tiles[2 * 6 + 2]!;
    const shift = (p: Position): [number, number] => [p[0]! + 0.0033, p[1]!];
    const moved: AreaGeometry = {
      type: 'Polygon',
      coordinates: (inner.boundary as { coordinates: Ring[] }).coordinates.map((r) => r.map(shift)),
    };
    const problems = boundaryProblems({
      boundary: moved,
      parent: whole,
      siblings: tiles.filter((o) => o !== inner),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.kind).toBe('overlap');
    expect((problems[0] as { codes: string[] }).codes.length).toBeGreaterThanOrEqual(1);
  });
});
