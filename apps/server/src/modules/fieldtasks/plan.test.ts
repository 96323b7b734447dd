import { maskName } from '@onegrid/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newPerson, newResidentId, newTag } from '../../test/basedata-factories.ts';
import { unitOfUser } from '../../test/factories.ts';
import { DEMO_COMMUNITY, SECOND_STREET } from '../../demo/users.ts';

/*
 * The 楼盘表 on the phone (issue 11) over the demo's address tree: a building of the demo grid worker's grid, one of
 * another grid of the same community, one of 兴谷 街道.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
const b = { own: '', otherGrid: '', far: '' };
let floorId = '';
let roomHouse = { id: '', version: 1 };
let secret = { id: '', name: '', idNumber: '' };

interface Room {
  id: string;
  name: string;
  house: { id: string; sourceState: string; stateBy: string | null; version: number } | null;
  residents: { id: string; name: string | null; tags: { class: string; tag: string | null }[] }[];
  hiddenResidents: number;
}
interface Plan {
  building: { id: string };
  units: { id: string | null; floors: { id: string | null; name: string | null; rooms: Room[] }[] }[];
  counts: { rooms: number; residents: number };
}
const get = (who: string, url: string) => env.app.inject({ method: 'GET', url, headers: s[who]!.headers });
const post = (who: string, url: string, payload: object) =>
  env.app.inject({ method: 'POST', url, payload, headers: s[who]!.headers });
const rooms = (p: Plan) => p.units.flatMap((u) => u.floors.flatMap((f) => f.rooms));

async function buildingIn(where: { grid?: string; notGrids?: string[]; streetPath?: string }) {
  let q = env.ownerDb
    .selectFrom('address_node as a')
    .select('a.id')
    .where('a.kind', '=', 'building')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('address_node as u')
          .select('u.id')
          .whereRef('u.parent_id', '=', 'a.id')
          .where('u.kind', '=', 'unit'),
      ),
    );
  if (where.grid) q = q.where('a.grid_code', '=', where.grid);
  if (where.notGrids)
    q = q.where('a.community_code', '=', DEMO_COMMUNITY).where('a.grid_code', 'not in', where.notGrids);
  if (where.streetPath) q = q.where('a.street_code', '=', where.streetPath);
  return (await q.orderBy('a.full_name').executeTakeFirstOrThrow()).id;
}

beforeAll(async () => {
  env = await createTestEnv();
  const o = env.ownerDb;
  for (const u of [
    'grid_worker',
    'community_lead',
    'street_lead2',
    'sfj_handler',
    'operator',
    'street_admin',
  ])
    s[u === 'grid_worker' ? 'gw' : u] = await login(env.app, u);
  const grids = (
    await o
      .selectFrom('grid_worker as w')
      .innerJoin('app_user as u', 'u.id', 'w.user_id')
      .select('w.grid_code')
      .where('u.username', '=', 'grid_worker')
      .execute()
  ).map((g) => g.grid_code);
  b.own = await buildingIn({ grid: grids[0]! });
  b.otherGrid = await buildingIn({ notGrids: grids });
  b.far = await buildingIn({ streetPath: SECOND_STREET });
  // a room of the own building, its house, and a resident with a P3 tag of the justice bureau, assigned to nobody
  const room = await o
    .selectFrom('address_node as r')
    .innerJoin('address_node as f', 'f.id', 'r.parent_id')
    .innerJoin('address_node as u', 'u.id', 'f.parent_id')
    .innerJoin('house as h', 'h.address_id', 'r.id')
    .select([
      'r.id',
      'f.id as floor_id',
      'h.id as house_id',
      'h.version',
      'r.street_code',
      'r.community_code',
      'r.grid_code',
    ])
    .where('u.parent_id', '=', b.own)
    // a demo id (md5-made) that is no RFC 4122 UUID: the base data's routes must take it (they answered 400)
    .where(sql<boolean>`h.id::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab]'`)
    .orderBy('r.full_name')
    .executeTakeFirstOrThrow();
  floorId = room.floor_id;
  roomHouse = { id: room.house_id, version: room.version };
  const p = await newPerson(o, env.ctx.pii, {
    name: '欧阳保密',
    streetCode: room.street_code,
    communityCode: room.community_code!,
    gridCode: room.grid_code,
    houseId: room.house_id,
  });
  await newTag(o, p.id, {
    tag: 'community_correction',
    responsibleUnitId: await unitOfUser(o, 'sfj_handler'),
  });
  secret = p;
}, 240_000);

afterAll(async () => {
  await env?.close();
});

describe('GET /api/field/buildings/:addressId/plan', () => {
  it('401, 403 to administrators, the district centre and departments', async () => {
    const anon = await env.app.inject({ method: 'GET', url: `/api/field/buildings/${b.own}/plan` });
    expect(anon.statusCode).toBe(401);
    for (const who of ['operator', 'street_admin', 'sfj_handler'])
      expect((await get(who, `/api/field/buildings/${b.own}/plan`)).statusCode, who).toBe(403);
  });

  it('units → floors → rooms with houses and residents, for the worker of the grid', async () => {
    const r = await get('gw', `/api/field/buildings/${b.own}/plan`);
    expect(r.statusCode, r.body).toBe(200);
    const plan = r.json<Plan>();
    expect(plan.units.length).toBeGreaterThan(0);
    expect(plan.counts.rooms).toBe(rooms(plan).length);
    expect(rooms(plan).every((x) => x.house !== null)).toBe(true);
  });

  it('another grid’s building is not found for the worker; the community sees it; another street not', async () => {
    expect((await get('gw', `/api/field/buildings/${b.otherGrid}/plan`)).statusCode).toBe(404);
    expect((await get('community_lead', `/api/field/buildings/${b.otherGrid}/plan`)).statusCode).toBe(200);
    expect((await get('street_lead2', `/api/field/buildings/${b.own}/plan`)).statusCode).toBe(404);
    expect((await get('community_lead', `/api/field/buildings/${b.far}/plan`)).statusCode).toBe(404);
  });

  it('residents are masked and a restricted tag stays unknown to whoever it is not assigned to', async () => {
    const r = await get('gw', `/api/field/buildings/${b.own}/plan`);
    expect(r.body).not.toContain(secret.name);
    expect(r.body).not.toContain(secret.idNumber);
    const resident = rooms(r.json<Plan>())
      .flatMap((x) => x.residents)
      .find((x) => x.id === secret.id)!;
    expect(resident.name).toBe(maskName(secret.name));
    expect(resident.tags).toEqual([]); // P3, neither the worker's nor their unit's: not even its class
    expect(r.body).not.toContain('community_correction');
  });

  it('the building search lists the worker’s grid only', async () => {
    const mine = (await get('gw', '/api/field/buildings?limit=100')).json<{
      items: { id: string; rooms: number }[];
    }>();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.map((i) => i.id)).not.toContain(b.otherGrid);
    expect(mine.items.every((i) => i.rooms >= 0)).toBe(true);
    expect((await get('operator', '/api/field/buildings')).statusCode).toBe(403);
  });
});

describe('collecting on the plan (through the base data)', () => {
  it('adds a room on a floor; the same name again is refused; not in another grid', async () => {
    const add = await post('gw', `/api/field/buildings/${b.own}/rooms`, { parentId: floorId, name: '199' });
    expect(add.statusCode, add.body).toBe(201);
    const again = await post('gw', `/api/field/buildings/${b.own}/rooms`, { parentId: floorId, name: '199' });
    expect(again.statusCode).toBe(409);
    const plan = (await get('gw', `/api/field/buildings/${b.own}/plan`)).json<Plan>();
    const added = rooms(plan).find((x) => x.name === '199');
    expect(added?.house).toMatchObject({ sourceState: 'entered' });
    // a floor of this building named under another building: not found
    expect(
      (await post('gw', `/api/field/buildings/${b.otherGrid}/rooms`, { parentId: floorId, name: '198' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await post('operator', `/api/field/buildings/${b.own}/rooms`, { parentId: floorId, name: '197' }))
        .statusCode,
    ).toBe(403);
  });

  it('a new resident claimed to a room and the house verified show in the plan, with who verified', async () => {
    const p = await post('gw', '/api/basedata/persons', {
      name: '新住户',
      idNumber: newResidentId('19900101'),
      residence: { houseId: roomHouse.id, populationType: 'floating' },
    });
    expect(p.statusCode, p.body).toBe(201);
    const v = await post('gw', `/api/basedata/houses/${roomHouse.id}/verify`, { version: roomHouse.version });
    expect(v.statusCode, v.body).toBe(200);
    const plan = (await get('gw', `/api/field/buildings/${b.own}/plan`)).json<Plan>();
    const room = rooms(plan).find((x) => x.house?.id === roomHouse.id)!;
    expect(room.house).toMatchObject({ sourceState: 'verified', stateBy: '郑秀梅' });
    expect(room.residents.map((x) => x.name)).toContain(maskName('新住户'));
  });
});

describe('collecting from the phone’s queue (sent again after a lost answer)', () => {
  const once = (url: string, payload: object, key: string) =>
    env.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { ...s.gw!.headers, 'idempotency-key': key },
    });

  it('a room, a resident and a verification sent twice with their instance id are written once, the first answer again', async () => {
    const room = { parentId: floorId, name: '188' };
    const r1 = await once(`/api/field/buildings/${b.own}/rooms`, room, 'room-instance-0001');
    expect(r1.statusCode, r1.body).toBe(201);
    const r2 = await once(`/api/field/buildings/${b.own}/rooms`, room, 'room-instance-0001');
    expect(r2.statusCode, r2.body).toBe(201);
    expect(r2.headers['idempotent-replayed']).toBe('true');
    expect(r2.json()).toEqual(r1.json());
    const house = r1.json<{ houseId: string; version: number }>();

    const person = {
      name: '队列住户',
      idNumber: newResidentId('19850202'),
      residence: { houseId: house.houseId, populationType: 'registered' },
    };
    const p1 = await once('/api/basedata/persons', person, 'person-instance-0001');
    expect(p1.statusCode, p1.body).toBe(201);
    const p2 = await once('/api/basedata/persons', person, 'person-instance-0001');
    expect(p2.statusCode, p2.body).toBe(201);
    expect(p2.json()).toEqual(p1.json());

    const verify = { version: house.version };
    const v1 = await once(`/api/basedata/houses/${house.houseId}/verify`, verify, 'verify-instance-0001');
    expect(v1.statusCode, v1.body).toBe(200);
    // without the key the stale version would be a conflict; with it, the first answer
    const v2 = await once(`/api/basedata/houses/${house.houseId}/verify`, verify, 'verify-instance-0001');
    expect(v2.statusCode, v2.body).toBe(200);
    expect(v2.json()).toEqual(v1.json());
    const pv = p1.json<{ id: string; version: number }>();
    const w1 = await once(
      `/api/basedata/persons/${pv.id}/verify`,
      { version: pv.version },
      'verify-instance-0002',
    );
    const w2 = await once(
      `/api/basedata/persons/${pv.id}/verify`,
      { version: pv.version },
      'verify-instance-0002',
    );
    expect([w1.statusCode, w2.statusCode]).toEqual([200, 200]);

    const plan = (await get('gw', `/api/field/buildings/${b.own}/plan`)).json<Plan>();
    expect(rooms(plan).filter((x) => x.name === '188')).toHaveLength(1);
    const versions = await env.ownerDb
      .selectFrom('house')
      .select('version')
      .where('id', '=', house.houseId)
      .executeTakeFirstOrThrow();
    expect(versions.version).toBe(v1.json<{ version: number }>().version);
  });
});
