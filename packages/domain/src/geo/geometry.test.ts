import { describe, expect, it } from 'vitest';
import { AreaGeometry, type Ring, bboxOf, centroidOf, ringArea } from './geometry.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

describe('ringArea', () => {
  it('is positive counter-clockwise and negative clockwise', () => {
    expect(ringArea(square(0, 0, 2, 3))).toBe(6);
    expect(ringArea([...square(0, 0, 2, 3)].reverse())).toBe(-6);
  });

  it('treats an unclosed ring like a closed one and a degenerate ring as zero', () => {
    expect(ringArea(square(0, 0, 2, 3).slice(0, 4))).toBe(6);
    expect(
      ringArea([
        [0, 0],
        [1, 1],
        [2, 2],
        [0, 0],
      ]),
    ).toBe(0);
  });
});

describe('bboxOf', () => {
  it('bounds polygons and multipolygons', () => {
    expect(bboxOf({ type: 'Polygon', coordinates: [square(1, 2, 3, 4)] })).toEqual([1, 2, 3, 4]);
    expect(
      bboxOf({ type: 'MultiPolygon', coordinates: [[square(1, 2, 3, 4)], [square(-5, 0, -4, 9)]] }),
    ).toEqual([-5, 0, 3, 9]);
  });
});

describe('centroidOf', () => {
  it('finds the centre of a rectangle far from the origin', () => {
    const [x, y] = centroidOf({ type: 'Polygon', coordinates: [square(116.4, 39.9, 116.402, 39.901)] });
    expect(x).toBeCloseTo(116.401, 12);
    expect(y).toBeCloseTo(39.9005, 12);
  });

  it('weights by area: an L shape', () => {
    // Squares [0,2]×[0,2] (area 4, centre 1,1) and [2,4]×[0,1] (area 2, centre 3,0.5): (4+6)/6, (4+1)/6.
    const l: Ring = [
      [0, 0],
      [4, 0],
      [4, 1],
      [2, 1],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const [x, y] = centroidOf({ type: 'Polygon', coordinates: [l] });
    expect(x).toBeCloseTo(10 / 6, 12);
    expect(y).toBeCloseTo(5 / 6, 12);
  });

  it('subtracts holes whatever their winding', () => {
    // 4×4 square minus the 1×1 hole at [2,3]×[2,3]: (16·2 − 1·2.5) / 15 on both axes.
    const hole = square(2, 2, 3, 3);
    for (const h of [hole, [...hole].reverse()]) {
      const [x, y] = centroidOf({ type: 'Polygon', coordinates: [square(0, 0, 4, 4), h] });
      expect(x).toBeCloseTo(29.5 / 15, 12);
      expect(y).toBeCloseTo(29.5 / 15, 12);
    }
  });

  it('weights the parts of a multipolygon by area', () => {
    // Area 1 at (0.5, 0.5) and area 4 at (11, 1): x = (0.5 + 44) / 5, y = (0.5 + 4) / 5.
    const [x, y] = centroidOf({
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 1, 1)], [[...square(10, 0, 12, 2)].reverse()]],
    });
    expect(x).toBeCloseTo(44.5 / 5, 12);
    expect(y).toBeCloseTo(4.5 / 5, 12);
  });

  it('falls back to the mean vertex for a zero-area polygon', () => {
    const flat: Ring = [
      [0, 0],
      [2, 0],
      [4, 0],
      [0, 0],
    ];
    expect(centroidOf({ type: 'Polygon', coordinates: [flat] })).toEqual([2, 0]);
  });
});

describe('AreaGeometry schema', () => {
  it('accepts a polygon with a hole and a multipolygon', () => {
    expect(
      AreaGeometry.safeParse({ type: 'Polygon', coordinates: [square(0, 0, 4, 4), square(1, 1, 2, 2)] })
        .success,
    ).toBe(true);
    expect(
      AreaGeometry.safeParse({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1, 1)]] }).success,
    ).toBe(true);
  });

  it('rejects unclosed or short rings, bad coordinates and other types', () => {
    expect(
      AreaGeometry.safeParse({ type: 'Polygon', coordinates: [square(0, 0, 1, 1).slice(0, 4)] }).success,
    ).toBe(false);
    expect(
      AreaGeometry.safeParse({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }).success,
    ).toBe(false);
    expect(AreaGeometry.safeParse({ type: 'Polygon', coordinates: [square(0, 0, 200, 1)] }).success).toBe(
      false,
    );
    expect(AreaGeometry.safeParse({ type: 'Polygon', coordinates: [] }).success).toBe(false);
    expect(AreaGeometry.safeParse({ type: 'Point', coordinates: [0, 0] }).success).toBe(false);
  });
});
