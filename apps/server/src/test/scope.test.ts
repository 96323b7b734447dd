import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestEnv, type Session, type TestEnv } from './harness.ts';
import {
  district,
  newCase,
  newCaseCategory,
  newPlace,
  newStaff,
  newUnit,
  type Place,
  type Staff,
} from './factories.ts';
import { caseDistrictOf } from '../modules/cases/public.ts';

/**
 * Issue 8, holes 3–5: who sees and acts on what. Residents see their own reports; departments and enterprises
 * the cases their unit was ever assigned to; nobody reaches across a street boundary, and a foreign case, unit or
 * name answers exactly as a missing one. Two streets of the test's own (test/factories.ts): `home`, where the
 * resident lives and the street's staff work, and `away`, the neighbour street.
 */
let env: TestEnv;
let home: Place;
let away: Place;
let category: string;
let operator: Staff;
let resident: Staff;
let water: Staff;
let waterUnitId: string;
/** Staff of the home street office: its handler, lead and administrator; the grid worker of its grid. */
let streetHandler: Staff;
let streetLead: Staff;
let streetAdmin: Staff;

beforeAll(async () => {
  env = await createTestEnv();
  const { governmentId } = await district(env.ownerDb);
  home = await newPlace(env);
  away = await newPlace(env);
  category = await newCaseCategory(env.ownerDb);
  waterUnitId = await newUnit(env.ownerDb, { kind: 'enterprise', name: '测试供水公司' });
  [operator, resident, water, streetHandler, streetLead, streetAdmin] = await Promise.all([
    newStaff(env, ['operator'], governmentId),
    newStaff(env, ['resident'], home.community.unitId),
    newStaff(env, ['handler'], waterUnitId),
    newStaff(env, ['handler'], home.street.officeId),
    newStaff(env, ['street_lead'], home.street.officeId),
    newStaff(env, ['admin'], home.street.officeId),
    newStaff(env, ['grid_worker'], home.community.unitId, { gridCodes: [home.gridCode] }),
  ]);
});
afterAll(async () => env.close());

const send = (s: Session | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  env.app.inject({ method, url, headers: s ? s.headers : {}, ...(payload ? { payload } : {}) });

/** A case taken by the district's operator at a place (a neighbour's, another street's). */
async function staffCase(place: Place): Promise<string> {
  const res = await send(operator, 'POST', '/api/cases', report(place.point));
  if (res.statusCode !== 201) throw new Error(`staff case: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

const report = (point: { lon: number; lat: number }, channel?: string) => ({
  requestType: 'help',
  description: '楼道里的灯坏了好几天，晚上上下楼很不方便，请帮忙修一下',
  ...(channel ? { channel } : {}),
  lon: point.lon,
  lat: point.lat,
});

describe('hole 3 — a resident sees only its own reports and no staff directory', () => {
  it('lists only the cases it reported; a neighbour’s case answers 404', async () => {
    const point = home.point;
    const mine = await send(resident, 'POST', '/api/cases', report(point));
    expect(mine.statusCode).toBe(201);
    const list = await send(resident, 'GET', '/api/cases?pageSize=100');
    expect(list.statusCode).toBe(200);
    const body = list.json<{ total: number; items: { id: string }[] }>();
    expect(body.items.map((c) => c.id)).toEqual([mine.json<{ id: string }>().id]);
    expect(body.total).toBe(1);
    for (const view of ['queue', 'inbox']) {
      const v = await send(resident, 'GET', `/api/cases?view=${view}&pageSize=100`);
      for (const c of v.json<{ items: { id: string }[] }>().items)
        expect(c.id).toBe(mine.json<{ id: string }>().id);
    }
    const neighbour = await staffCase(home);
    expect((await send(resident, 'GET', `/api/cases/${neighbour}`)).statusCode).toBe(404);
    const nearby = await send(
      resident,
      'GET',
      `/api/cases/nearby?lon=${point.lon}&lat=${point.lat}&radiusM=5000`,
    );
    for (const c of nearby.json<{ items: { id: string }[] }>().items)
      expect(c.id).toBe(mine.json<{ id: string }>().id);
  });

  it('creates only through the resident channels (web, app): a staff channel answers 400 and writes nothing', async () => {
    const point = home.point;
    const count = async () =>
      (
        await env.ownerDb
          .selectFrom('case')
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await count();
    for (const channel of ['department', 'hotline', 'grid_patrol']) {
      const res = await send(resident, 'POST', '/api/cases', report(point, channel));
      expect(res.statusCode, channel).toBe(400);
    }
    expect(await count()).toBe(before);
    const app = await send(resident, 'POST', '/api/cases', report(point, 'app'));
    expect(app.statusCode).toBe(201);
    expect(app.json<{ channel: string }>().channel).toBe('app');
  });

  it('reads only notifications addressed to itself, not its community committee’s', async () => {
    const committee = { id: home.community.unitId };
    await env.ownerDb
      .insertInto('notification')
      .values([
        {
          unit_id: committee.id,
          user_id: null,
          case_id: null,
          kind: 'assigned',
          title: '新派单（主办）：邻居家漏水',
          read_at: null,
        },
        {
          user_id: resident.userId,
          unit_id: null,
          case_id: null,
          kind: 'reply',
          title: '您的诉求已受理',
          read_at: null,
        },
      ])
      .execute();
    const res = await send(resident, 'GET', '/api/notifications?pageSize=100');
    expect(res.statusCode).toBe(200);
    const titles = res.json<{ items: { title: string }[] }>().items.map((n) => n.title);
    expect(titles).toContain('您的诉求已受理');
    expect(titles).not.toContain('新派单（主办）：邻居家漏水');
  });

  it('sees no staff directory: users and units answer 403', async () => {
    const someUser = { id: streetHandler.userId };
    expect((await send(resident, 'GET', '/api/users')).statusCode).toBe(403);
    expect((await send(resident, 'GET', `/api/users/${someUser.id}`)).statusCode).toBe(403);
    expect((await send(resident, 'GET', '/api/units')).statusCode).toBe(403);
    expect((await send(resident, 'GET', `/api/grids/${home.gridCode}`)).statusCode).toBe(403);
    expect((await send(resident, 'GET', `/api/units/${waterUnitId}`)).statusCode).toBe(403);
  });
});

describe('hole 4 — a department or enterprise sees its own business, not the district', () => {
  it('the water company lists exactly the cases it was ever assigned to (past assignments included)', async () => {
    // a current assignment, and a past one: dispatched to the water company, then handed back
    const current = (await newCase(env.ownerDb, { unitId: waterUnitId })).caseId;
    const past = await staffCase(home);
    await env.ownerDb
      .insertInto('assignment')
      .values({
        case_id: past,
        district_code: caseDistrictOf(past),
        unit_id: waterUnitId,
        role: 'assist',
        status: 'cancelled',
      })
      .execute();
    const expected = await sql<{ n: number }>`
      SELECT count(DISTINCT case_id)::int AS n FROM assignment WHERE unit_id = ${waterUnitId}`.execute(
      env.ownerDb,
    );
    const list = await send(water, 'GET', '/api/cases?pageSize=200');
    expect(list.statusCode).toBe(200);
    const body = list.json<{ total: number; items: { id: string }[] }>();
    expect(expected.rows[0]!.n).toBe(2);
    expect(body.total).toBe(expected.rows[0]!.n);
    expect(body.items.map((c) => c.id).sort()).toEqual([current, past].sort());
    expect((await send(water, 'GET', `/api/cases/${past}`)).statusCode).toBe(200);
    const foreign = await staffCase(home);
    expect((await send(water, 'GET', `/api/cases/${foreign}`)).statusCode).toBe(404);
    expect((await send(water, 'GET', `/api/cases/${foreign}/reporter`)).statusCode).not.toBe(200);
  });

  it('lists only its own unit’s users; another unit’s user answers 404', async () => {
    const users = await send(water, 'GET', '/api/users?pageSize=200');
    expect(users.statusCode).toBe(200);
    const items = users.json<{ items: { unit: { id: string } }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    for (const u of items) expect(u.unit.id).toBe(waterUnitId);
    const other = { id: streetHandler.userId };
    expect((await send(water, 'GET', `/api/users/${other.id}`)).statusCode).toBe(404);
  });

  it('a grid’s workers are not listed to it (staff directory), though the grid is', async () => {
    // the home grid, which has its grid worker
    const worked = { grid_code: home.gridCode };
    const asWater = await send(water, 'GET', `/api/grids/${worked.grid_code}`);
    expect(asWater.statusCode).toBe(200);
    expect(asWater.json<{ workers: unknown[] }>().workers).toEqual([]);
    const asStreet = await send(streetAdmin, 'GET', `/api/grids/${worked.grid_code}`);
    expect(asStreet.statusCode).toBe(200);
    expect(asStreet.json<{ workers: unknown[] }>().workers.length).toBeGreaterThan(0);
  });

  it('a street office’s handler keeps seeing its jurisdiction', async () => {
    const handler = streetHandler;
    const inside = await staffCase(home);
    expect((await send(handler, 'GET', `/api/cases/${inside}`)).statusCode).toBe(200);
  });
});

describe('hole 5 — no reaching across streets, no existence oracles', () => {
  let dispatcher: Session;
  let own: string;
  let foreign: string;

  beforeAll(async () => {
    // a street-level dispatcher of the home street
    dispatcher = await newStaff(env, ['dispatcher'], home.street.officeId);
    const created = await send(dispatcher, 'POST', '/api/cases', report(home.point));
    expect(created.statusCode).toBe(201);
    own = created.json<{ id: string }>().id;
    // a fresh intake without a category waits for the dispatcher
    await env.ownerDb.updateTable('case').set({ status: 'registered' }).where('id', '=', own).execute();
    foreign = await staffCase(away);
  });

  it('merging into another street’s case answers 404 exactly like a missing case, and nothing changes', async () => {
    const events = async (id: string) =>
      (
        await env.ownerDb
          .selectFrom('case_event')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('case_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n;
    const before = await events(foreign);
    const intoForeign = await send(dispatcher, 'POST', `/api/cases/${own}/actions/merge`, {
      parentId: foreign,
    });
    const intoMissing = await send(dispatcher, 'POST', `/api/cases/${own}/actions/merge`, {
      parentId: '2020010100000001',
    });
    expect(intoForeign.statusCode).toBe(404);
    expect(intoMissing.statusCode).toBe(404);
    expect(intoForeign.json()).toEqual(intoMissing.json());
    expect(await events(foreign)).toBe(before);
    const c = await env.ownerDb
      .selectFrom('case')
      .select(['status', 'parent_id'])
      .where('id', '=', own)
      .executeTakeFirstOrThrow();
    expect(c).toEqual({ status: 'registered', parent_id: null });
  });

  it('dispatches only to the place’s own territorial units or to the district’s departments', async () => {
    const otherOffice = { id: away.street.officeId };
    const otherCommunity = { id: away.community.unitId };
    const dispatch = (leadUnitId: string, assistUnitIds: string[] = []) =>
      send(dispatcher, 'POST', `/api/cases/${own}/actions/dispatch`, {
        leadUnitId,
        assistUnitIds,
        categoryCode: category,
      });
    expect((await dispatch(otherOffice.id)).statusCode).toBe(400);
    const ownOffice = { id: home.street.officeId };
    expect((await dispatch(ownOffice.id, [otherCommunity.id])).statusCode).toBe(400);
    expect(
      await env.ownerDb.selectFrom('assignment').select('id').where('case_id', '=', own).execute(),
    ).toEqual([]);
    const ok = await dispatch(ownOffice.id, [waterUnitId]);
    expect(ok.statusCode).toBe(200);
  });

  it('a whistle summons no other street’s units', async () => {
    const lead = streetLead;
    const otherCommunity = { id: away.community.unitId };
    const ownCommunity = { id: home.community.unitId };
    const body = (unitIds: string[]) => ({ kind: 'emergency', title: '道路塌陷联合处置', unitIds });
    expect((await send(lead, 'POST', '/api/whistles', body([otherCommunity.id]))).statusCode).toBe(400);
    expect((await send(lead, 'POST', '/api/whistles', body([ownCommunity.id, waterUnitId]))).statusCode).toBe(
      201,
    );
  });

  it('duplicate names: one generic 409 inside and outside the jurisdiction, never an echo of foreign data', async () => {
    const admin = streetAdmin;
    const unitName = async (id: string) =>
      (await env.ownerDb.selectFrom('unit').select('name').where('id', '=', id).executeTakeFirstOrThrow())
        .name;
    const foreign = { id: away.street.officeId, name: await unitName(away.street.officeId) };
    const ownName = await unitName(home.community.unitId);
    const create = (name: string) =>
      send(admin, 'POST', '/api/units', { name, kind: 'community', jurisdictionCode: home.community.code });
    const inside = await create(ownName);
    const outside = await create(foreign.name);
    expect(inside.statusCode).toBe(409);
    expect(outside.statusCode).toBe(409);
    expect(outside.json()).toEqual(inside.json());
    for (const leak of [foreign.id, away.street.code, foreign.name]) expect(outside.body).not.toContain(leak);
    // a grid code of another street: the same 404 as an unknown community, not 409
    const grid = { gridCode: away.gridCode };
    const res = await send(admin, 'POST', '/api/grids', {
      code: grid.gridCode,
      name: '越界网格',
      communityCode: grid.gridCode.slice(0, 12),
      households: 10,
      boundary: {
        type: 'Polygon',
        coordinates: [
          [
            [117, 40],
            [117.001, 40],
            [117.001, 40.001],
            [117, 40],
          ],
        ],
      },
    });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(grid.gridCode);
  });
});
