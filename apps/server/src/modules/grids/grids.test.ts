import { centroidOf } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

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
    expect(detail.households / detail.gridCount).toBeGreaterThan(200);
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
    // Shrink grid b to a tiny square away from its centroid and give grid a a square around that point.
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
    await env.app.inject({
      method: 'PATCH',
      url: `/api/grids/${b!.code}`,
      headers: admin.headers,
      payload: { boundary: square(lon! + 1, lat!) },
    });
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
