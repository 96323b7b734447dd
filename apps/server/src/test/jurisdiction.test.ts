import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { district, newCity, newPlace, newRegisteredCase, newStaff, type Staff } from './factories.ts';
import { createTestEnv, login, type Session, type TestEnv } from './harness.ts';

/**
 * A street administrator sees and changes only their own street: everything of another street answers 404,
 * as if it did not exist — reads, lists, writes and guessed ids alike.
 */
let env: TestEnv;
let street: Session;
/** The same street's security and audit administrators (三权分立: users and the audit are theirs). */
let streetSecurity: Session;
let streetAudit: Session;
let own: { streetCode: string; streetPath: string };
let other: { streetCode: string; communityCode: string; gridCode: string; userId: string; unitId: string };

beforeAll(async () => {
  env = await createTestEnv();
  street = await login(env.app, 'street_admin');
  streetSecurity = await login(env.app, 'street_security');
  streetAudit = await login(env.app, 'street_audit');
  const me = await env.ownerDb
    .selectFrom('app_user as u')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .select(['n.jurisdiction_code', 'n.jurisdiction_path'])
    .where('u.username', '=', 'street_admin')
    .executeTakeFirstOrThrow();
  own = { streetCode: me.jurisdiction_code, streetPath: me.jurisdiction_path };
  const grid = await env.ownerDb
    .selectFrom('grid')
    .select(['code', 'community_code', 'region_path'])
    .where('region_path', 'not like', `${own.streetPath}%`)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const otherStreetPath = grid.region_path.split('/').slice(0, 4).join('/') + '/';
  const unit = await env.ownerDb
    .selectFrom('unit')
    .select(['id'])
    .where('jurisdiction_path', 'like', `${otherStreetPath}%`)
    .executeTakeFirstOrThrow();
  const user = await env.ownerDb
    .selectFrom('app_user as u')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .select('u.id')
    .where('n.jurisdiction_path', 'not like', `${own.streetPath}%`)
    .executeTakeFirstOrThrow();
  other = {
    streetCode: otherStreetPath.split('/')[2]!,
    communityCode: grid.community_code,
    gridCode: grid.code,
    userId: user.id,
    unitId: unit.id,
  };
});
afterAll(async () => env.close());

async function status(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  as: Session = street,
) {
  const res = await env.app.inject({ method, url, headers: as.headers, ...(payload ? { payload } : {}) });
  return res.statusCode;
}

describe('jurisdiction of a street administrator', () => {
  it('the region tree is rooted at the own street', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/regions/tree', headers: street.headers });
    expect(res.json()).toMatchObject({ code: own.streetCode, level: 'street' });
    expect(JSON.stringify(res.json())).not.toContain(other.communityCode);
  });

  it('another street’s regions, grids, units and users answer 404', async () => {
    expect(await status('GET', `/api/regions/${other.streetCode}`)).toBe(404);
    expect(await status('GET', `/api/regions/${other.communityCode}/map`)).toBe(404);
    expect(await status('GET', `/api/grids/${other.gridCode}`)).toBe(404);
    expect(await status('GET', `/api/units/${other.unitId}`)).toBe(404);
    expect(await status('GET', `/api/users/${other.userId}`)).toBe(404);
    expect(
      await status('GET', `/api/users/${other.userId}/phone?reason=check`, undefined, streetSecurity),
    ).toBe(404);
    expect(await status('GET', `/api/grids?regionCode=${other.communityCode}`)).toBe(404);
  });

  it('lists contain only the own street', async () => {
    const grids = await env.app.inject({
      method: 'GET',
      url: '/api/grids?pageSize=200',
      headers: street.headers,
    });
    const g = grids.json<{ items: { code: string; communityCode: string }[]; total: number }>();
    expect(g.total).toBeGreaterThan(0);
    for (const item of g.items) expect(item.communityCode.slice(0, 9)).toBe(own.streetCode.slice(0, 9));

    const users = await env.app.inject({
      method: 'GET',
      url: '/api/users?pageSize=200',
      headers: street.headers,
    });
    const ids = users.json<{ items: { id: string }[] }>().items.map((u) => u.id);
    expect(ids).not.toContain(other.userId);

    const units = await env.app.inject({
      method: 'GET',
      url: '/api/units?pageSize=200',
      headers: street.headers,
    });
    const unitIds = units.json<{ items: { id: string; jurisdiction: { code: string } }[] }>().items;
    expect(unitIds.map((u) => u.id)).not.toContain(other.unitId);
    // the district's departments serve every street and stay visible (read-only)
    expect(unitIds.some((u) => u.jurisdiction.code === '110117000000')).toBe(true);
  });

  it('cannot change another street’s grids, units or users, and nothing changes', async () => {
    const before = await env.ownerDb
      .selectFrom('grid')
      .select(['name'])
      .where('code', '=', other.gridCode)
      .executeTakeFirstOrThrow();
    expect(await status('PATCH', `/api/grids/${other.gridCode}`, { name: '被篡改的网格' })).toBe(404);
    expect(await status('PUT', `/api/grids/${other.gridCode}/workers`, { userIds: [] })).toBe(404);
    expect(await status('PATCH', `/api/units/${other.unitId}`, { phone: '010-12345678' })).toBe(404);
    expect(await status('PATCH', `/api/users/${other.userId}`, { name: '被篡改' }, streetSecurity)).toBe(404);
    expect(
      await status('POST', '/api/units', {
        name: '越界单位',
        kind: 'community',
        jurisdictionCode: other.communityCode,
      }),
    ).toBe(404);
    const after = await env.ownerDb
      .selectFrom('grid')
      .select(['name'])
      .where('code', '=', other.gridCode)
      .executeTakeFirstOrThrow();
    expect(after.name).toBe(before.name);
    const created = await env.ownerDb
      .selectFrom('unit')
      .select('id')
      .where('name', '=', '越界单位')
      .execute();
    expect(created).toHaveLength(0);
  });

  it('a district-wide change (category, calendar, deadline policy) is forbidden to a street admin', async () => {
    expect(await status('PATCH', '/api/categories/C01', { nameZh: 'x' })).toBe(403);
    expect(await status('PUT', '/api/calendar/overrides/2026-12-05', { kind: 'workday', note: 'x' })).toBe(
      403,
    );
  });

  it('locating a point in another street reveals nothing', async () => {
    const grid = await env.ownerDb
      .selectFrom('grid')
      .select('boundary')
      .where('code', '=', other.gridCode)
      .executeTakeFirstOrThrow();
    const { centroidOf } = await import('@onegrid/domain');
    const [lon, lat] = centroidOf(grid.boundary);
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/geo/locate?lon=${lon}&lat=${lat}`,
      headers: street.headers,
    });
    expect(res.json()).toMatchObject({ grid: null, street: null });
    const admin = await login(env.app, 'admin');
    const seen = await env.app.inject({
      method: 'GET',
      url: `/api/geo/locate?lon=${lon}&lat=${lat}`,
      headers: admin.headers,
    });
    expect(seen.json()).toMatchObject({ grid: { code: other.gridCode } });
  });

  it('duty entries: sees those that apply, changes only its own street’s', async () => {
    const list = await env.app.inject({
      method: 'GET',
      url: '/api/duties?pageSize=200',
      headers: street.headers,
    });
    const items = list.json<{ items: { id: string; region: { code: string }; editable: boolean }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    for (const d of items) {
      expect(
        ['110117000000', own.streetCode].includes(d.region.code) ||
          d.region.code.startsWith(own.streetCode.slice(0, 9)),
      ).toBe(true);
      expect(d.editable).toBe(d.region.code !== '110117000000');
    }
    const foreign = await env.ownerDb
      .selectFrom('duty')
      .select(['id', 'category_code', 'region_code'])
      .where('region_path', 'not like', `${own.streetPath}%`)
      .where('region_code', '!=', '110117000000')
      .executeTakeFirstOrThrow();
    const district = await env.ownerDb
      .selectFrom('duty')
      .select(['id', 'category_code', 'region_code'])
      .where('region_code', '=', '110117000000')
      .executeTakeFirstOrThrow();
    for (const d of [foreign, district]) {
      const body = {
        categoryCode: d.category_code,
        regionCode: d.region_code,
        parties: [{ role: 'lead', localStreet: true }],
      };
      expect(await status('PUT', `/api/duties/${d.id}`, body)).toBe(404);
      expect(await status('DELETE', `/api/duties/${d.id}`)).toBe(404);
    }
    expect(
      await status('POST', '/api/duties', {
        categoryCode: foreign.category_code,
        regionCode: other.streetCode,
        parties: [{ role: 'lead', localStreet: true }],
      }),
    ).toBe(404);
    expect(
      await env.ownerDb
        .selectFrom('duty')
        .select('id')
        .where('id', 'in', [foreign.id, district.id])
        .execute(),
    ).toHaveLength(2);
  });

  it('the audit log shows only the street’s own actors', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/audit?pageSize=200',
      headers: streetAudit.headers,
    });
    const items = res.json<{ items: { actorUsername: string | null }[] }>().items;
    const admins = await env.app.inject({
      method: 'GET',
      url: '/api/audit?actor=admin',
      headers: streetAudit.headers,
    });
    expect(admins.json<{ total: number }>().total).toBe(0);
    for (const i of items) expect(i.actorUsername).not.toBeNull();
  });
});

// lane city (issue 14) ---------------------------------------------------------------------------------------------
describe('jurisdiction across the city’s levels', () => {
  let pingguCase: string;
  let yanqingCase: string;
  let city: Staff;
  let pinggu: Staff;
  let yanqing: Staff;
  let binheLead: Staff;
  let otherStreetOffice: string;

  beforeAll(async () => {
    const owner = env.ownerDb;
    const d = await district(owner);
    const c = await newCity(owner);
    const place = await newPlace(env);
    const sibling = await newPlace(env);
    otherStreetOffice = sibling.street.officeId;
    pingguCase = await newRegisteredCase(owner, {
      path: place.community.path,
      streetCode: place.street.code,
      districtCode: d.code,
    });
    yanqingCase = await newRegisteredCase(owner, {
      path: c.other.street.path,
      streetCode: c.other.street.code,
      districtCode: c.other.code,
    });
    [city, pinggu, yanqing, binheLead] = await Promise.all([
      newStaff(env, ['supervisor'], c.centreId),
      newStaff(env, ['dispatcher'], d.governmentId),
      newStaff(env, ['dispatcher'], c.other.governmentId),
      newStaff(env, ['street_lead'], place.street.officeId),
    ]);
    // the city forwards the Pinggu case straight to its street (直派街乡)
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/cases/${pingguCase}/forward`,
      headers: (await newStaff(env, ['dispatcher'], c.centreId)).headers,
      payload: { toUnitId: place.street.officeId },
    });
    expect(res.statusCode).toBe(200);
  });

  const ids = async (as: Session) =>
    (await env.app.inject({ method: 'GET', url: '/api/cases?pageSize=100', headers: as.headers }))
      .json<{ items: { id: string }[] }>()
      .items.map((x) => x.id);

  it('a district cannot see another district’s case: reads and lists', async () => {
    expect(await status('GET', `/api/cases/${yanqingCase}`, undefined, pinggu)).toBe(404);
    expect(await status('GET', `/api/cases/${pingguCase}`, undefined, yanqing)).toBe(404);
    expect(await status('GET', `/api/cases/${pingguCase}/desk`, undefined, yanqing)).toBe(404);
    expect(await ids(pinggu)).not.toContain(yanqingCase);
    expect(await ids(yanqing)).not.toContain(pingguCase);
  });

  it('the city centre sees both districts’ cases', async () => {
    expect(await status('GET', `/api/cases/${yanqingCase}`, undefined, city)).toBe(200);
    expect(await status('GET', `/api/cases/${pingguCase}`, undefined, city)).toBe(200);
    const seen = await ids(city);
    expect(seen).toEqual(expect.arrayContaining([pingguCase, yanqingCase]));
  });

  it('a street can send back but not forward sideways', async () => {
    expect(
      await status('POST', `/api/cases/${pingguCase}/forward`, { toUnitId: otherStreetOffice }, binheLead),
    ).toBe(409);
    expect(
      await status('POST', `/api/cases/${pingguCase}/send-back`, { reason: '非本街道辖区' }, binheLead),
    ).toBe(200);
    const desk = await env.ownerDb
      .selectFrom('case_desk as d')
      .innerJoin('unit as u', 'u.id', 'd.desk_unit_id')
      .select(['u.kind', 'u.jurisdiction_code'])
      .where('d.case_id', '=', pingguCase)
      .executeTakeFirstOrThrow();
    // it came from the city centre, so it goes back there
    expect(desk).toEqual({ kind: 'government', jurisdiction_code: '110000000000' });
  });
});
