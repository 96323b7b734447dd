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

async function leaf(nameZh: string) {
  return env.ownerDb
    .selectFrom('category')
    .select('code')
    .where('name_zh', '=', nameZh)
    .executeTakeFirstOrThrow();
}

/** A point inside some grid of the given street (or community). */
async function pointIn(regionCode: string): Promise<[number, number]> {
  const region = await env.ownerDb
    .selectFrom('region')
    .select('path')
    .where('code', '=', regionCode)
    .executeTakeFirstOrThrow();
  const grid = await env.ownerDb
    .selectFrom('grid')
    .select('boundary')
    .where('region_path', 'like', `${region.path}%`)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary);
  return [lon!, lat!];
}

async function resolve(categoryCode: string, [lon, lat]: [number, number], s: Session = admin) {
  const res = await env.app.inject({
    method: 'GET',
    url: `/api/duties/resolve?categoryCode=${categoryCode}&lon=${lon}&lat=${lat}`,
    headers: s.headers,
  });
  return res;
}

describe('who would handle (category, point)?', () => {
  it('401 without session; 400 for a bad point or unknown category', async () => {
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/duties/resolve?categoryCode=C01.01&lon=117&lat=40' }))
        .statusCode,
    ).toBe(401);
    const notNumber = await env.app.inject({
      method: 'GET',
      url: '/api/duties/resolve?categoryCode=C01.01&lon=abc&lat=40',
      headers: admin.headers,
    });
    expect(notNumber.statusCode).toBe(400);
    const out = await env.app.inject({
      method: 'GET',
      url: '/api/duties/resolve?categoryCode=C01.01&lon=200&lat=40',
      headers: admin.headers,
    });
    expect(out.statusCode).toBe(400);
    const unknown = await env.app.inject({
      method: 'GET',
      url: '/api/duties/resolve?categoryCode=NOPE&lon=117.1&lat=40.1',
      headers: admin.headers,
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('a district entry with 属地 lead gives the street office of the location', async () => {
    const water = await leaf('停水');
    const p = await pointIn('110117001000');
    const res = await resolve(water.code, p);
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      source: string;
      location: { street: { code: string } };
      lead: { unit: { name: string } };
    }>();
    expect(body.source).toBe('duty');
    expect(body.location.street.code).toBe('110117001000');
  });

  it('a street-scoped entry overrides the district one inside that street only', async () => {
    const water = await leaf('停水');
    const inside = (await resolve(water.code, await pointIn('110117005000'))).json<{
      duty: { region: { code: string } };
      lead: { via: string; unit: { kind: string } };
    }>();
    expect(inside.duty.region.code).toBe('110117005000');
    expect(inside.lead).toMatchObject({ via: 'local_street', unit: { kind: 'street_office' } });

    const elsewhere = (await resolve(water.code, await pointIn('110117001000'))).json<{
      duty: { region: { code: string } };
    }>();
    expect(elsewhere.duty.region.code).toBe('110117000000');
  });

  it('with no entry, the street office of the location (属地兜底); outside every grid, the district government', async () => {
    const water = await leaf('停水');
    const duty = await env.ownerDb
      .selectFrom('duty')
      .select('id')
      .where('category_code', '=', water.code)
      .where('region_code', '=', '110117000000')
      .executeTakeFirstOrThrow();
    const del = await env.app.inject({
      method: 'DELETE',
      url: `/api/duties/${duty.id}`,
      headers: admin.headers,
    });
    expect(del.statusCode).toBe(204);
    const fallback = (await resolve(water.code, await pointIn('110117001000'))).json<{
      source: string;
      lead: { unit: { kind: string } };
    }>();
    expect(fallback).toMatchObject({ source: 'local_fallback', lead: { unit: { kind: 'street_office' } } });

    const nowhere = (await resolve(water.code, [116.0, 39.5])).json<{
      source: string;
      lead: { unit: { kind: string } };
    }>();
    expect(nowhere).toMatchObject({ source: 'district_fallback', lead: { unit: { kind: 'government' } } });
  });

  it('creating an entry needs exactly one lead and a unit or 属地 per party', async () => {
    const c = await leaf('停水');
    const twoLeads = await env.app.inject({
      method: 'POST',
      url: '/api/duties',
      headers: admin.headers,
      payload: {
        categoryCode: c.code,
        regionCode: '110117001000',
        parties: [
          { role: 'lead', localStreet: true },
          { role: 'lead', localStreet: true },
        ],
      },
    });
    expect(twoLeads.statusCode).toBe(400);
    const ok = await env.app.inject({
      method: 'POST',
      url: '/api/duties',
      headers: admin.headers,
      payload: {
        categoryCode: c.code,
        regionCode: '110117001000',
        note: '测试',
        parties: [{ role: 'lead', localStreet: true }],
      },
    });
    expect(ok.statusCode).toBe(201);
    const again = await env.app.inject({
      method: 'POST',
      url: '/api/duties',
      headers: admin.headers,
      payload: {
        categoryCode: c.code,
        regionCode: '110117001000',
        parties: [{ role: 'lead', localStreet: true }],
      },
    });
    expect(again.statusCode).toBe(409);
  });
});
