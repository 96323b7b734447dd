import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { newFieldWorld, newUnit, newUser, type FieldWorld } from '../../test/factories.ts';
import { newPerson, newTag } from '../../test/basedata-factories.ts';
import { tinyPng } from '../uploads/uploads.fixtures.ts';

/*
 * The street's drill-down to one field record (issue 11): a patrol with its track (the worker's supervisors only),
 * a visit by the privacy classes (P3 masked to its department until revealed with a reason; hidden from the street;
 * every read audited), a quick fix with its photos.
 */
let env: TestEnv;
let w: FieldWorld;
const s: Record<string, Session> = {};
const ids = { patrol: '', plain: '', restricted: '', fix: '', house: '', photo: '', before: '', after: '' };

const session = (who: string) => s[who]!;
const get = (who: string | null, url: string) =>
  env.app.inject({ method: 'GET', url, headers: who ? session(who).headers : {} });
const post = (who: string, url: string, payload: object) =>
  env.app.inject({ method: 'POST', url, payload, headers: session(who).headers });

async function upload(who: string): Promise<string> {
  const b = 'recordtestboundary';
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
const audits = (entity: string, entityId: string) =>
  env.ownerDb
    .selectFrom('audit_log')
    .select(['actor_id', 'after'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();

interface VisitRecord {
  class: string;
  view: string;
  shown: boolean;
  revealable: boolean;
  person: { name: string | null };
  tag: string | null;
  detail: {
    point: { accuracyM: number; quality: string } | null;
    photoIds: string[];
    checklist: Record<string, string>;
    anomalyNote: string | null;
    baseUpdates: { entity: string }[];
  } | null;
  signoff: { unit: string; state: string; light: string; yellowAt: string; redAt: string } | null;
}
interface PatrolRecord {
  patrol: { id: string; worker: { id: string } };
  checkins: { note: string | null }[];
  quickFixes: { id: string }[];
  trackState: string;
  track: { points: { quality: string }[] } | null;
}

beforeAll(async () => {
  env = await createTestEnv();
  const o = env.ownerDb;
  w = await newFieldWorld(env, { prefix: 'fr', name: '钻取测试' });
  Object.assign(s, w.sessions);
  const justice = await newUnit(o, { kind: 'department', name: '钻取测试司法所' });
  const civil = await newUnit(o, { kind: 'department', name: '钻取测试民政所' });
  s.justice = await newUser(env, { username: 'fr_justice', roles: ['handler'], unitId: justice });
  s.civil = await newUser(env, { username: 'fr_civil', roles: ['handler'], unitId: civil });
  s.streetDispatcher = await newUser(env, {
    username: 'fr_sd',
    roles: ['dispatcher'],
    unitId: w.units.office,
  });
  const room = await o
    .insertInto('address_node')
    .values({
      ...{ street_code: w.street.code, community_code: w.community.code },
      kind: 'room',
      name: '101',
      full_name: '钻取路1号101',
      grid_code: w.grids.one,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.house = (
    await o
      .insertInto('house')
      .values({
        address_id: room.id,
        street_code: w.street.code,
        community_code: w.community.code,
        grid_code: w.grids.one,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const plain = await newPerson(o, env.pii, {
    ...w.place,
    gridCode: w.grids.one,
    houseId: ids.house,
    name: '钱七',
  });
  const restricted = await newPerson(o, env.pii, { ...w.place, gridCode: w.grids.one, name: '孙八' });
  const tag = await newTag(o, restricted.id, {
    tag: 'community_correction',
    level: 'strict',
    assignedUserId: session('w1').userId,
    responsibleUnitId: justice,
  });

  // the worker's day: a tracked patrol with a quick fix on it, a plain house call that found the house rented,
  // and a visit to a P3 person that found an anomaly
  const start = new Date(Date.now() - 2 * 3_600_000);
  const step = (i: number) => new Date(+start + i * 30_000).toISOString();
  const { at } = w;
  const patrol = await post('w1', '/api/field/patrols', {
    instanceId: 'uuid:fr-patrol-1',
    gridCode: w.grids.one,
    startedAt: start.toISOString(),
    endedAt: step(20),
    tracking: true,
    points: Array.from({ length: 5 }, (_, i) => ({
      at: step(i),
      lon: at.lon,
      lat: at.lat + i * 0.0005,
      accuracyM: i === 4 ? 80 : 8,
    })),
    checkins: [{ at: step(2), lon: at.lon, lat: at.lat, accuracyM: 10, note: '消防通道畅通' }],
  });
  expect([200, 201], patrol.body).toContain(patrol.statusCode);
  ids.patrol = patrol.json<{ patrol: { id: string } }>().patrol.id;
  [ids.photo, ids.before, ids.after] = [await upload('w1'), await upload('w1'), await upload('w1')];
  const fix = await post('w1', '/api/field/quick-fixes', {
    instanceId: 'uuid:fr-fix-1',
    patrolInstanceId: 'uuid:fr-patrol-1',
    description: '楼道杂物已清理',
    beforeUploadIds: [ids.before],
    afterUploadIds: [ids.after],
    settledAt: step(5),
  });
  expect([200, 201], fix.body).toContain(fix.statusCode);
  ids.fix = fix.json<{ quickFix: { id: string } }>().quickFix.id;
  const v1 = await post('w1', '/api/field/visits', {
    instanceId: 'uuid:fr-visit-1',
    personId: plain.id,
    mode: 'door',
    visitedAt: step(30),
    lon: at.lon,
    lat: at.lat,
    accuracyM: 12,
    checklist: { gas_safety: 'ok', living: 'attention' },
    uploadIds: [ids.photo],
    baseUpdates: [{ kind: 'house_use', houseId: ids.house, use: 'rented' }],
  });
  expect([200, 201], v1.body).toContain(v1.statusCode);
  ids.plain = v1.json<{ visit: { id: string } }>().visit.id;
  const v2 = await post('w1', '/api/field/visits', {
    instanceId: 'uuid:fr-visit-2',
    personId: restricted.id,
    tagId: tag,
    mode: 'door',
    visitedAt: step(40),
    checklist: { mood: 'problem' },
    anomaly: true,
    anomalyNote: '未按时报到',
  });
  expect([200, 201], v2.body).toContain(v2.statusCode);
  ids.restricted = v2.json<{ visit: { id: string } }>().visit.id;
}, 240_000);

afterAll(async () => {
  await env?.close();
});

describe('GET /api/fieldview/patrols/:id', () => {
  it('401 without a session, 400 for a bad id', async () => {
    expect((await get(null, `/api/fieldview/patrols/${ids.patrol}`)).statusCode).toBe(401);
    expect((await get('lead', '/api/fieldview/patrols/nope')).statusCode).toBe(400);
  });

  it("the worker's supervisor sees the track, audited; the street's dispatcher the patrol without it", async () => {
    const lead = await get('lead', `/api/fieldview/patrols/${ids.patrol}`);
    expect(lead.statusCode, lead.body).toBe(200);
    const r = lead.json<PatrolRecord>();
    expect(r.trackState).toBe('shown');
    expect(r.track!.points.map((p) => p.quality)).toEqual(['good', 'good', 'good', 'good', 'coarse']);
    expect(r.checkins.map((c) => c.note)).toEqual(['消防通道畅通']);
    expect(r.quickFixes.map((f) => f.id)).toEqual([ids.fix]);
    expect(await audits('patrol_track', ids.patrol)).toEqual([
      expect.objectContaining({ actor_id: session('lead').userId }),
    ]);

    const sd = await get('streetDispatcher', `/api/fieldview/patrols/${ids.patrol}`);
    expect(sd.statusCode, sd.body).toBe(200);
    expect(sd.json<PatrolRecord>()).toMatchObject({ trackState: 'withheld', track: null });
    expect(sd.json<PatrolRecord>().checkins).toHaveLength(1);

    const own = await get('w1', `/api/fieldview/patrols/${ids.patrol}`);
    expect(own.json<PatrolRecord>().track!.points).toHaveLength(5);
    expect(await audits('patrol_track', ids.patrol)).toHaveLength(1);
  });

  it('a fellow worker is forbidden; another street and a department: not found', async () => {
    expect((await get('w2', `/api/fieldview/patrols/${ids.patrol}`)).statusCode).toBe(403);
    expect((await get('otherLead', `/api/fieldview/patrols/${ids.patrol}`)).statusCode).toBe(404);
    expect((await get('justice', `/api/fieldview/patrols/${ids.patrol}`)).statusCode).toBe(404);
  });
});

describe('GET /api/fieldview/visits/:id', () => {
  it('the lead over the grid reads a house call whole: point, photos, checklist, base data updated; audited', async () => {
    const res = await get('lead', `/api/fieldview/visits/${ids.plain}`);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json<VisitRecord>();
    expect(v).toMatchObject({ class: 'P1', view: 'full', shown: true, signoff: null });
    expect(v.person.name).toBe('钱*');
    expect(v.detail).toMatchObject({
      point: { accuracyM: 12, quality: 'good' },
      photoIds: [ids.photo],
      checklist: { gas_safety: 'ok', living: 'attention' },
    });
    expect(v.detail!.baseUpdates.map((u) => u.entity)).toEqual(['rental', 'house']);
    expect(await audits('field_visit', ids.plain)).toEqual([
      expect.objectContaining({ actor_id: session('lead').userId }),
    ]);
    // the photo itself, to the same reader
    expect((await get('lead', `/api/field/uploads/${ids.photo}`)).statusCode).toBe(200);
  });

  it('another street, a fellow worker of another grid: not found', async () => {
    expect((await get('otherLead', `/api/fieldview/visits/${ids.plain}`)).statusCode).toBe(404);
    expect((await get('w2', `/api/fieldview/visits/${ids.plain}`)).statusCode).toBe(404);
  });

  it('P3: hidden from the street; masked to its department until revealed with a reason; every read audited', async () => {
    const url = `/api/fieldview/visits/${ids.restricted}`;
    expect((await get('lead', url)).statusCode).toBe(404);
    expect((await get('civil', url)).statusCode).toBe(404);

    const masked = await get('justice', url);
    expect(masked.statusCode, masked.body).toBe(200);
    const m = masked.json<VisitRecord>();
    expect(m).toMatchObject({
      class: 'P3',
      view: 'revealable',
      shown: false,
      revealable: true,
      tag: null,
      detail: null,
    });
    expect(m.person.name).toBe('孙*');
    // the sign-off it opened is the department's own, with its deadlines
    expect(m.signoff).toMatchObject({ unit: '钻取测试司法所', state: 'pending' });
    expect(+new Date(m.signoff!.redAt)).toBeGreaterThan(+new Date(m.signoff!.yellowAt));

    const shown = await get('justice', `${url}?reveal=${encodeURIComponent('核查未报到')}`);
    const r = shown.json<VisitRecord>();
    expect(r).toMatchObject({ shown: true, revealable: false, tag: 'community_correction' });
    expect(r.detail).toMatchObject({ checklist: { mood: 'problem' }, anomalyNote: '未按时报到' });

    const rows = await audits('field_visit', ids.restricted);
    expect(rows.map((a) => [a.actor_id, (a.after as { shown: boolean }).shown])).toEqual([
      [session('justice').userId, false],
      [session('justice').userId, true],
    ]);
    expect((rows[1]!.after as { reason: string }).reason).toBe('核查未报到');

    // the worker reads their own visit whole, without an audit row
    const own = await get('w1', url);
    expect(own.json<VisitRecord>()).toMatchObject({ view: 'own', shown: true, tag: 'community_correction' });
    expect(await audits('field_visit', ids.restricted)).toHaveLength(2);
  });
});

describe('GET /api/fieldview/quick-fixes/:id', () => {
  it('the lead reads it with its before and after photos; another street and a fellow worker do not', async () => {
    const res = await get('lead', `/api/fieldview/quick-fixes/${ids.fix}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      description: '楼道杂物已清理',
      beforeUploadIds: [ids.before],
      afterUploadIds: [ids.after],
    });
    expect((await get('otherLead', `/api/fieldview/quick-fixes/${ids.fix}`)).statusCode).toBe(404);
    expect((await get('w2', `/api/fieldview/quick-fixes/${ids.fix}`)).statusCode).toBe(404);
  });
});
