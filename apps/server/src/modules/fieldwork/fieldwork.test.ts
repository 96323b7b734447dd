import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newFieldWorld, newUnit, newUser, pointUnder } from '../../test/factories.ts';
import { purgeTracks } from './patrols.service.ts';
import { newHouse, newPerson, newTag } from '../../test/basedata-factories.ts';

/*
 * The grid worker's patrols (issue 11): exactly-once sync, the grid rule, who reads the log, the track and the
 * coverage. Every place and user is made here: two streets, one with two grids and two workers.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
const g = { one: '', two: '', far: '' };
let at: { lon: number; lat: number };
let place: { streetCode: string; communityCode: string };

interface Patrol {
  id: string;
  version: number;
  pointCount: number;
  checkinCount: number;
  tracking: boolean;
  distanceM: number | null;
  worker: { id: string };
}
interface Receipt {
  outcome: 'created' | 'duplicate' | 'new_version';
  patrol: Patrol;
}
interface Refusal {
  error: { params: { reason?: string }; details: { path: string; key: string }[] };
}
interface Track {
  points: { quality: string }[];
}
interface Coverage {
  grids: { code: string; patrols: number; workers: number }[];
  covered: number;
}
type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
const receipt = (r: Res) => r.json<Receipt>();
const reason = (r: Res) => r.json<Refusal>().error.params.reason;
const session = (who: string) => s[who]!;

async function post(who: string, url: string, payload: unknown) {
  return env.app.inject({ method: 'POST', url, payload: payload as object, headers: s[who]!.headers });
}
async function get(who: string, url: string) {
  return env.app.inject({ method: 'GET', url, headers: s[who]!.headers });
}

let seq = 0;
function patrol(over: Record<string, unknown> = {}) {
  // minutes ago, not an hour: "today" is Shanghai's day, and a run just after midnight there must still see it today
  const start = new Date(Date.now() - 6 * 60_000);
  const step = (i: number) => new Date(+start + i * 30_000).toISOString();
  return {
    instanceId: `uuid:test-patrol-${++seq}`,
    gridCode: g.one,
    startedAt: start.toISOString(),
    endedAt: step(10),
    tracking: true,
    points: Array.from({ length: 5 }, (_, i) => ({
      at: step(i),
      lon: at.lon,
      lat: at.lat + i * 0.0005,
      accuracyM: 8,
    })),
    checkins: [{ at: step(2), lon: at.lon, lat: at.lat, accuracyM: 10, note: '消防通道畅通' }],
    note: '例行巡查',
    ...over,
  };
}

beforeAll(async () => {
  env = await createTestEnv();
  const o = env.ownerDb;
  const w = await newFieldWorld(env, { prefix: 'fw', name: '巡查测试' });
  at = w.at;
  Object.assign(g, w.grids);
  place = w.place;
  Object.assign(s, w.sessions);
  const department = await newUnit(o, { kind: 'department' });
  s.dept = await newUser(env, { username: 'fw_dept', roles: ['handler'], unitId: department });
  s.operator = await login(env.app, 'operator');
}, 240_000);

afterAll(async () => {
  await env?.close();
});

describe('a patrol arrives exactly once', () => {
  it('the same instance again adds nothing; other content under its id is refused', async () => {
    const body = patrol();
    const first = await post('w1', '/api/field/patrols', body);
    expect(first.statusCode, first.body).toBe(200);
    const made = receipt(first);
    expect(made.outcome).toBe('created');
    expect(made.patrol).toMatchObject({ pointCount: 5, checkinCount: 1, tracking: true, version: 1 });
    expect(made.patrol.distanceM).toBeGreaterThan(200); // four steps of ~55 m

    // the phone lost the answer and sends again, keys in another order
    const again = await post('w1', '/api/field/patrols', Object.fromEntries(Object.entries(body).reverse()));
    expect(receipt(again)).toMatchObject({ outcome: 'duplicate', patrol: { id: made.patrol.id } });

    const changed = await post('w1', '/api/field/patrols', { ...body, note: '改过的内容' });
    expect(changed.statusCode).toBe(409);
    expect(reason(changed)).toBe('instance_conflict');

    const rows = await env.ownerDb
      .selectFrom('patrol')
      .select('id')
      .where('worker_id', '=', session('w1').userId)
      .execute();
    expect(rows).toHaveLength(1);
    const points = await env.ownerDb
      .selectFrom('patrol_point')
      .select(['id', 'district_code'])
      .where('patrol_id', '=', made.patrol.id)
      .execute();
    expect(points).toHaveLength(5);
    // the track, the check-in and the stored instance lie in the patrol's district (docs/distribution.md)
    const district = (
      await env.ownerDb
        .selectFrom('patrol')
        .select('district_code')
        .where('id', '=', made.patrol.id)
        .executeTakeFirstOrThrow()
    ).district_code;
    expect(district).toMatch(/^\d{6}0{6}$/);
    expect(new Set(points.map((p) => p.district_code))).toEqual(new Set([district]));
    const checkin = await env.ownerDb
      .selectFrom('patrol_checkin')
      .select('district_code')
      .where('patrol_id', '=', made.patrol.id)
      .executeTakeFirstOrThrow();
    expect(checkin.district_code).toBe(district);
    const stored = await env.ownerDb
      .selectFrom('field_submission')
      .select('district_code')
      .where('instance_id', '=', body.instanceId)
      .executeTakeFirstOrThrow();
    expect(stored.district_code).toBe(district);
  });

  it('five copies sent at once store one patrol', async () => {
    const body = patrol();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post('w1', '/api/field/patrols', body)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const outcomes = answers.map((a) => receipt(a).outcome).sort();
    expect(outcomes).toEqual(['created', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(new Set(answers.map((a) => receipt(a).patrol.id)).size).toBe(1);
  });

  it('an edit is the next version, with a reason, of the current version only', async () => {
    const body = patrol();
    const id = receipt(await post('w1', '/api/field/patrols', body)).patrol.id;
    const edit = {
      ...body,
      instanceId: `${body.instanceId}-e1`,
      replaces: body.instanceId,
      points: body.points.slice(0, 2),
    };
    expect((await post('w1', '/api/field/patrols', { ...edit, reason: '' })).statusCode).toBe(400);
    const ok = await post('w1', '/api/field/patrols', { ...edit, reason: '删去误记的轨迹点' });
    expect(receipt(ok)).toMatchObject({ outcome: 'new_version', patrol: { id, version: 2, pointCount: 2 } });
    // a second edit of the first version is refused: it was replaced
    const stale = await post('w1', '/api/field/patrols', {
      ...body,
      instanceId: `${body.instanceId}-e2`,
      replaces: body.instanceId,
      reason: '再改',
    });
    expect(stale.statusCode).toBe(409);
    expect(reason(stale)).toBe('edit_of_superseded');
    // another worker cannot edit it, nor learn that it exists
    const foreign = await post('w2', '/api/field/patrols', {
      ...body,
      gridCode: g.two,
      instanceId: `${body.instanceId}-x`,
      replaces: `${body.instanceId}-e1`,
      reason: '冒改',
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('only for the worker’s own grids; points only when tracking was switched on', async () => {
    const foreign = await post('w1', '/api/field/patrols', patrol({ gridCode: g.two }));
    expect(foreign.statusCode).toBe(409);
    expect(reason(foreign)).toBe('not_your_grid');
    const untracked = await post('w1', '/api/field/patrols', patrol({ tracking: false }));
    expect(untracked.statusCode).toBe(400);
    expect(untracked.json<Refusal>().error.details[0]).toMatchObject({
      path: 'points',
      key: 'points_without_tracking',
    });
    const plain = await post('w1', '/api/field/patrols', patrol({ tracking: false, points: [] }));
    expect(receipt(plain).patrol).toMatchObject({ tracking: false, distanceM: null, pointCount: 0 });
    expect((await post('lead', '/api/field/patrols', patrol())).statusCode).toBe(403);
  });
});

describe('who reads patrols', () => {
  let w1Patrol: string;
  let w2Patrol: string;
  beforeAll(async () => {
    w1Patrol = receipt(await post('w1', '/api/field/patrols', patrol())).patrol.id;
    w2Patrol = receipt(await post('w2', '/api/field/patrols', patrol({ gridCode: g.two }))).patrol.id;
  });

  it('the log: a worker their own, the street lead the street, nobody else', async () => {
    const own = (await get('w1', '/api/field/patrols')).json<{ items: Patrol[] }>();
    expect(own.items.every((p) => p.worker.id === session('w1').userId)).toBe(true);
    expect(own.items.map((p) => p.id)).toContain(w1Patrol);
    const lead = (await get('lead', '/api/field/patrols?pageSize=200')).json<{ items: Patrol[] }>();
    expect(lead.items.map((p) => p.id)).toEqual(expect.arrayContaining([w1Patrol, w2Patrol]));
    const otherLead = (await get('otherLead', '/api/field/patrols')).json<{ items: Patrol[] }>();
    expect(otherLead.items.map((p) => p.id)).not.toContain(w1Patrol);
    expect((await get('dept', '/api/field/patrols')).statusCode).toBe(403);
    expect((await get('operator', '/api/field/patrols')).statusCode).toBe(403);
  });

  it('the track: the worker and the lead over them (audited); a fellow worker, a department or an operator never', async () => {
    const url = `/api/field/patrols/${w1Patrol}/track`;
    const own = await get('w1', url);
    expect(own.statusCode).toBe(200);
    expect(own.json<Track>().points).toHaveLength(5);
    expect(own.json<Track>().points[0]!.quality).toBe('good');
    const before = await env.ownerDb
      .selectFrom('audit_log')
      .select('id')
      .where('entity', '=', 'patrol_track')
      .where('entity_id', '=', w1Patrol)
      .execute();
    expect(before).toHaveLength(0); // the worker's own reads are not audited
    expect((await get('lead', url)).statusCode).toBe(200);
    const audited = await env.ownerDb
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('entity', '=', 'patrol_track')
      .where('entity_id', '=', w1Patrol)
      .execute();
    expect(audited).toEqual([{ actor_id: session('lead').userId, action: 'view_pii' }]);
    expect((await get('w2', url)).statusCode).toBe(403);
    expect((await get('dept', url)).statusCode).toBe(403);
    expect((await get('operator', url)).statusCode).toBe(403);
    expect((await get('otherLead', url)).statusCode).toBe(404);
  });

  it('coverage: which grids were patrolled today, for the street and for the worker', async () => {
    const lead = (await get('lead', '/api/field/coverage')).json<Coverage>();
    const byCode = new Map(lead.grids.map((x) => [x.code, x]));
    expect(byCode.get(g.one)).toMatchObject({ workers: 1 });
    expect(byCode.get(g.one)!.patrols).toBeGreaterThan(0);
    expect(byCode.get(g.two)).toMatchObject({ patrols: 1, workers: 1 });
    expect(byCode.has(g.far)).toBe(false);
    expect(lead.covered).toBe(2);
    const mine = (await get('w1', '/api/field/coverage?period=week')).json<Coverage>();
    expect(mine.grids.map((x) => x.code)).toEqual([g.one]);
    expect((await get('dept', '/api/field/coverage')).statusCode).toBe(403);
  });

  it('track points past the retention are deleted by the job', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const body = patrol({
      startedAt: old,
      endedAt: old,
      points: [{ at: old, lon: at.lon, lat: at.lat, accuracyM: 5 }],
    });
    const id = receipt(await post('w1', '/api/field/patrols', body)).patrol.id;
    expect(await purgeTracks(env.ownerDb as never)).toBeGreaterThanOrEqual(1);
    const left = await env.ownerDb
      .selectFrom('patrol_point')
      .select('id')
      .where('patrol_id', '=', id)
      .execute();
    expect(left).toHaveLength(0);
    // today's tracks stay
    const kept = await env.ownerDb
      .selectFrom('patrol_point')
      .select('id')
      .where('patrol_id', '=', w1Patrol)
      .execute();
    expect(kept).toHaveLength(5);
  });
});

describe('visits by rule', () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  interface Due {
    items: {
      tagId: string;
      person: { id: string };
      class: string;
      tag: string | null;
      assigned: boolean;
      state: string;
      reason: string;
    }[];
    counts: { overdue: number; due: number; upcoming: number };
  }
  const t: Record<string, string> = {};
  let justice = '';

  beforeAll(async () => {
    const o = env.ownerDb;
    justice = await newUnit(o, { kind: 'department', name: '测试司法所' });
    const person = async (grid: string) => (await newPerson(o, env.pii, { ...place, gridCode: grid })).id;
    const tag = async (
      key: string,
      grid: string,
      tagType: Parameters<typeof newTag>[2]['tag'],
      level: string | null,
      assigned: string | null,
      lastVisitAgoMs: number | null,
      changeAgoMs: number | null = null,
    ) => {
      t[key] = await newTag(o, await person(grid), { tag: tagType, level, assignedUserId: assigned });
      await o
        .updateTable('person_tag')
        .set({
          last_visit_at: lastVisitAgoMs === null ? null : new Date(Date.now() - lastVisitAgoMs),
          major_change_at: changeAgoMs === null ? null : new Date(Date.now() - changeAgoMs),
        })
        .where('id', '=', t[key])
        .execute();
    };
    const w1 = session('w1').userId;
    // a high-risk elder visited 3 days ago, with a major change 2 hours ago: due within 24 hours
    await tag('elder', g.one, 'elderly_alone', 'high_risk', w1, 3 * DAY, 2 * HOUR);
    // 社区矫正 严管, weekly, last visited 10 days ago: overdue
    await tag('correction', g.one, 'community_correction', 'strict', w1, 10 * DAY);
    await o
      .updateTable('person_tag')
      .set({ responsible_unit_id: justice })
      .where('id', '=', t.correction!)
      .execute();
    // an elder of the grid nobody was assigned, quarterly, visited yesterday: upcoming
    await tag('general', g.one, 'elderly_alone', 'general', null, DAY);
    // 严重精神障碍 of the grid, not assigned to the worker: P3, hidden from them
    await tag('mental', g.one, 'severe_mental', '3', null, 20 * DAY);
    // 低保 has no visit rule by default
    await tag('dibao', g.one, 'dibao', null, w1, null);
    // another worker's person
    await tag('theirs', g.two, 'elderly_alone', 'key', session('w2').userId, 40 * DAY);
  });

  it('lists the worker’s visits overdue first, by class only, without what the privacy table hides', async () => {
    const res = await get('w1', '/api/field/visits/due');
    expect(res.statusCode, res.body).toBe(200);
    const due = res.json<Due>();
    const ours = due.items.filter((i) => Object.values(t).includes(i.tagId));
    expect(ours.map((i) => [i.tagId, i.state, i.reason])).toEqual([
      [t.correction, 'overdue', 'interval'],
      [t.elder, 'due', 'major_change'],
      [t.general, 'upcoming', 'interval'],
    ]);
    expect(ours.map((i) => [i.class, i.tag, i.assigned])).toEqual([
      ['P3', null, true],
      ['P2', null, true],
      ['P2', null, false],
    ]);
    expect(due.counts).toMatchObject({ overdue: 1, due: 1, upcoming: 1 });
    const overdue = (await get('w1', '/api/field/visits/due?state=overdue')).json<Due>();
    expect(overdue.items.map((i) => i.tagId)).toEqual([t.correction]);
  });

  it('the other worker sees their own; a lead has no visit list of a worker', async () => {
    const w2 = (await get('w2', '/api/field/visits/due')).json<Due>();
    expect(w2.items.map((i) => i.tagId)).toEqual([t.theirs]);
    expect(w2.items[0]!.state).toBe('overdue');
    expect((await get('lead', '/api/field/visits/due')).statusCode).toBe(403);
  });

  it('a visit arrives once, moves the tag’s clock, and an anomaly goes to the responsible department to sign for', async () => {
    interface VisitReceipt {
      outcome: string;
      visit: {
        id: string;
        version: number;
        signoff: { unitId: string; yellowAt: string; redAt: string } | null;
      };
    }
    const personOf = async (tagId: string) =>
      (
        await env.ownerDb
          .selectFrom('person_tag')
          .select('person_id')
          .where('id', '=', tagId)
          .executeTakeFirstOrThrow()
      ).person_id;
    const visitedAt = new Date(Date.now() - HOUR).toISOString();
    const body = {
      instanceId: 'uuid:test-visit-1',
      personId: await personOf(t.correction!),
      tagId: t.correction,
      mode: 'door',
      visitedAt,
      lon: at.lon,
      lat: at.lat,
      accuracyM: 12,
      checklist: { health: 'ok', mood: 'attention', safety: 'ok' },
      anomaly: true,
      anomalyNote: '近期情绪低落，拒绝参加公益活动',
    };
    const first = await post('w1', '/api/field/visits', body);
    expect(first.statusCode, first.body).toBe(200);
    const made = first.json<VisitReceipt>();
    expect(made.outcome).toBe('created');
    expect(made.visit.signoff).toMatchObject({ unitId: justice });
    expect(Date.parse(made.visit.signoff!.yellowAt) - Date.parse(visitedAt)).toBe(24 * HOUR);
    expect(Date.parse(made.visit.signoff!.redAt) - Date.parse(visitedAt)).toBe(48 * HOUR);
    const again = await post('w1', '/api/field/visits', body);
    expect(again.json<VisitReceipt>()).toMatchObject({ outcome: 'duplicate', visit: { id: made.visit.id } });
    const signoffs = await env.ownerDb
      .selectFrom('visit_signoff')
      .select('id')
      .where('visit_id', '=', made.visit.id)
      .execute();
    expect(signoffs).toHaveLength(1);

    // the visit clock moved: the overdue visit is no longer due
    const due = (await get('w1', '/api/field/visits/due')).json<Due>();
    expect(due.items.find((i) => i.tagId === t.correction)).toMatchObject({
      state: 'upcoming',
      reason: 'interval',
    });

    // an anomaly without a word, a tag of another person, a hidden P3 tag, another worker's person
    expect(
      (await post('w1', '/api/field/visits', { ...body, instanceId: 'uuid:test-visit-2', anomalyNote: null }))
        .statusCode,
    ).toBe(400);
    const wrongTag = await post('w1', '/api/field/visits', {
      ...body,
      instanceId: 'uuid:test-visit-3',
      tagId: t.elder,
    });
    expect(wrongTag.statusCode).toBe(400);
    const hidden = await post('w1', '/api/field/visits', {
      ...body,
      instanceId: 'uuid:test-visit-4',
      personId: await personOf(t.mental!),
      tagId: t.mental,
    });
    expect(hidden.statusCode).toBe(404);
    const foreign = await post('w2', '/api/field/visits', { ...body, instanceId: 'uuid:test-visit-5' });
    expect(foreign.statusCode).toBe(404);
    // a house call of the grid, not due by rule, is taken without a tag
    const plain = await post('w1', '/api/field/visits', {
      ...body,
      instanceId: 'uuid:test-visit-6',
      personId: await personOf(t.mental!),
      tagId: null,
      anomaly: false,
      anomalyNote: null,
    });
    expect(plain.json<VisitReceipt>()).toMatchObject({
      outcome: 'created',
      visit: { signoff: null, caseId: null },
    });
  });

  it('an anomaly with no department to sign for it opens a case, once, off the public feed', async () => {
    interface VisitReceipt {
      visit: { signoff: unknown; caseId: string | null };
    }
    // the demo's grid worker in one of their grids (a grid the map knows), an untagged resident there — not at
    // the centre of their first grid: this file's field world lays its own grids over that point (from `at`
    // eastwards), and once the map reloads them the spot lies in another community, outside the worker's scope
    const gw = await login(env.app, 'grid_worker');
    const mine = await env.ownerDb
      .selectFrom('grid_worker as gwk')
      .innerJoin('app_user as u', 'u.id', 'gwk.user_id')
      .select('gwk.grid_code')
      .where('u.username', '=', 'grid_worker')
      .orderBy('gwk.grid_code')
      .execute();
    const spots = await Promise.all(mine.map((m) => pointUnder(env.ownerDb, m.grid_code)));
    const clear = (p: { lon: number; lat: number }) =>
      Math.abs(p.lat - at.lat) > 0.001 || p.lon < at.lon - 0.001 || p.lon > at.lon + 0.005;
    const spot = spots.find(clear);
    if (!spot) throw new Error('every grid of the demo grid worker lies under the field world');
    const grid = await env.ownerDb
      .selectFrom('grid')
      .select(['code', 'community_code'])
      .where('code', '=', spot.gridCode)
      .executeTakeFirstOrThrow();
    const house = await newHouse(env.ownerDb, {
      streetCode: `${grid.community_code.slice(0, 9)}000`,
      communityCode: grid.community_code,
      gridCode: grid.code,
    });
    const person = await newPerson(env.ownerDb, env.pii, {
      streetCode: `${grid.community_code.slice(0, 9)}000`,
      communityCode: grid.community_code,
      gridCode: grid.code,
      houseId: house.id,
    });
    const body = {
      instanceId: 'uuid:test-visit-anomaly',
      personId: person.id,
      tagId: null,
      mode: 'door',
      visitedAt: new Date().toISOString(),
      lon: spot.lon,
      lat: spot.lat,
      accuracyM: 8,
      checklist: {},
      anomaly: true,
      anomalyNote: '独居老人家中燃气灶打不着火，有异味',
      uploadIds: [],
      baseUpdates: [],
    };
    const send = () =>
      env.app.inject({ method: 'POST', url: '/api/field/visits', payload: body, headers: gw.headers });
    const first = await send();
    expect(first.statusCode, first.body).toBe(200);
    const visit = first.json<VisitReceipt>().visit;
    expect(visit.signoff).toBeNull();
    expect(visit.caseId).toMatch(/^\d{16}$/);
    const c = await env.ownerDb
      .selectFrom('case')
      .select(['channel', 'description', 'keep_private'])
      .where('id', '=', visit.caseId!)
      .executeTakeFirstOrThrow();
    expect(c).toMatchObject({ channel: 'grid_patrol', keep_private: true });
    expect(c.description).toContain('燃气灶');
    // the phone sends it again: the same visit, the same case
    const again = await send();
    expect(again.json<VisitReceipt>().visit.caseId).toBe(visit.caseId);
    const { n } = await env.ownerDb
      .selectFrom('case')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('description', 'like', '%燃气灶打不着火%')
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(1);
  });
});
