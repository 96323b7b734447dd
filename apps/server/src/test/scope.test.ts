import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestEnv, login, type Session, type TestEnv } from './harness.ts';
import { newUser, pointUnder, unitOf, unitOfUser } from './factories.ts';

/**
 * Issue 8, holes 3–5: who sees and acts on what. Residents see their own reports; departments and enterprises
 * the cases their unit was ever assigned to; nobody reaches across a street boundary, and a foreign case, unit or
 * name answers exactly as a missing one.
 */
const BINHE = '110117001000';
const XINGGU = '110117002000';
const DEMO_COMMUNITY = '110117001001';

let env: TestEnv;
let resident: Session;
let water: Session;
let waterUnitId: string;

beforeAll(async () => {
  env = await createTestEnv();
  resident = await login(env.app, 'resident');
  water = await login(env.app, 'water_handler');
  waterUnitId = await unitOfUser(env.ownerDb, 'water_handler');
});
afterAll(async () => env.close());

const send = (s: Session | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  env.app.inject({ method, url, headers: s ? s.headers : {}, ...(payload ? { payload } : {}) });

async function anyCaseWhere(where: string) {
  const r = await sql<{
    id: string;
  }>`SELECT id::text FROM "case" c WHERE ${sql.raw(where)} ORDER BY id LIMIT 1`.execute(env.ownerDb);
  return r.rows[0]!.id;
}

/** A case taken by the district's operator at a place under the code prefix (a neighbour's, another street's). */
async function staffCase(codePrefix: string): Promise<string> {
  const operator = await login(env.app, 'operator');
  const res = await send(operator, 'POST', '/api/cases', report(await pointUnder(env.ownerDb, codePrefix)));
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
    const point = await pointUnder(env.ownerDb, DEMO_COMMUNITY);
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
    const neighbour = await staffCase(DEMO_COMMUNITY);
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
    const point = await pointUnder(env.ownerDb, DEMO_COMMUNITY);
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
    const committee = await unitOf(env.ownerDb, { jurisdictionCode: DEMO_COMMUNITY, kind: 'community' });
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
    const someUser = await env.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'street_handler')
      .executeTakeFirstOrThrow();
    expect((await send(resident, 'GET', '/api/users')).statusCode).toBe(403);
    expect((await send(resident, 'GET', `/api/users/${someUser.id}`)).statusCode).toBe(403);
    expect((await send(resident, 'GET', '/api/units')).statusCode).toBe(403);
    const grid = await pointUnder(env.ownerDb, DEMO_COMMUNITY);
    expect((await send(resident, 'GET', `/api/grids/${grid.gridCode}`)).statusCode).toBe(403);
    expect((await send(resident, 'GET', `/api/units/${waterUnitId}`)).statusCode).toBe(403);
  });
});

describe('hole 4 — a department or enterprise sees its own business, not the district', () => {
  it('the water company lists exactly the cases it was ever assigned to (past assignments included)', async () => {
    // a past assignment: dispatched to the water company, then handed back
    const past = await anyCaseWhere(
      `NOT EXISTS (SELECT 1 FROM assignment a WHERE a.case_id = c.id AND a.unit_id = '${waterUnitId}')`,
    );
    await env.ownerDb
      .insertInto('assignment')
      .values({ case_id: past, unit_id: waterUnitId, role: 'assist', status: 'cancelled' })
      .execute();
    const expected = await sql<{ n: number }>`
      SELECT count(DISTINCT case_id)::int AS n FROM assignment WHERE unit_id = ${waterUnitId}`.execute(
      env.ownerDb,
    );
    const list = await send(water, 'GET', '/api/cases?pageSize=200');
    expect(list.statusCode).toBe(200);
    const body = list.json<{ total: number; items: { id: string }[] }>();
    expect(body.total).toBe(expected.rows[0]!.n);
    expect(body.items.map((c) => c.id)).toContain(past);
    expect((await send(water, 'GET', `/api/cases/${past}`)).statusCode).toBe(200);
    const foreign = await anyCaseWhere(
      `NOT EXISTS (SELECT 1 FROM assignment a WHERE a.case_id = c.id AND a.unit_id = '${waterUnitId}')`,
    );
    expect((await send(water, 'GET', `/api/cases/${foreign}`)).statusCode).toBe(404);
    expect((await send(water, 'GET', `/api/cases/${foreign}/reporter`)).statusCode).not.toBe(200);
  });

  it('lists only its own unit’s users; another unit’s user answers 404', async () => {
    const users = await send(water, 'GET', '/api/users?pageSize=200');
    expect(users.statusCode).toBe(200);
    const items = users.json<{ items: { unit: { id: string } }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    for (const u of items) expect(u.unit.id).toBe(waterUnitId);
    const other = await env.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'street_handler')
      .executeTakeFirstOrThrow();
    expect((await send(water, 'GET', `/api/users/${other.id}`)).statusCode).toBe(404);
  });

  it('a grid’s workers are not listed to it (staff directory), though the grid is', async () => {
    // the demo grid worker's grid, in 滨河
    const worked = await env.ownerDb
      .selectFrom('grid_worker as w')
      .innerJoin('app_user as u', 'u.id', 'w.user_id')
      .select('w.grid_code')
      .where('u.username', '=', 'grid_worker')
      .executeTakeFirstOrThrow();
    const asWater = await send(water, 'GET', `/api/grids/${worked.grid_code}`);
    expect(asWater.statusCode).toBe(200);
    expect(asWater.json<{ workers: unknown[] }>().workers).toEqual([]);
    const asStreet = await send(
      await login(env.app, 'street_admin'),
      'GET',
      `/api/grids/${worked.grid_code}`,
    );
    expect(asStreet.statusCode).toBe(200);
    expect(asStreet.json<{ workers: unknown[] }>().workers.length).toBeGreaterThan(0);
  });

  it('a street office’s handler keeps seeing its jurisdiction', async () => {
    const handler = await login(env.app, 'street_handler');
    const inside = await anyCaseWhere(`c.street_code = '${BINHE}'`);
    expect((await send(handler, 'GET', `/api/cases/${inside}`)).statusCode).toBe(200);
  });
});

describe('hole 5 — no reaching across streets, no existence oracles', () => {
  let dispatcher: Session;
  let own: string;
  let foreign: string;

  beforeAll(async () => {
    const office = await unitOf(env.ownerDb, { jurisdictionCode: BINHE, kind: 'street_office' });
    dispatcher = await newUser(env, {
      username: 'binhe_dispatcher',
      roles: ['dispatcher'],
      unitId: office.id,
    });
    const point = await pointUnder(env.ownerDb, BINHE.slice(0, 9));
    const created = await send(dispatcher, 'POST', '/api/cases', report(point));
    expect(created.statusCode).toBe(201);
    own = created.json<{ id: string }>().id;
    // a fresh intake without a category waits for the dispatcher
    await env.ownerDb.updateTable('case').set({ status: 'registered' }).where('id', '=', own).execute();
    foreign = await staffCase(XINGGU.slice(0, 9));
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
    const otherOffice = await unitOf(env.ownerDb, { jurisdictionCode: XINGGU, kind: 'street_office' });
    const otherCommunity = await env.ownerDb
      .selectFrom('unit')
      .select('id')
      .where('kind', '=', 'community')
      .where('jurisdiction_code', 'like', `${XINGGU.slice(0, 9)}%`)
      .executeTakeFirstOrThrow();
    const category = await env.ownerDb
      .selectFrom('category')
      .select('code')
      .where('name_zh', '=', '暴露垃圾')
      .executeTakeFirstOrThrow();
    const dispatch = (leadUnitId: string, assistUnitIds: string[] = []) =>
      send(dispatcher, 'POST', `/api/cases/${own}/actions/dispatch`, {
        leadUnitId,
        assistUnitIds,
        categoryCode: category.code,
      });
    expect((await dispatch(otherOffice.id)).statusCode).toBe(400);
    const ownOffice = await unitOf(env.ownerDb, { jurisdictionCode: BINHE, kind: 'street_office' });
    expect((await dispatch(ownOffice.id, [otherCommunity.id])).statusCode).toBe(400);
    expect(
      await env.ownerDb.selectFrom('assignment').select('id').where('case_id', '=', own).execute(),
    ).toEqual([]);
    const ok = await dispatch(ownOffice.id, [waterUnitId]);
    expect(ok.statusCode).toBe(200);
  });

  it('a whistle summons no other street’s units', async () => {
    const lead = await login(env.app, 'street_lead');
    const otherCommunity = await env.ownerDb
      .selectFrom('unit')
      .select('id')
      .where('kind', '=', 'community')
      .where('jurisdiction_code', 'like', `${XINGGU.slice(0, 9)}%`)
      .executeTakeFirstOrThrow();
    const ownCommunity = await unitOf(env.ownerDb, { jurisdictionCode: DEMO_COMMUNITY, kind: 'community' });
    const body = (unitIds: string[]) => ({ kind: 'emergency', title: '道路塌陷联合处置', unitIds });
    expect((await send(lead, 'POST', '/api/whistles', body([otherCommunity.id]))).statusCode).toBe(400);
    expect((await send(lead, 'POST', '/api/whistles', body([ownCommunity.id, waterUnitId]))).statusCode).toBe(
      201,
    );
  });

  it('duplicate names: one generic 409 inside and outside the jurisdiction, never an echo of foreign data', async () => {
    const admin = await login(env.app, 'street_admin');
    const foreign = await unitOf(env.ownerDb, { jurisdictionCode: XINGGU, kind: 'street_office' });
    const ownName = (await unitOf(env.ownerDb, { jurisdictionCode: DEMO_COMMUNITY, kind: 'community' })).name;
    const create = (name: string) =>
      send(admin, 'POST', '/api/units', { name, kind: 'community', jurisdictionCode: DEMO_COMMUNITY });
    const inside = await create(ownName);
    const outside = await create(foreign.name);
    expect(inside.statusCode).toBe(409);
    expect(outside.statusCode).toBe(409);
    expect(outside.json()).toEqual(inside.json());
    for (const leak of [foreign.id, XINGGU, foreign.name]) expect(outside.body).not.toContain(leak);
    // a grid code of another street: the same 404 as an unknown community, not 409
    const grid = await pointUnder(env.ownerDb, XINGGU.slice(0, 9));
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
