import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskName } from '@onegrid/domain';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newGrid, newRegion, newUnit, newUser, pointUnder } from '../../test/factories.ts';
import { newOrganisation, newPerson, newTag } from '../../test/basedata-factories.ts';
import { tinyPng } from '../uploads/uploads.fixtures.ts';

/*
 * The server side of the grid worker's phone (issue 11): the offline bundle, quick fixes, visits with photos and
 * base-data updates, photos kept from the purge, the daily log and the departments' sign-off. Every place and user
 * is made here: a street with two grids and their workers, another street, a department.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
const g = { one: '', two: '', far: '' };
let at: { lon: number; lat: number };
let place: { streetCode: string; communityCode: string };
let placeRow: { street_code: string; community_code: string };
const base = {
  building: '',
  room: '',
  house: '',
  road: '',
  org: '',
  a: { id: '', name: '', residence: '', tag: '' },
  b: { id: '', name: '', tag: '' },
  c: { id: '', name: '', tag: '' },
  theirs: { id: '', house: '' },
};
let justice = '';

type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
const session = (who: string) => s[who]!;
async function post(who: string, url: string, payload: unknown) {
  return env.app.inject({ method: 'POST', url, payload: payload as object, headers: session(who).headers });
}
async function get(who: string, url: string) {
  return env.app.inject({ method: 'GET', url, headers: session(who).headers });
}
/** A photo uploaded as the phone does (multipart), answering its id. */
async function upload(who: string): Promise<string> {
  const b = 'fieldtestboundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    tinyPng(),
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/uploads',
    payload,
    headers: { ...session(who).headers, 'content-type': `multipart/form-data; boundary=${b}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}
const audits = (entity: string) =>
  env.ownerDb
    .selectFrom('audit_log')
    .select(['actor_id', 'action', 'after'])
    .where('entity', '=', entity)
    .orderBy('id')
    .execute();

beforeAll(async () => {
  env = await createTestEnv();
  const o = env.ownerDb;
  const street = await newRegion(o, { level: 'street', name: '走访测试街道' });
  const community = await newRegion(o, { parentCode: street.code, level: 'community', name: '走访测试社区' });
  const other = await newRegion(o, { level: 'street', name: '另一走访街道' });
  const otherCommunity = await newRegion(o, { parentCode: other.code, level: 'community' });
  at = await pointUnder(o, '110117001');
  g.one = await newGrid(o, { communityCode: community.code, at });
  g.two = await newGrid(o, { communityCode: community.code, at: { lon: at.lon + 0.002, lat: at.lat } });
  g.far = await newGrid(o, { communityCode: otherCommunity.code, at: { lon: at.lon + 0.004, lat: at.lat } });
  place = { streetCode: street.code, communityCode: community.code };
  placeRow = { street_code: street.code, community_code: community.code };
  const committee = await newUnit(o, { kind: 'community', jurisdictionCode: community.code });
  const office = await newUnit(o, { kind: 'street_office', jurisdictionCode: street.code });
  const otherOffice = await newUnit(o, { kind: 'street_office', jurisdictionCode: other.code });
  justice = await newUnit(o, { kind: 'department', name: '走访测试司法所' });
  const otherDept = await newUnit(o, { kind: 'department', name: '走访测试民政' });
  s.w1 = await newUser(env, { username: 'fd_worker1', roles: ['grid_worker'], unitId: committee });
  s.w2 = await newUser(env, { username: 'fd_worker2', roles: ['grid_worker'], unitId: committee });
  s.lead = await newUser(env, { username: 'fd_lead', roles: ['street_lead'], unitId: office });
  s.otherLead = await newUser(env, { username: 'fd_lead2', roles: ['street_lead'], unitId: otherOffice });
  s.dept = await newUser(env, { username: 'fd_justice', roles: ['handler'], unitId: justice });
  s.otherDept = await newUser(env, { username: 'fd_civil', roles: ['handler'], unitId: otherDept });
  s.operator = await login(env.app, 'operator');
  await o
    .insertInto('grid_worker')
    .values([
      { grid_code: g.one, user_id: session('w1').userId },
      { grid_code: g.two, user_id: session('w2').userId },
    ])
    .execute();

  // the address library of grid one: a road across it, a building with a room, a key place
  const node = (v: Record<string, unknown>) =>
    o
      .insertInto('address_node')
      .values({ street_code: street.code, community_code: community.code, ...v } as never)
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id);
  base.road = await node({
    kind: 'road',
    name: '走访路',
    full_name: '走访路',
    community_code: null,
    line: JSON.stringify({
      type: 'LineString',
      coordinates: [
        [at.lon - 0.001, at.lat],
        [at.lon + 0.001, at.lat],
      ],
    }),
  });
  base.building = await node({
    kind: 'building',
    name: '1号楼',
    full_name: '走访路1号1号楼',
    grid_code: g.one,
    lon: at.lon,
    lat: at.lat,
  });
  base.room = await node({
    kind: 'room',
    parent_id: base.building,
    name: '101',
    full_name: '走访路1号1号楼101',
    grid_code: g.one,
  });
  base.house = (
    await o
      .insertInto('house')
      .values({ address_id: base.room, ...placeRow, grid_code: g.one })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  base.org = await newOrganisation(o, { ...place, gridCode: g.one });
  await o.updateTable('organisation').set({ lon: at.lon, lat: at.lat }).where('id', '=', base.org).execute();
  const resident = async (name: string, grid: string, house: string) =>
    newPerson(o, env.pii, { ...place, gridCode: grid, houseId: house, name });
  const a = await resident('张三丰', g.one, base.house);
  const b = await resident('李四光', g.one, base.house);
  const c = await resident('王五福', g.one, base.house);
  base.a = {
    id: a.id,
    name: a.name,
    residence: (
      await o.selectFrom('residence').select('id').where('person_id', '=', a.id).executeTakeFirstOrThrow()
    ).id,
    tag: await newTag(o, a.id, {
      tag: 'community_correction',
      level: 'strict',
      assignedUserId: session('w1').userId,
      responsibleUnitId: justice,
    }),
  };
  base.b = { id: b.id, name: b.name, tag: await newTag(o, b.id, { tag: 'severe_mental', level: '3' }) };
  base.c = {
    id: c.id,
    name: c.name,
    tag: await newTag(o, c.id, { tag: 'elderly_alone', level: 'key', assignedUserId: session('w1').userId }),
  };
  const theirHouse = (
    await o
      .insertInto('house')
      .values({
        address_id: await node({ kind: 'room', name: '202', full_name: '二号网格202', grid_code: g.two }),
        ...placeRow,
        grid_code: g.two,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  base.theirs = { id: (await resident('赵六顺', g.two, theirHouse)).id, house: theirHouse };
}, 240_000);

afterAll(async () => {
  await env?.close();
});

interface Bundle {
  version: string;
  settings: { accuracyThresholdM: number; trackIntervalS: number; trackKeepDays: number };
  grids: { code: string; boundary: { type: string } }[];
  roads: { id: string }[];
  buildings: { id: string; point: [number, number] }[];
  keyPlaces: { id: string; kind: string; point: [number, number] }[];
  households: {
    addressId: string;
    buildingId: string | null;
    label: string;
    residents: {
      personId: string;
      name: string;
      tags: { tagId: string; class: string; tag: string | null; checklist: string }[];
    }[];
  }[];
  visitsDue: { tagId: string }[];
  checklists: Record<string, { key: string }[]>;
}

describe('the offline bundle', () => {
  it('a worker’s grid with its roads, buildings, key places and households, masked as the persons list', async () => {
    const res = await get('w1', '/api/field/bundle');
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json<Bundle>();
    expect(b.grids.map((x) => x.code)).toEqual([g.one]);
    expect(b.grids[0]!.boundary.type).toBe('Polygon');
    expect(b.settings).toEqual({ accuracyThresholdM: 50, trackIntervalS: 30, trackKeepDays: 30 });
    expect(b.roads.map((r) => r.id)).toContain(base.road);
    expect(b.buildings.map((x) => x.id)).toEqual([base.building]);
    expect(b.keyPlaces.map((k) => [k.id, k.kind, k.point])).toEqual([
      [base.org, 'organisation', [at.lon, at.lat]],
    ]);
    expect(b.households).toHaveLength(1); // grid two's household is not in it
    const h = b.households[0]!;
    expect(h).toMatchObject({ addressId: base.room, buildingId: base.building, label: '走访路1号1号楼101' });
    const byId = new Map(h.residents.map((r) => [r.personId, r]));
    expect(byId.get(base.a.id)!.name).toBe(maskName(base.a.name));
    expect(JSON.stringify(b)).not.toContain(base.a.name);
    // 社区矫正 assigned to the worker: by class only (P3 is revealable, not shown); 严重精神障碍 not theirs: hidden
    expect(byId.get(base.a.id)!.tags).toEqual([
      { tagId: base.a.tag, class: 'P3', tag: null, level: null, checklist: 'P3' },
    ]);
    expect(byId.get(base.b.id)!.tags).toEqual([]);
    expect(byId.get(base.c.id)!.tags.map((t) => t.class)).toEqual(['P2']);
    expect(JSON.stringify(b.households)).not.toContain('severe_mental');
    expect(b.visitsDue.map((v) => v.tagId)).toEqual(expect.arrayContaining([base.a.tag, base.c.tag]));
    expect(b.checklists.P3!.map((i) => i.key)).toContain('mood');
    expect(b.checklists.severe_mental!.map((i) => i.key)).toContain('medication');
  });

  it('keeps its version while nothing changes; each bundle is one audit row with counts', async () => {
    const before = (await audits('field_bundle')).length;
    const one = (await get('w1', '/api/field/bundle')).json<Bundle>();
    const two = (await get('w1', '/api/field/bundle')).json<Bundle>();
    expect(two.version).toBe(one.version);
    const rows = await audits('field_bundle');
    expect(rows).toHaveLength(before + 2);
    expect(rows.at(-1)).toMatchObject({
      actor_id: session('w1').userId,
      action: 'view_pii',
      after: { grids: [g.one], households: 1, residents: 3 },
    });
    await env.ownerDb
      .updateTable('address_node')
      .set({ name: '1号楼改' })
      .where('id', '=', base.building)
      .execute();
    await env.ownerDb
      .updateTable('address_node')
      .set({ full_name: '走访路1号1号楼（改）' })
      .where('id', '=', base.building)
      .execute();
    const three = (await get('w1', '/api/field/bundle')).json<Bundle>();
    expect(three.version).not.toBe(one.version);
  });

  it('jurisdiction: another grid’s worker, the street lead by grid, another street, a department', async () => {
    expect((await get('w1', `/api/field/bundle?grid=${g.two}`)).statusCode).toBe(404);
    const w2 = (await get('w2', '/api/field/bundle')).json<Bundle>();
    expect(w2.households.flatMap((h) => h.residents.map((r) => r.personId))).toEqual([base.theirs.id]);
    const lead = await get('lead', `/api/field/bundle?grid=${g.one}`);
    expect(lead.statusCode, lead.body).toBe(200);
    expect(lead.json<Bundle>().households).toHaveLength(1);
    expect(lead.json<Bundle>().visitsDue).toEqual([]);
    expect((await get('lead', '/api/field/bundle')).statusCode).toBe(400);
    expect((await get('otherLead', `/api/field/bundle?grid=${g.one}`)).statusCode).toBe(404);
    expect((await get('dept', `/api/field/bundle?grid=${g.one}`)).statusCode).toBe(403);
  });
});
