import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newCase, newGrid, pointUnder, unitOf, unitOfUser } from '../../test/factories.ts';
import {
  newBuilding,
  newHouse,
  newOrganisation,
  newRental,
  newResident,
  newTag,
  type Place,
} from '../../test/baseview-factories.ts';
import { countsFor } from './public.ts';
import { caseDistrictOf } from '../cases/public.ts';

const STREET = '110117001000'; // 滨河街道
const COMMUNITY = '110117001001'; // 金谷东园社区
const PHONE = '13700001111';

let env: TestEnv;
const s: Record<string, Session> = {};
const units: Record<string, string> = {};
let place: Place;
let at: { lon: number; lat: number };
let caseId: string;
let whistleId: string;
const ids: Record<string, string> = {};

async function post(who: string, url: string, payload: Record<string, unknown>) {
  return env.app.inject({ method: 'POST', url, payload, headers: s[who]!.headers });
}
async function get(who: string, url: string) {
  return env.app.inject({ method: 'GET', url, headers: s[who]!.headers });
}

beforeAll(async () => {
  env = await createTestEnv();
  const o = env.ownerDb;
  for (const u of [
    'operator',
    'dispatcher',
    'street_lead',
    'street_lead2',
    'mzj_handler',
    'sfj_handler',
    'cl_handler',
    'grid_worker',
    'resident',
    'admin',
  ])
    s[u] = await login(env.app, u);
  for (const u of ['mzj_handler', 'sfj_handler', 'cl_handler']) units[u] = await unitOfUser(o, u);
  const grid = await pointUnder(o, COMMUNITY);
  at = { lon: grid.lon + 0.0003, lat: grid.lat + 0.0002 };
  place = { streetCode: STREET, communityCode: COMMUNITY, gridCode: grid.gridCode };

  // One building: a rental with a serious hazard, a 低保 household (民政局), a 社区矫正 household (司法局),
  // a key unit (fire) at its address with an open hazard.
  ids.building = await newBuilding(o, place, at, '9号楼');
  const rented = await newHouse(o, place, ids.building, { room: '101' });
  await newRental(o, place, rented.houseId, 'serious');
  const cared = await newHouse(o, place, ids.building, { room: '201' });
  ids.cared = cared.houseId;
  ids.caller = await newResident(o, env.pii, place, cared.houseId, { name: '李秀兰', phone: PHONE });
  await newTag(o, place, ids.caller, 'dibao', { unitId: units.mzj_handler });
  const special = await newHouse(o, place, ids.building, { room: '301' });
  ids.special = special.houseId;
  const corrected = await newResident(o, env.pii, place, special.houseId, { name: '赵强' });
  await newTag(o, place, corrected, 'community_correction', { unitId: units.sfj_handler });
  ids.org = await newOrganisation(o, place, {
    name: '九号楼底商小饭馆',
    addressId: ids.building,
    keyFire: true,
    openHazards: 1,
  });
  // a key unit 5 km away: never near
  await newOrganisation(o, place, {
    name: '远处的仓库',
    at: { lon: at.lon + 0.06, lat: at.lat },
    keyFire: true,
  });

  // A case at the building, led by 滨河's street office, assigned to the three departments as co-units.
  const office = await unitOf(o, { jurisdictionCode: STREET, kind: 'street_office' });
  const c = await newCase(o, { unitId: office.id, title: '楼道堆物' });
  caseId = c.caseId;
  await o
    .updateTable('case')
    .set({ lon: at.lon, lat: at.lat, reporter_phone_hash: env.pii.blindIndex(PHONE) })
    .where('id', '=', caseId)
    .execute();
  for (const u of ['mzj_handler', 'sfj_handler', 'cl_handler'])
    await o
      .insertInto('assignment')
      .values({
        case_id: caseId,
        district_code: caseDistrictOf(caseId),
        unit_id: units[u]!,
        role: 'assist',
        status: 'pending',
        timer_version: 0,
      })
      .execute();

  // A whistle at the building's place summoning 民政局 and 司法局 (not 残联).
  const lead = await o
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'street_lead')
    .executeTakeFirstOrThrow();
  const w = await o
    .insertInto('whistle')
    .values({
      street_unit_id: office.id,
      street_code: STREET,
      region_path: office.jurisdiction_path,
      kind: 'joint_enforcement',
      title: '九号楼联合检查',
      lon: at.lon + 0.001, // ~100 m east
      lat: at.lat,
      report_in_minutes: 30,
      report_due_at: new Date(Date.now() + 30 * 60_000),
      opened_by: lead.id,
    })
    .returning(['id', 'district_code'])
    .executeTakeFirstOrThrow();
  whistleId = w.id;
  for (const u of ['mzj_handler', 'sfj_handler'])
    await o
      .insertInto('whistle_summon')
      .values({
        whistle_id: whistleId,
        district_code: w.district_code,
        unit_id: units[u]!,
        summoned_at: new Date(),
        due_at: new Date(Date.now() + 1800_000),
      })
      .execute();
});

afterAll(async () => {
  await env?.close();
});

describe('POST /api/baseview/caller: intake finds the caller', () => {
  it('gives the operator the person masked, their house and earlier cases, and audits the look-up', async () => {
    const res = await post('operator', '/api/baseview/caller', { phone: '137 0000 1111' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      persons: {
        id: string;
        name: string;
        nameMasked: boolean;
        house: { address: string; lon: number } | null;
      }[];
      cases: { id: string; status: string }[];
    }>();
    expect(body.persons).toHaveLength(1);
    expect(body.persons[0]!.name).toBe('李**');
    expect(body.persons[0]!.nameMasked).toBe(true);
    expect(body.persons[0]!.house?.address).toContain('9号楼1单元201室');
    expect(body.persons[0]!.house?.lon).toBeCloseTo(at.lon, 6); // the room's point is its building's
    expect(body.cases.map((c) => c.id)).toContain(caseId);
    expect(res.body).not.toContain('李秀兰');
    expect(res.body).not.toContain(PHONE);
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['after', 'actor_username'])
      .where('action', '=', 'view_pii')
      .where('entity', '=', 'person')
      .where('actor_username', '=', 'operator')
      .execute();
    expect(JSON.stringify(audit.map((a) => a.after))).toContain('caller_lookup');
    expect(JSON.stringify(audit.map((a) => a.after))).toContain(ids.caller);
  });

  it('finds nothing for an unknown phone', async () => {
    const res = await post('dispatcher', '/api/baseview/caller', { phone: '13799998888' });
    expect(res.json()).toEqual({ persons: [], cases: [] });
  });

  it('is the intake desk only: a grid worker, a department, a resident are refused', async () => {
    for (const u of ['grid_worker', 'mzj_handler', 'resident'])
      expect((await post(u, '/api/baseview/caller', { phone: PHONE })).statusCode).toBe(403);
  });
});

interface Facts {
  place: { buildingId: string; matchedBy: string } | null;
  keyUnits: { id: string; keyFire: boolean; openHazards: number }[];
  rentals: { total: number; withHazard: { address: string | null; hazard: string }[] } | null;
  households: {
    houseId: string;
    address: string | null;
    careMasked: boolean;
    care: string[];
    special: string[];
  }[];
}

describe('GET /api/cases/:id/place-facts: what is known at the case address', () => {
  const facts = async (who: string) => {
    const res = await get(who, `/api/cases/${caseId}/place-facts`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Facts>();
  };

  it('the district dispatcher: the key unit, the rental masked, a care household without its group, no P3', async () => {
    const f = await facts('dispatcher');
    expect(f.place).toMatchObject({ buildingId: ids.building, matchedBy: 'point' });
    expect(f.keyUnits.map((k) => k.id)).toEqual([ids.org]);
    expect(f.keyUnits[0]).toMatchObject({ keyFire: true, openHazards: 1 });
    expect(f.rentals).toEqual({
      total: 1,
      withHazard: [expect.objectContaining({ address: null, hazard: 'serious' })],
    });
    expect(f.households).toEqual([
      {
        houseId: ids.cared,
        buildingId: ids.building,
        address: null,
        careMasked: true,
        care: [],
        special: [],
      },
    ]);
  });

  it('the street lead: the care group revealed (P2 revealable), still no P3', async () => {
    const f = await facts('street_lead');
    expect(f.households).toHaveLength(1);
    expect(f.households[0]).toMatchObject({
      houseId: ids.cared,
      careMasked: false,
      care: ['dibao'],
      special: [],
    });
    expect(f.households[0]!.address).toContain('201室');
    expect(f.rentals?.withHazard[0]?.address).toContain('101室');
  });

  it('departments see the tags they are responsible for only; P3 only to the responsible department', async () => {
    const mzj = await facts('mzj_handler');
    expect(mzj.households.map((h) => [h.houseId, h.care, h.special])).toEqual([[ids.cared, ['dibao'], []]]);
    expect(mzj.rentals).toBeNull(); // a department has no jurisdiction over rentals (P1 hidden)
    expect(mzj.keyUnits.map((k) => k.id)).toEqual([ids.org]); // places are P0
    const sfj = await facts('sfj_handler');
    expect(sfj.households.map((h) => [h.houseId, h.care, h.special])).toEqual([
      [ids.special, [], ['community_correction']],
    ]);
    const cl = await facts('cl_handler');
    expect(cl.households).toEqual([]);
  });

  it('audits the P2/P3 tags it showed', async () => {
    const rows = await env.ownerDb
      .selectFrom('audit_log')
      .select(['actor_username', 'after'])
      .where('entity', '=', 'case')
      .where('entity_id', '=', caseId)
      .where('action', '=', 'view_pii')
      .execute();
    const who = rows.map((r) => r.actor_username);
    expect(who).toEqual(expect.arrayContaining(['street_lead', 'mzj_handler', 'sfj_handler']));
    expect(who).not.toContain('dispatcher'); // masked: nothing revealed
    expect(who).not.toContain('cl_handler');
  });

  it('is out of scope for whom the case is (404) and refused to a resident', async () => {
    expect((await get('street_lead2', `/api/cases/${caseId}/place-facts`)).statusCode).toBe(404);
    expect((await get('resident', `/api/cases/${caseId}/place-facts`)).statusCode).toBe(404);
  });
});

describe('GET /api/whistles/:id/nearby: key units and tagged households near the whistle', () => {
  interface Nearby {
    keyUnits: { id: string; distanceM: number | null }[];
    households: {
      houseId: string;
      care: string[];
      special: string[];
      careMasked: boolean;
      distanceM: number;
    }[];
  }
  const nearby = async (who: string) => {
    const res = await get(who, `/api/whistles/${whistleId}/nearby`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Nearby>();
  };
  const mine = (n: Nearby) =>
    n.households.filter((h) => h.houseId === ids.cared || h.houseId === ids.special);

  it('key units to every summoned department; tagged households only per their tags', async () => {
    const mzj = await nearby('mzj_handler');
    const ku = mzj.keyUnits.map((k) => k.id);
    expect(ku).toContain(ids.org);
    expect(mzj.keyUnits.find((k) => k.id === ids.org)?.distanceM).toBeLessThan(120);
    expect(mine(mzj).map((h) => [h.houseId, h.care, h.special])).toEqual([[ids.cared, ['dibao'], []]]);
    const sfj = await nearby('sfj_handler');
    expect(sfj.keyUnits.map((k) => k.id)).toContain(ids.org);
    expect(mine(sfj).map((h) => [h.houseId, h.care, h.special])).toEqual([
      [ids.special, [], ['community_correction']],
    ]);
    expect(sfj.households.every((h) => h.care.length === 0)).toBe(true);
  });

  it('the street lead in jurisdiction sees care groups, not P3', async () => {
    const lead = await nearby('street_lead');
    expect(mine(lead).map((h) => [h.houseId, h.care, h.special])).toEqual([[ids.cared, ['dibao'], []]]);
    expect(lead.households.every((h) => h.special.length === 0)).toBe(true);
  });

  it('a department not summoned does not see the whistle', async () => {
    expect((await get('cl_handler', `/api/whistles/${whistleId}/nearby`)).statusCode).toBe(404);
    expect((await get('street_lead2', `/api/whistles/${whistleId}/nearby`)).statusCode).toBe(404);
  });
});

describe('GET /api/baseview/counts: live counts from the base', () => {
  let gridCode: string;
  let gridPlace: Place;
  beforeAll(async () => {
    const o = env.ownerDb;
    gridCode = await newGrid(o, { communityCode: COMMUNITY });
    gridPlace = { ...place, gridCode };
    const b = await newBuilding(o, gridPlace, { lon: at.lon + 0.002, lat: at.lat });
    const h1 = await newHouse(o, gridPlace, b);
    const h2 = await newHouse(o, gridPlace, b, { use: 'commercial', dangerous: true });
    const a = await newResident(o, env.pii, gridPlace, h1.houseId, { householdNo: 'H1' });
    await newResident(o, env.pii, gridPlace, h1.houseId, { householdNo: 'H1', populationType: 'floating' });
    const c = await newResident(o, env.pii, gridPlace, h2.houseId, { populationType: 'overseas' });
    await newRental(o, gridPlace, h2.houseId, 'general');
    await newTag(o, gridPlace, a, 'elderly_alone', { unitId: units.mzj_handler });
    await newTag(o, gridPlace, c, 'severe_mental', { unitId: units.sfj_handler });
    await newTag(o, gridPlace, a, 'disabled', { ended: true });
    await newOrganisation(o, gridPlace, { kind: 'unit', keyWorkSafety: true });
    await newOrganisation(o, gridPlace, {});
  });

  const counts = async (who: string, q: string) => {
    const res = await get(who, `/api/baseview/counts?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{
      population: Record<string, number>;
      households: number;
      houses: { total: number; dangerous: number; byUse: Record<string, number> };
      rentals: Record<string, number>;
      organisations: Record<string, number>;
      tags: { tag: string; count: number; scope: string }[];
    }>();
  };

  it('a grid: the exact figures of its rows', async () => {
    const g = await counts('street_lead', `grid=${gridCode}`);
    expect(g.population).toEqual({ total: 3, registered: 1, floating: 1, unsettled: 0, overseas: 1 });
    expect(g.households).toBe(2);
    expect(g.houses).toMatchObject({ total: 2, dangerous: 1 });
    expect(g.houses.byUse).toMatchObject({ residence: 1, commercial: 1, office: 0 });
    expect(g.rentals).toEqual({ total: 1, serious: 0, general: 1 });
    expect(g.organisations).toMatchObject({ total: 2, units: 1, places: 1, keyAny: 1, keyWorkSafety: 1 });
    // care groups counted for the street lead; the P3 tag neither counted nor folded; ended tags not counted
    expect(g.tags.filter((t) => t.count > 0)).toEqual([
      { tag: 'elderly_alone', group: 'care', count: 1, scope: 'all' },
    ]);
    expect(g.tags.map((t) => t.tag)).not.toContain('severe_mental');
  });

  it('P3 counts only to the responsible department, and only its own rows', async () => {
    const sfj = await counts('sfj_handler', `grid=${gridCode}`);
    expect(sfj.tags).toEqual([{ tag: 'severe_mental', group: 'special', count: 1, scope: 'own' }]);
    const mzj = await counts('mzj_handler', `grid=${gridCode}`);
    expect(mzj.tags).toEqual([{ tag: 'elderly_alone', group: 'care', count: 1, scope: 'own' }]);
    const admin = await counts('admin', `grid=${gridCode}`);
    expect(admin.tags).toEqual([]);
    expect(admin.population.total).toBe(3);
  });

  it('a grid worker counts care groups in their own grids only', async () => {
    const own = await counts('grid_worker', `grid=${place.gridCode}`);
    expect(own.tags.some((t) => t.scope === 'all')).toBe(true);
    const other = await counts('grid_worker', `grid=${gridCode}`); // in their community, not assigned to them
    expect(other.population.total).toBe(3);
    expect(other.tags).toEqual([]);
  });

  it('a community and a street equal a direct count over the tables', async () => {
    for (const [q, col, code] of [
      [`region=${COMMUNITY}`, 'community_code', COMMUNITY],
      [`region=${STREET}`, 'street_code', STREET],
    ] as const) {
      const c = await counts('street_lead', q);
      const pop = await env.ownerDb
        .selectFrom('residence')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where(col, '=', code)
        .where('moved_out', 'is', null)
        .executeTakeFirstOrThrow();
      const houses = await env.ownerDb
        .selectFrom('house')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where(col, '=', code)
        .executeTakeFirstOrThrow();
      expect(c.population.total).toBe(Number(pop.n));
      expect(c.houses.total).toBe(Number(houses.n));
      expect(c.population.total).toBeGreaterThanOrEqual(5);
    }
    const district = await counts('dispatcher', 'region=110117000000');
    const all = await env.ownerDb
      .selectFrom('residence')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('moved_out', 'is', null)
      .where('street_code', 'like', '110117%')
      .executeTakeFirstOrThrow();
    expect(district.population.total).toBe(Number(all.n));
  });

  it('outside the jurisdiction: not found; residents refused; one of grid or region required', async () => {
    expect((await get('street_lead2', `/api/baseview/counts?grid=${gridCode}`)).statusCode).toBe(404);
    expect((await get('street_lead2', `/api/baseview/counts?region=${STREET}`)).statusCode).toBe(404);
    expect((await get('resident', `/api/baseview/counts?grid=${gridCode}`)).statusCode).toBe(403);
    expect((await get('street_lead', '/api/baseview/counts')).statusCode).toBe(400);
  });

  it('population per grid of a community, for the map, equals the grid counts', async () => {
    const res = await get('street_lead', `/api/baseview/population?region=${COMMUNITY}&parts=grids`);
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { code: string; population: number; households: number }[] }>().items;
    expect(items.find((i) => i.code === gridCode)).toEqual({ code: gridCode, population: 3, households: 2 });
    expect((await get('street_lead2', `/api/baseview/population?region=${COMMUNITY}`)).statusCode).toBe(404);
  });

  it('countsFor is the same answer for the benchmark', async () => {
    const me = await env.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.street_lead!.headers });
    expect(me.statusCode).toBe(200);
    const viaApi = await counts('street_lead', `grid=${gridCode}`);
    const actor = await actorFor('street_lead');
    expect(await countsFor(env.db, actor, { grid: gridCode })).toEqual(viaApi);
  });
});

async function actorFor(username: string) {
  const u = await env.ownerDb
    .selectFrom('app_user as u')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .innerJoin('region as r', 'r.code', 'n.jurisdiction_code')
    .select([
      'u.id',
      'u.username',
      'u.name',
      'u.roles',
      'u.unit_id',
      'n.name as unit_name',
      'n.kind',
      'r.code',
      'r.name as rname',
      'r.level',
      'r.path',
    ])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    userId: u.id,
    username: u.username,
    name: u.name,
    roles: u.roles,
    unitId: u.unit_id,
    unitName: u.unit_name,
    unitKind: u.kind,
    scopeCode: u.code,
    scopeName: u.rname,
    scopeLevel: u.level,
    scopePath: u.path,
    ip: '127.0.0.1',
    requestId: 'test',
  };
}
