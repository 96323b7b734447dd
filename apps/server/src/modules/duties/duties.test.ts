import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { district, newCaseCategory, newDuty, newPlace, newStaff, type Place } from '../../test/factories.ts';

// Rows of the test's own (test/factories.ts): a category with a district-wide entry whose lead is 属地, two streets
// with a grid each, and a street-scoped entry for the second street only.
let env: TestEnv;
let admin: Session;
let water: string;
let districtCode: string;
let a: Place;
let b: Place;
let districtDuty: string;
beforeAll(async () => {
  env = await createTestEnv();
  const d = await district(env.ownerDb);
  districtCode = d.code;
  admin = await newStaff(env, ['admin'], d.governmentId);
  water = await newCaseCategory(env.ownerDb);
  a = await newPlace(env);
  b = await newPlace(env);
  districtDuty = await newDuty(env.ownerDb, { categoryCode: water, regionCode: d.code, lead: 'local' });
  await newDuty(env.ownerDb, { categoryCode: water, regionCode: b.street.code, lead: 'local' });
});
afterAll(async () => env.close());

/** A point inside the grid of the given place. */
const pointIn = async (p: Place): Promise<[number, number]> => [p.point.lon, p.point.lat];

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
      (
        await env.app.inject({
          method: 'GET',
          url: `/api/duties/resolve?categoryCode=${water}&lon=117&lat=40`,
        })
      ).statusCode,
    ).toBe(401);
    const notNumber = await env.app.inject({
      method: 'GET',
      url: `/api/duties/resolve?categoryCode=${water}&lon=abc&lat=40`,
      headers: admin.headers,
    });
    expect(notNumber.statusCode).toBe(400);
    const out = await env.app.inject({
      method: 'GET',
      url: `/api/duties/resolve?categoryCode=${water}&lon=200&lat=40`,
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
    const p = await pointIn(a);
    const res = await resolve(water, p);
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      source: string;
      location: { street: { code: string } };
      lead: { via: string; unit: { id: string; kind: string } };
    }>();
    expect(body.source).toBe('duty');
    expect(body.location.street.code).toBe(a.street.code);
    expect(body.lead).toMatchObject({ via: 'local_street', unit: { id: a.street.officeId } });
  });

  it('a street-scoped entry overrides the district one inside that street only', async () => {
    const inside = (await resolve(water, await pointIn(b))).json<{
      duty: { region: { code: string } };
      lead: { via: string; unit: { id: string; kind: string } };
    }>();
    expect(inside.duty.region.code).toBe(b.street.code);
    expect(inside.lead).toMatchObject({
      via: 'local_street',
      unit: { id: b.street.officeId, kind: 'street_office' },
    });

    const elsewhere = (await resolve(water, await pointIn(a))).json<{
      duty: { region: { code: string } };
    }>();
    expect(elsewhere.duty.region.code).toBe(districtCode);
  });

  it('with no entry, the street office of the location (属地兜底); outside every grid, the district government', async () => {
    const duty = { id: districtDuty };
    const del = await env.app.inject({
      method: 'DELETE',
      url: `/api/duties/${duty.id}`,
      headers: admin.headers,
    });
    expect(del.statusCode).toBe(204);
    const fallback = (await resolve(water, await pointIn(a))).json<{
      source: string;
      lead: { unit: { id: string; kind: string } };
    }>();
    expect(fallback).toMatchObject({
      source: 'local_fallback',
      lead: { unit: { id: a.street.officeId, kind: 'street_office' } },
    });

    const nowhere = (await resolve(water, [116.0, 39.5])).json<{
      source: string;
      lead: { unit: { kind: string } };
    }>();
    expect(nowhere).toMatchObject({ source: 'district_fallback', lead: { unit: { kind: 'government' } } });
  });

  it('creating an entry needs exactly one lead and a unit or 属地 per party', async () => {
    const twoLeads = await env.app.inject({
      method: 'POST',
      url: '/api/duties',
      headers: admin.headers,
      payload: {
        categoryCode: water,
        regionCode: a.street.code,
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
        categoryCode: water,
        regionCode: a.street.code,
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
        categoryCode: water,
        regionCode: a.street.code,
        parties: [{ role: 'lead', localStreet: true }],
      },
    });
    expect(again.statusCode).toBe(409);
  });
});
