import { sql } from 'kysely';
import { type AreaGeometry, centroidOf } from '@onegrid/domain';
import polygonClipping from 'polygon-clipping';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

// The tiling rules are checked against the demo's real boundaries (streets and grids that share edges, which a
// factory's separate squares would not give): this file reads the demo geography by its codes on purpose.

let env: TestEnv;
let admin: Session;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await login(env.app, 'admin');
});
afterAll(async () => env.close());

describe('grids and the region tree', () => {
  it('401 / 403 / 400 first', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/grids' })).statusCode).toBe(401);
    const op = await login(env.app, 'operator');
    const g = await env.ownerDb.selectFrom('grid').select('code').executeTakeFirstOrThrow();
    const forbidden = await env.app.inject({
      method: 'PATCH',
      url: `/api/grids/${g.code}`,
      headers: op.headers,
      payload: { name: 'x' },
    });
    expect(forbidden.statusCode).toBe(403);
    const badCode = await env.app.inject({ method: 'GET', url: '/api/grids/12345', headers: admin.headers });
    expect(badCode.statusCode).toBe(400);
    const openRing = await env.app.inject({
      method: 'PATCH',
      url: `/api/grids/${g.code}`,
      headers: admin.headers,
      payload: {
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [117, 40],
              [117.1, 40],
              [117.1, 40.1],
              [117, 40.2],
            ],
          ],
        },
      },
    });
    expect(openRing.statusCode).toBe(400);
  });

  it('the tree holds the district, its streets and communities; every community has grids', async () => {
    const tree = (
      await env.app.inject({ method: 'GET', url: '/api/regions/tree', headers: admin.headers })
    ).json<{
      code: string;
      children: { level: string; children: { level: string }[] }[];
    }>();
    expect(tree.code).toBe('110117000000');
    expect(tree.children.length).toBeGreaterThanOrEqual(16);
    expect(tree.children.every((s) => s.level === 'street' && s.children.length > 0)).toBe(true);
    const detail = (
      await env.app.inject({ method: 'GET', url: '/api/regions/110117000000', headers: admin.headers })
    ).json<{
      gridCount: number;
      households: number;
    }>();
    expect(detail.gridCount).toBeGreaterThanOrEqual(500);
    // The stored households are the base data's (demo: distinct household numbers of current residences per grid).
    const { rows } = await sql<{ n: number }>`
      SELECT coalesce(sum(n), 0)::int AS n FROM (
        SELECT count(DISTINCT household_no) AS n FROM residence WHERE moved_out IS NULL GROUP BY grid_code) x`.execute(
      env.ownerDb,
    );
    expect(detail.households).toBe(rows[0]!.n);
    expect(detail.households).toBeGreaterThan(detail.gridCount);
  });

  it('the map of a community is its grids; of the district its streets', async () => {
    const district = (
      await env.app.inject({ method: 'GET', url: '/api/regions/110117000000/map', headers: admin.headers })
    ).json<{
      features: { properties: { kind: string; households: number } }[];
    }>();
    expect(district.features.length).toBeGreaterThanOrEqual(16);
    expect(district.features.every((f) => f.properties.kind === 'region')).toBe(true);
    const detail = (
      await env.app.inject({ method: 'GET', url: '/api/regions/110117000000', headers: admin.headers })
    ).json<{ households: number }>();
    const sum = district.features.reduce((n, f) => n + f.properties.households, 0);
    expect(sum).toBe(detail.households);
    const g = await env.ownerDb.selectFrom('grid').select(['community_code']).executeTakeFirstOrThrow();
    const community = (
      await env.app.inject({
        method: 'GET',
        url: `/api/regions/${g.community_code}/map`,
        headers: admin.headers,
      })
    ).json<{
      features: { properties: { kind: string; code: string } }[];
    }>();
    expect(community.features.length).toBeGreaterThan(0);
    expect(
      community.features.every(
        (f) => f.properties.kind === 'grid' && f.properties.code.startsWith(g.community_code),
      ),
    ).toBe(true);
  });

  it('a grid shows its workers with masked phones', async () => {
    const w = await env.ownerDb
      .selectFrom('grid_worker as w')
      .innerJoin('app_user as u', 'u.id', 'w.user_id')
      .select(['w.grid_code', 'u.username'])
      .executeTakeFirstOrThrow();
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/grids/${w.grid_code}`,
      headers: admin.headers,
    });
    const body = res.json<{ workers: { username: string; phoneMasked: string }[] }>();
    expect(body.workers.map((x) => x.username)).toContain(w.username);
    expect(body.workers[0]!.phoneMasked).toMatch(/^1\d\d\*{4}\d{4}$/);
  });

  it('moving a boundary moves the point lookup (the spatial index is rebuilt)', async () => {
    const [a, b] = await env.ownerDb
      .selectFrom('grid')
      .select(['code', 'boundary'])
      .orderBy('code')
      .limit(2)
      .execute();
    const [lon, lat] = centroidOf(b!.boundary);
    const before = (
      await env.app.inject({
        method: 'GET',
        url: `/api/geo/locate?lon=${lon}&lat=${lat}`,
        headers: admin.headers,
      })
    ).json<{
      grid: { code: string };
    }>();
    expect(before.grid.code).toBe(b!.code);
    // Shrink grid b to a small triangle in one corner of its own ground (away from its centroid), then give grid a
    // a square around that point: both stay inside their community and overlap nothing.
    const d = 0.00005;
    const square = (x: number, y: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x - d, y - d],
          [x + d, y - d],
          [x + d, y + d],
          [x - d, y + d],
          [x - d, y - d],
        ],
      ],
    });
    const corner = b!.boundary.coordinates[0]![0] as number[];
    const next = b!.boundary.coordinates[0]![1] as number[];
    const shrunk = await env.app.inject({
      method: 'PATCH',
      url: `/api/grids/${b!.code}`,
      headers: admin.headers,
      payload: {
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              corner,
              [corner[0]! + (next[0]! - corner[0]!) / 10, corner[1]! + (next[1]! - corner[1]!) / 10],
              [corner[0]! + (lon! - corner[0]!) / 10, corner[1]! + (lat! - corner[1]!) / 10],
              corner,
            ],
          ],
        },
      },
    });
    expect(shrunk.statusCode, shrunk.body).toBe(200);
    const res = await env.app.inject({
      method: 'PATCH',
      url: `/api/grids/${a!.code}`,
      headers: admin.headers,
      payload: { boundary: square(lon!, lat!) },
    });
    expect(res.statusCode).toBe(200);
    const after = (
      await env.app.inject({
        method: 'GET',
        url: `/api/geo/locate?lon=${lon}&lat=${lat}`,
        headers: admin.headers,
      })
    ).json<{
      grid: { code: string };
    }>();
    expect(after.grid.code).toBe(a!.code);
  });
});

describe('boundaries keep the tiling (issue 8, hole 2)', () => {
  const GRID = '110117001001007'; // a grid of 滨河街道, inside street_admin's jurisdiction
  const square = (x: number, y: number, d: number): AreaGeometry => ({
    type: 'Polygon',
    coordinates: [
      [
        [x - d, y - d],
        [x + d, y - d],
        [x + d, y + d],
        [x - d, y + d],
        [x - d, y - d],
      ],
    ],
  });
  const boundaryOf = async (code: string) =>
    (
      await env.ownerDb
        .selectFrom('grid')
        .select('boundary')
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).boundary;
  /** A square of 兴谷街道's ground (region 110117002000), around the centroid of the street. */
  const overXinggu = async () => {
    const xinggu = await env.ownerDb
      .selectFrom('region')
      .select('boundary')
      .where('code', '=', '110117002000')
      .executeTakeFirstOrThrow();
    const [x, y] = centroidOf(xinggu.boundary!);
    return square(x!, y!, 0.002);
  };
  const locate = async (lon: number, lat: number) =>
    (
      await env.app.inject({
        method: 'GET',
        url: `/api/geo/locate?lon=${lon}&lat=${lat}`,
        headers: admin.headers,
      })
    ).json<{ grid: { code: string } | null; street: { name: string } | null }>();

  it('PATCH: a street administrator cannot redraw its grid over another street (400, nothing changes)', async () => {
    const street = await login(env.app, 'street_admin');
    const before = await boundaryOf(GRID);
    const target = await overXinggu();
    const [x, y] = centroidOf(target);
    const res = await env.app.inject({
      method: 'PATCH',
      url: `/api/grids/${GRID}`,
      headers: street.headers,
      payload: { boundary: target },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: 'BOUNDARY_OUTSIDE_PARENT',
        message: `${GRID} 的边界超出了上级区划 110117001001`,
        params: { code: GRID, parent: '110117001001' },
      },
    });
    expect(await boundaryOf(GRID)).toEqual(before);
    expect((await locate(x!, y!)).street?.name).toBe('兴谷街道');
  });

  it('PATCH: a grid cannot take part of a sibling grid; the answer names it, in English too', async () => {
    const siblings = await env.ownerDb
      .selectFrom('grid')
      .select(['code', 'boundary'])
      .where('community_code', '=', '110117001001')
      .where('code', '!=', GRID)
      .execute();
    const own = await boundaryOf(GRID);
    // The union of this grid and a neighbour sharing an edge with it: a taking of the neighbour's whole ground.
    const neighbour = siblings.find(
      (s) =>
        polygonClipping.intersection(own.coordinates as never, s.boundary.coordinates as never).length ===
          0 && polygonClipping.union(own.coordinates as never, s.boundary.coordinates as never).length === 1,
    )!;
    const merged = polygonClipping.union(
      own.coordinates as never,
      neighbour.boundary.coordinates as never,
    )[0]!;
    const res = await env.app.inject({
      method: 'PATCH',
      url: `/api/grids/${GRID}`,
      headers: { ...admin.headers, 'accept-language': 'en-US' },
      payload: { boundary: { type: 'Polygon', coordinates: merged } },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: 'BOUNDARY_OVERLAP',
        message: `The boundary of ${GRID} overlaps ${neighbour.code}`,
        params: { code: GRID, codes: neighbour.code },
      },
    });
    expect(await boundaryOf(GRID)).toEqual(own);
    const bowTie = await env.app.inject({
      method: 'PATCH',
      url: `/api/grids/${GRID}`,
      headers: admin.headers,
      payload: {
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [117, 40],
              [117.01, 40.01],
              [117.01, 40],
              [117, 40.02],
              [117, 40],
            ],
          ],
        },
      },
    });
    expect(bowTie.json()).toMatchObject({
      error: { code: 'BOUNDARY_INVALID', message: `${GRID} 的边界不是有效的多边形：边自相交` },
    });
  });

  it('POST: a new grid over another street is refused; one sharing an edge with its sibling is accepted', async () => {
    const street = await login(env.app, 'street_admin');
    const foreign = await env.app.inject({
      method: 'POST',
      url: '/api/grids',
      headers: street.headers,
      payload: {
        code: '110117001001090',
        name: '越界网格',
        communityCode: '110117001001',
        boundary: await overXinggu(),
      },
    });
    expect(foreign.statusCode, foreign.body).toBe(400);
    expect(foreign.json()).toMatchObject({ error: { code: 'BOUNDARY_OUTSIDE_PARENT' } });
    // Over an existing grid's ground: refused as an overlap.
    const own = await boundaryOf(GRID);
    const taken = await env.app.inject({
      method: 'POST',
      url: '/api/grids',
      headers: street.headers,
      payload: { code: '110117001001090', name: '重叠网格', communityCode: '110117001001', boundary: own },
    });
    expect(taken.json()).toMatchObject({ error: { code: 'BOUNDARY_OVERLAP', params: { codes: GRID } } });
    expect(
      await env.ownerDb.selectFrom('grid').select('code').where('code', '=', '110117001001090').execute(),
    ).toEqual([]);

    // Split the grid at the middle of its box: the west half stays, the east half becomes a new grid.
    const xs = (own.coordinates as number[][][])[0]!.map((p) => p[0]!);
    const ys = (own.coordinates as number[][][])[0]!.map((p) => p[1]!);
    const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
    const westBox = [
      [
        [Math.min(...xs) - 1, Math.min(...ys) - 1],
        [mid, Math.min(...ys) - 1],
        [mid, Math.max(...ys) + 1],
        [Math.min(...xs) - 1, Math.max(...ys) + 1],
        [Math.min(...xs) - 1, Math.min(...ys) - 1],
      ],
    ] as [number, number][][];
    const west = polygonClipping.intersection(own.coordinates as never, westBox);
    const east = polygonClipping.difference(own.coordinates as never, westBox);
    expect([west.length, east.length]).toEqual([1, 1]);
    const shrink = await env.app.inject({
      method: 'PATCH',
      url: `/api/grids/${GRID}`,
      headers: street.headers,
      payload: { boundary: { type: 'Polygon', coordinates: west[0] } },
    });
    expect(shrink.statusCode, shrink.body).toBe(200);
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/grids',
      headers: street.headers,
      payload: {
        code: '110117001001090',
        name: '新分网格',
        communityCode: '110117001001',
        boundary: { type: 'Polygon', coordinates: east[0] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const [ex, ey] = centroidOf({ type: 'Polygon', coordinates: east[0]! });
    expect((await locate(ex!, ey!)).grid?.code).toBe('110117001001090');
  });
});

describe('bad input', () => {
  it('malformed JSON, wrong types and unknown routes get a clear 4xx and write nothing', async () => {
    const before = await env.ownerDb.selectFrom('unit').select('id').execute();
    const malformed = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '{"name": "x",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const wrongType = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: { name: 123, kind: 'castle', jurisdictionCode: 'abc' },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(
      wrongType.json<{ error: { details: { path: string }[] } }>().error.details.map((d) => d.path),
    ).toEqual(expect.arrayContaining(['body.name', 'body.kind', 'body.jurisdictionCode']));
    const huge = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: { name: 'x'.repeat(2_000_000), kind: 'department', jurisdictionCode: '110117000000' },
    });
    expect(huge.statusCode).toBe(413);
    const script = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: {
        name: '<script>alert(1)</script>',
        kind: 'department',
        jurisdictionCode: '110117000000',
        phone: '<b>1</b>',
      },
    });
    expect(script.statusCode).toBe(400);
    const after = await env.ownerDb.selectFrom('unit').select('id').execute();
    expect(after.length).toBe(before.length);
    const missing = await env.app.inject({ method: 'GET', url: '/api/nothing-here', headers: admin.headers });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
