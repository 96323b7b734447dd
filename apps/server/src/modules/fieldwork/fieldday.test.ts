import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskName } from '@onegrid/domain';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newFieldWorld, newUnit, newUser } from '../../test/factories.ts';
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
  const w = await newFieldWorld(env, { prefix: 'fd', name: '走访测试' });
  const { street, community } = w;
  at = w.at;
  Object.assign(g, w.grids);
  place = w.place;
  placeRow = { street_code: street.code, community_code: community.code };
  Object.assign(s, w.sessions);
  justice = await newUnit(o, { kind: 'department', name: '走访测试司法所' });
  const otherDept = await newUnit(o, { kind: 'department', name: '走访测试民政' });
  s.dept = await newUser(env, { username: 'fd_justice', roles: ['handler'], unitId: justice });
  s.otherDept = await newUser(env, { username: 'fd_civil', roles: ['handler'], unitId: otherDept });
  s.operator = await login(env.app, 'operator');

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

describe('quick fixes (小事不出格)', () => {
  let fix: { id: string; beforeUploadIds: string[] };
  let body: Record<string, unknown>;
  beforeAll(async () => {
    body = {
      instanceId: 'uuid:test-fix-1',
      description: '清理楼道堆物，恢复消防通道',
      beforeUploadIds: [await upload('w1')],
      afterUploadIds: [await upload('w1')],
      lon: at.lon,
      lat: at.lat,
      accuracyM: 9,
      addressId: base.building,
      settledAt: new Date().toISOString(),
    };
  });

  it('arrives exactly once: 201, then 200 the same, 409 other content; its photos are kept', async () => {
    const first = await post('w1', '/api/field/quick-fixes', body);
    expect(first.statusCode, first.body).toBe(201);
    const made = first.json<{ outcome: string; quickFix: typeof fix & { grid: { code: string } } }>();
    expect(made).toMatchObject({ outcome: 'created', quickFix: { grid: { code: g.one }, version: 1 } });
    fix = made.quickFix;
    fixPhotoIds = [...(body.beforeUploadIds as string[]), ...(body.afterUploadIds as string[])];
    const again = await post('w1', '/api/field/quick-fixes', { ...body });
    expect(again.statusCode).toBe(200);
    expect(again.json<{ outcome: string; quickFix: { id: string } }>()).toMatchObject({
      outcome: 'duplicate',
      quickFix: { id: fix.id },
    });
    const other = await post('w1', '/api/field/quick-fixes', { ...body, description: '别的内容' });
    expect(other.statusCode).toBe(409);
    const rows = await env.ownerDb
      .selectFrom('quick_fix')
      .select('id')
      .where('worker_id', '=', session('w1').userId)
      .execute();
    expect(rows).toHaveLength(1);
    const kept = await env.ownerDb
      .selectFrom('upload')
      .select(['kept_for', 'kept_id'])
      .where('id', 'in', [...(body.beforeUploadIds as string[]), ...(body.afterUploadIds as string[])])
      .execute();
    expect(kept).toEqual([
      { kept_for: 'quick_fix', kept_id: fix.id },
      { kept_for: 'quick_fix', kept_id: fix.id },
    ]);
  });

  it('photos must be the worker’s own; only for their grid; only grid workers', async () => {
    const theirs = await upload('w2');
    const foreign = await post('w1', '/api/field/quick-fixes', {
      ...body,
      instanceId: 'uuid:test-fix-2',
      afterUploadIds: [theirs],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ error: { details: { key: string }[] } }>().error.details[0]!.key).toBe(
      'upload_not_yours',
    );
    // a photo already kept by another record cannot be kept again
    const reused = await post('w1', '/api/field/quick-fixes', { ...body, instanceId: 'uuid:test-fix-3' });
    expect(reused.statusCode).toBe(400);
    const otherGrid = await post('w1', '/api/field/quick-fixes', {
      ...body,
      instanceId: 'uuid:test-fix-4',
      addressId: null,
      gridCode: g.two,
      beforeUploadIds: [await upload('w1')],
      afterUploadIds: [await upload('w1')],
    });
    expect(otherGrid.statusCode).toBe(409);
    expect((await post('lead', '/api/field/quick-fixes', body)).statusCode).toBe(403);
  });

  it('its photos: the worker and the lead over them; a fellow worker, another street, a department not', async () => {
    const url = `/api/field/uploads/${fix.beforeUploadIds[0]}`;
    const own = await get('w1', url);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toMatch(/^image\//);
    expect((await get('lead', url)).statusCode).toBe(200);
    expect((await get('w2', url)).statusCode).toBe(404);
    expect((await get('otherLead', url)).statusCode).toBe(404);
    expect((await get('dept', url)).statusCode).toBe(404);
  });
});

describe('visits with photos and base-data updates', () => {
  interface VisitReceipt {
    outcome: string;
    visit: { id: string; uploadIds: string[]; signoff: { unitId: string } | null };
    baseWritten: { entity: string; id: string; version: number }[];
  }
  let visit: VisitReceipt['visit'];
  let photo = '';
  let otherHouse = '';

  beforeAll(async () => {
    photo = await upload('w1');
    otherHouse = (
      await env.ownerDb
        .insertInto('house')
        .values({
          address_id: (
            await env.ownerDb
              .insertInto('address_node')
              .values({
                kind: 'room',
                parent_id: base.building,
                name: '102',
                full_name: '走访路1号1号楼102',
                grid_code: g.one,
                ...placeRow,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id,
          ...placeRow,
          grid_code: g.one,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });

  it('keeps the photos and writes the base updates as verified by the worker, audited', async () => {
    const body = {
      instanceId: 'uuid:test-fd-visit-1',
      personId: base.a.id,
      tagId: base.a.tag,
      mode: 'door',
      visitedAt: new Date(Date.now() - 60_000).toISOString(), // today in Shanghai even just after midnight
      lon: at.lon,
      lat: at.lat,
      accuracyM: 12,
      checklist: { health: 'ok', mood: 'attention', whereabouts: 'ok' },
      anomaly: true,
      anomalyNote: '情绪低落，需司法所跟进',
      uploadIds: [photo],
      baseUpdates: [
        { kind: 'moved_out', residenceId: base.a.residence, on: '2026-12-01' },
        { kind: 'house_use', houseId: otherHouse, use: 'rented' },
      ],
    };
    const res = await post('w1', '/api/field/visits', body);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<VisitReceipt>();
    visit = r.visit;
    expect(r.visit).toMatchObject({ uploadIds: [photo], signoff: { unitId: justice } });
    expect(r.baseWritten.map((w) => w.entity)).toEqual(['residence', 'rental', 'house']);
    const residence = await env.ownerDb
      .selectFrom('residence')
      .select(['moved_out', 'source_state', 'state_by'])
      .where('id', '=', base.a.residence)
      .executeTakeFirstOrThrow();
    expect(residence).toMatchObject({ source_state: 'verified', state_by: session('w1').userId });
    expect(String(residence.moved_out)).toContain('2026-12-01');
    const rental = await env.ownerDb
      .selectFrom('rental')
      .select(['source_state', 'state_by'])
      .where('house_id', '=', otherHouse)
      .executeTakeFirstOrThrow();
    expect(rental).toEqual({ source_state: 'verified', state_by: session('w1').userId });
    const changes = await env.ownerDb
      .selectFrom('base_change')
      .select(['entity', 'reason'])
      .where('entity_id', '=', base.a.residence)
      .execute();
    expect(changes.map((c) => c.reason)).toEqual(
      expect.arrayContaining([`visit:${visit.id}`, 'source_state:verified']),
    );
    expect(await audits('base_field_update')).toHaveLength(1);
    const kept = await env.ownerDb
      .selectFrom('upload')
      .select('kept_id')
      .where('id', '=', photo)
      .executeTakeFirstOrThrow();
    expect(kept.kept_id).toBe(visit.id);
    // sent again: nothing more written
    const again = await post('w1', '/api/field/visits', body);
    expect(again.json<VisitReceipt>()).toMatchObject({ outcome: 'duplicate', baseWritten: [] });
    expect(await audits('base_field_update')).toHaveLength(1);
  });

  it('refuses photos not the worker’s and base records outside the grid, writing nothing', async () => {
    const base1 = {
      personId: base.c.id,
      tagId: base.c.tag,
      mode: 'phone',
      visitedAt: new Date().toISOString(),
    };
    const foreignPhoto = await post('w1', '/api/field/visits', {
      ...base1,
      instanceId: 'uuid:test-fd-visit-2',
      uploadIds: [await upload('w2')],
    });
    expect(foreignPhoto.statusCode).toBe(400);
    const foreignHouse = await post('w1', '/api/field/visits', {
      ...base1,
      instanceId: 'uuid:test-fd-visit-3',
      baseUpdates: [{ kind: 'house_use', houseId: base.theirs.house, use: 'rented' }],
    });
    expect(foreignHouse.statusCode).toBe(400);
    expect(foreignHouse.json<{ error: { details: { key: string }[] } }>().error.details[0]!.key).toBe(
      'base_update_not_writable',
    );
    const rental = await env.ownerDb
      .selectFrom('rental')
      .select('id')
      .where('house_id', '=', base.theirs.house)
      .execute();
    expect(rental).toEqual([]);
  });

  it('a P3 visit’s photo: the worker and the responsible department; a department of other tags, another street, a fellow worker not', async () => {
    const url = `/api/field/uploads/${photo}`;
    expect((await get('w1', url)).statusCode).toBe(200);
    const before = (await audits('visit_photo')).length;
    const dept = await get('dept', url);
    expect(dept.statusCode, dept.body).toBe(200);
    expect(await audits('visit_photo')).toHaveLength(before + 1);
    expect((await get('otherDept', url)).statusCode).toBe(404);
    expect((await get('otherLead', url)).statusCode).toBe(404);
    expect((await get('w2', url)).statusCode).toBe(404);
    expect((await get('operator', url)).statusCode).toBe(404);
  });

  it('photos kept by records survive the 48-hour purge; an abandoned one goes', async () => {
    const { purgeUnattachedUploads } = await import('../uploads/uploads.service.ts');
    const abandoned = await upload('w1');
    const old = new Date(Date.now() - 72 * 3_600_000);
    await env.ownerDb
      .updateTable('upload')
      .set({ created_at: old })
      .where('id', 'in', [abandoned, photo, ...fixPhotos()])
      .execute();
    await purgeUnattachedUploads(env.ownerDb);
    const left = await env.ownerDb
      .selectFrom('upload')
      .select('id')
      .where('id', 'in', [abandoned, photo, ...fixPhotos()])
      .execute();
    expect(left.map((l) => l.id).sort()).toEqual([photo, ...fixPhotos()].sort());
  });
});

let fixPhotoIds: string[] = [];
const fixPhotos = () => fixPhotoIds;

describe('the daily log and the department’s sign-off', () => {
  interface Signoff {
    id: string;
    state: string;
    light: string;
    visit: { id: string; tag: string | null; person: string };
  }
  const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10); // Asia/Shanghai day

  it('the log: the worker’s day — quick fixes and visits; the lead over them; others not', async () => {
    const res = await get('w1', `/api/field/log?date=${today()}`);
    expect(res.statusCode, res.body).toBe(200);
    const log = res.json<{
      totals: { quickFixes: number; visits: number };
      visits: { class: string; signoff: { state: string } | null }[];
    }>();
    expect(log.totals.quickFixes).toBe(1);
    expect(log.totals.visits).toBeGreaterThanOrEqual(1);
    expect(log.visits[0]).toMatchObject({ class: 'P3', signoff: { state: 'pending' } });
    expect(JSON.stringify(log)).not.toContain('community_correction');
    const w1 = session('w1').userId;
    expect((await get('lead', `/api/field/log?date=${today()}&worker=${w1}`)).statusCode).toBe(200);
    expect((await get('otherLead', `/api/field/log?date=${today()}&worker=${w1}`)).statusCode).toBe(404);
    expect((await get('w2', `/api/field/log?date=${today()}&worker=${w1}`)).statusCode).toBe(403);
    expect((await get('dept', `/api/field/log?date=${today()}`)).statusCode).toBe(403);
  });

  it('the responsible department signs, then replies; the worker sees the state on the visit, the street in the log', async () => {
    const list = await get('dept', '/api/field/signoffs?state=pending');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: Signoff[]; counts: { pending: number } }>();
    expect(items.counts.pending).toBe(1);
    const so = items.items[0]!;
    expect(so).toMatchObject({ state: 'pending', light: 'green', visit: { tag: 'community_correction' } });
    expect(so.visit.person).toBe(maskName(base.a.name));
    // another department has none and cannot sign it
    expect((await get('otherDept', '/api/field/signoffs')).json<{ items: Signoff[] }>().items).toEqual([]);
    expect((await post('otherDept', `/api/field/signoffs/${so.id}/sign`, {})).statusCode).toBe(404);
    expect((await post('w1', `/api/field/signoffs/${so.id}/sign`, {})).statusCode).toBe(403);
    // a reply needs the signature first
    expect((await post('dept', `/api/field/signoffs/${so.id}/reply`, { reply: '已处理' })).statusCode).toBe(
      409,
    );
    const signed = await post('dept', `/api/field/signoffs/${so.id}/sign`, {});
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json<Signoff>()).toMatchObject({ state: 'signed', light: 'green' });
    expect((await post('dept', `/api/field/signoffs/${so.id}/sign`, {})).statusCode).toBe(409);
    const replied = await post('dept', `/api/field/signoffs/${so.id}/reply`, {
      reply: '已约谈，纳入重点帮教',
    });
    expect(replied.json<Signoff>()).toMatchObject({ state: 'replied' });
    expect(
      (await get('dept', '/api/field/signoffs?state=replied')).json<{ items: Signoff[] }>().items,
    ).toHaveLength(1);

    const mine = await get('w1', `/api/field/visits/${so.visit.id}`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<{ signoff: Signoff }>().signoff).toMatchObject({
      state: 'replied',
      visit: { tag: null },
    });
    // the street lead: a P3 visit is not theirs to read (the class rule), its state they see in the worker's log
    expect((await get('lead', `/api/field/visits/${so.visit.id}`)).statusCode).toBe(404);
    const log = await get('lead', `/api/field/log?date=${today()}&worker=${session('w1').userId}`);
    const logged = log.json<{ visits: { id: string; signoff: { state: string } | null }[] }>().visits;
    expect(logged.find((v) => v.id === so.visit.id)!.signoff).toMatchObject({ state: 'replied' });
    expect((await get('otherLead', `/api/field/visits/${so.visit.id}`)).statusCode).toBe(404);
    expect((await get('otherDept', `/api/field/visits/${so.visit.id}`)).statusCode).toBe(404);
    expect((await get('w2', `/api/field/visits/${so.visit.id}`)).statusCode).toBe(404);
  });
});
