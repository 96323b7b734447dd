import { districtOf } from '@onegrid/domain';
import type { TagType } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newGrid, newRegion, newUnit, newUser, pointUnder } from '../../test/factories.ts';
import { newPerson, newTag } from '../../test/basedata-factories.ts';

/*
 * The street's and the community's field-work view (issue 11). Every place, user and record is made here: a street
 * with two communities (three grids, one without a worker) and another street with one grid.
 */
let env: TestEnv;
const s: Record<string, Session & { userId: string }> = {};
const g = { one: '', two: '', three: '', far: '' };
const DAY = 86_400_000;
const HOUR = 3_600_000;
let street = '';
let c1 = '';
let otherStreet = '';

interface Overview {
  staffing: { grids: number; staffed: number; workers: number };
  coverage: { grids: number; covered: number };
  patrols: { count: number; workers: number; distanceM: number; checkins: number };
  quickFixes: number;
  visits: {
    byTag: { tag: string; class: string; overdue: number; due: number; upcoming: number; done: number }[];
    total: { overdue: number; due: number; upcoming: number; done: number };
  };
  signoffs: Record<string, number>;
  tasks: Record<string, number>;
  mediation: { total: number; byStatus: Record<string, number> };
}
interface GridRow {
  code: string;
  workers: { id: string; name: string }[];
  patrols: number;
  visitsOverdue: number;
  tasksOpen: number;
  tasksOverdue: number;
  quickFixes: number;
}
interface WorkerLog {
  grids: { code: string }[];
  patrols: { id: string }[];
  quickFixes: { id: string }[];
  visits: { tag: string | null; class: string; anomaly: boolean; signoff: string | null }[];
  tasks: { status: string; overdue: boolean }[];
  visitsDue: { overdue: number; due: number; upcoming: number };
}

async function get(who: string | null, url: string) {
  return env.app.inject({ method: 'GET', url, headers: who ? s[who]!.headers : {} });
}

beforeAll(async () => {
  env = await createTestEnv();
  const o = env.ownerDb;
  const st = await newRegion(o, { level: 'street', name: '视图测试街道' });
  street = st.code;
  c1 = (await newRegion(o, { parentCode: street, level: 'community', name: '视图一社区' })).code;
  const c2 = (await newRegion(o, { parentCode: street, level: 'community', name: '视图二社区' })).code;
  const other = await newRegion(o, { level: 'street', name: '视图另一街道' });
  otherStreet = other.code;
  const oc = (await newRegion(o, { parentCode: other.code, level: 'community' })).code;
  const at = await pointUnder(o, '110117001');
  const near = (dx: number) => ({ lon: at.lon + dx, lat: at.lat });
  g.one = await newGrid(o, { communityCode: c1, at: near(0) });
  g.two = await newGrid(o, { communityCode: c1, at: near(0.002) });
  g.three = await newGrid(o, { communityCode: c2, at: near(0.004) });
  g.far = await newGrid(o, { communityCode: oc, at: near(0.006) });
  const office = await newUnit(o, { kind: 'street_office', jurisdictionCode: street });
  const committee1 = await newUnit(o, { kind: 'community', jurisdictionCode: c1 });
  const committee2 = await newUnit(o, { kind: 'community', jurisdictionCode: c2 });
  const otherOffice = await newUnit(o, { kind: 'street_office', jurisdictionCode: other.code });
  const otherCommittee = await newUnit(o, { kind: 'community', jurisdictionCode: oc });
  const justice = await newUnit(o, { kind: 'department', name: '视图测试司法所' });
  const civil = await newUnit(o, { kind: 'department', name: '视图测试民政所' });
  const user = async (key: string, roles: Parameters<typeof newUser>[1]['roles'], unitId: string) => {
    const u = await newUser(env, { username: `fv_${key.toLowerCase()}`, roles, unitId });
    s[key] = u;
  };
  await user('lead', ['street_lead'], office);
  await user('community', ['street_lead'], committee1);
  await user('otherLead', ['street_lead'], otherOffice);
  await user('w1', ['grid_worker'], committee1);
  await user('w3', ['grid_worker'], committee2);
  await user('wfar', ['grid_worker'], otherCommittee);
  await user('justice', ['handler'], justice);
  s.operator = await login(env.app, 'operator');
  const w1 = s.w1!.userId;
  const w3 = s.w3!.userId;
  await o
    .insertInto('grid_worker')
    .values([
      { grid_code: g.one, user_id: w1 },
      { grid_code: g.three, user_id: w3 },
      { grid_code: g.far, user_id: s.wfar!.userId },
    ])
    .execute();
  const now = Date.now();
  // "today" is Shanghai's day: what happened today happened seconds ago, so a run just after midnight there still
  // finds it today (hours ago would be yesterday between 00:00 and 02:00)
  const SEC = 1000;
  const placeOf = (grid: string, community: string, st2 = street) => ({
    grid_code: grid,
    community_code: community,
    street_code: st2,
  });
  // patrols: w1 today (with a check-in), w3 ten days ago (outside this week), the other street's worker today
  const [p1] = await o
    .insertInto('patrol')
    .values([
      {
        worker_id: w1,
        ...placeOf(g.one, c1),
        started_at: new Date(now - 4 * SEC),
        ended_at: new Date(now - 2 * SEC),
        tracking: true,
        distance_m: 500,
      },
      {
        worker_id: w3,
        ...placeOf(g.three, c2),
        started_at: new Date(now - 10 * DAY),
        ended_at: new Date(now - 10 * DAY + HOUR),
        tracking: false,
      },
      {
        worker_id: s.wfar!.userId,
        ...placeOf(g.far, oc, otherStreet),
        started_at: new Date(now - 4 * SEC),
        ended_at: new Date(now - 2 * SEC),
        tracking: false,
      },
    ])
    .returning('id')
    .execute();
  await o
    .insertInto('patrol_checkin')
    .values({ patrol_id: p1!.id, district_code: districtOf(street), at: new Date(now - 3 * SEC) })
    .execute();
  await o
    .insertInto('quick_fix')
    .values({
      patrol_id: p1!.id,
      worker_id: w1,
      description: '楼道杂物已清理',
      settled_at: new Date(now - 2.5 * SEC),
      ...placeOf(g.one, c1),
    })
    .execute();
  // tags of w1's grid: a high-risk elder visited 10 days ago (weekly: overdue), a key elder visited today
  // (monthly: upcoming, and a visit done), 社区矫正 严管 visited 10 days ago (P3: overdue, counted only by whom sees it)
  const place = { streetCode: street, communityCode: c1, gridCode: g.one };
  const tag = async (t: Parameters<typeof newTag>[2], lastAgo: number) => {
    const person = await newPerson(o, env.pii, place);
    const id = await newTag(o, person.id, { assignedUserId: w1, ...t });
    await o
      .updateTable('person_tag')
      .set({ last_visit_at: new Date(now - lastAgo) })
      .where('id', '=', id)
      .execute();
    return { id, person: person.id };
  };
  await tag({ tag: 'elderly_alone', level: 'high_risk', responsibleUnitId: civil }, 10 * DAY);
  const key = await tag({ tag: 'elderly_alone', level: 'key', responsibleUnitId: civil }, SEC);
  const correction = await tag(
    { tag: 'community_correction', level: 'strict', responsibleUnitId: justice },
    10 * DAY,
  );
  const visit = async (t: { id: string; person: string }, tagType: TagType, anomaly: boolean, ago: number) =>
    (
      await o
        .insertInto('visit')
        .values({
          person_id: t.person,
          tag_id: t.id,
          tag: tagType,
          worker_id: w1,
          mode: 'door',
          visited_at: new Date(now - ago),
          anomaly,
          anomaly_note: anomaly ? '需跟进' : null,
          checklist: '{}',
          ...placeOf(g.one, c1),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const v1 = await visit(key, 'elderly_alone', true, SEC);
  await visit(correction, 'community_correction', false, 10 * DAY);
  await o
    .insertInto('visit_signoff')
    .values({
      visit_id: v1,
      district_code: districtOf(street),
      unit_id: civil,
      yellow_at: new Date(now + 23 * HOUR),
      red_at: new Date(now + 47 * HOUR),
    })
    .execute();
  // tasks: w1 one overdue and one done; w3 one accepted
  const task = (to: string, grid: string, community: string, status: string, dueIn: number) => ({
    kind: 'inspect' as const,
    title: '测试任务',
    assigned_to: to,
    assigned_by: s.lead!.userId,
    due_at: new Date(now + dueIn),
    status: status as 'assigned',
    ...placeOf(grid, community),
  });
  await o
    .insertInto('field_task')
    .values([
      task(w1, g.one, c1, 'assigned', -HOUR),
      task(w1, g.one, c1, 'done', DAY),
      task(w3, g.three, c2, 'accepted', DAY),
    ])
    .execute();
  await o
    .insertInto('mediation_file')
    .values({
      file_no: `（2026）视图一人调字第1号-${street}`,
      year: 2026,
      seq: 1,
      committee_unit_id: committee1,
      source: 'walk_in',
      dispute_type: 'neighbour',
      summary: '测试纠纷',
      status: 'mediating',
      street_code: street,
      community_code: c1,
      region_path: (
        await o.selectFrom('region').select('path').where('code', '=', c1).executeTakeFirstOrThrow()
      ).path,
      created_by: w1,
    })
    .execute();
}, 240_000);

afterAll(async () => {
  await env?.close();
});

describe('GET /api/fieldview/overview', () => {
  it('401 without a session, 403 for roles that do not lead a territory, 400 for a bad period', async () => {
    expect((await get(null, '/api/fieldview/overview')).statusCode).toBe(401);
    for (const who of ['operator', 'justice', 'w1'])
      expect((await get(who, '/api/fieldview/overview')).statusCode, who).toBe(403);
    expect((await get('lead', '/api/fieldview/overview?period=month')).statusCode).toBe(400);
  });

  it('the street: staffing, coverage, patrols, quick fixes, visits by tag without P3, sign-offs, tasks, mediation', async () => {
    const r = await get('lead', '/api/fieldview/overview?period=today');
    expect(r.statusCode).toBe(200);
    const o = r.json<Overview>();
    expect(o.staffing).toEqual({ grids: 3, staffed: 2, workers: 2 });
    expect(o.coverage).toEqual({ grids: 3, covered: 1 });
    expect(o.patrols).toEqual({ count: 1, workers: 1, distanceM: 500, checkins: 1 });
    expect(o.quickFixes).toBe(1);
    // the street lead does not see 社区矫正 (P3): neither a row nor in the total
    expect(o.visits.byTag).toEqual([
      { tag: 'elderly_alone', class: 'P2', overdue: 1, due: 0, upcoming: 1, done: 1 },
    ]);
    expect(o.visits.total).toEqual({ overdue: 1, due: 0, upcoming: 1, done: 1 });
    expect(o.signoffs).toEqual({ pending: 1, yellow: 0, red: 0, signed: 0, replied: 0 });
    expect(o.tasks).toEqual({ assigned: 1, accepted: 1, done: 1, cancelled: 0, overdue: 1 });
    expect(o.mediation).toEqual({ total: 1, byStatus: { mediating: 1 } });
  });

  it('this week: the patrol ten days ago still does not count', async () => {
    const o = (await get('lead', '/api/fieldview/overview?period=week')).json<Overview>();
    expect(o.coverage.covered).toBe(1);
  });

  it('the community sees its own grids only, and not the street', async () => {
    const o = (await get('community', '/api/fieldview/overview')).json<Overview>();
    expect(o.staffing).toEqual({ grids: 2, staffed: 1, workers: 1 });
    expect(o.tasks).toMatchObject({ assigned: 1, accepted: 0, done: 1 });
    expect((await get('community', `/api/fieldview/overview?scope=${street}`)).statusCode).toBe(404);
  });

  it('another street sees its own street, never this one', async () => {
    const o = (await get('otherLead', '/api/fieldview/overview')).json<Overview>();
    expect(o.staffing).toEqual({ grids: 1, staffed: 1, workers: 1 });
    expect(o.coverage.covered).toBe(1);
    expect(o.mediation.total).toBe(0);
    expect((await get('otherLead', `/api/fieldview/overview?scope=${street}`)).statusCode).toBe(404);
    expect((await get('otherLead', `/api/fieldview/overview?scope=${c1}`)).statusCode).toBe(404);
  });
});

describe('GET /api/fieldview/grids', () => {
  it('403 for a grid worker; every grid of the street with its worker, patrols, overdue visits and tasks', async () => {
    expect((await get('w1', '/api/fieldview/grids')).statusCode).toBe(403);
    const r = await get('lead', '/api/fieldview/grids');
    expect(r.statusCode).toBe(200);
    const items = r.json<{ items: GridRow[] }>().items;
    expect(items.map((i) => i.code).sort()).toEqual([g.one, g.two, g.three].sort());
    const one = items.find((i) => i.code === g.one)!;
    expect(one.workers.map((w) => w.id)).toEqual([s.w1!.userId]);
    // the P3 tag's overdue visit is not counted for the street lead
    expect(one).toMatchObject({ patrols: 1, quickFixes: 1, visitsOverdue: 1, tasksOpen: 1, tasksOverdue: 1 });
    expect(items.find((i) => i.code === g.two)!.workers).toEqual([]);
  });
});

describe('GET /api/fieldview/workers/:id', () => {
  it('the lead over the worker reads the log without P3 visits; the worker reads their own with them', async () => {
    const lead = await get('lead', `/api/fieldview/workers/${s.w1!.userId}`);
    expect(lead.statusCode).toBe(200);
    const log = lead.json<WorkerLog>();
    expect(log.grids.map((x) => x.code)).toEqual([g.one]);
    expect(log.patrols).toHaveLength(1);
    expect(log.quickFixes).toHaveLength(1);
    expect(log.visits.map((v) => v.class)).toEqual(['P2']);
    expect(log.visits[0]).toMatchObject({ anomaly: true, signoff: 'pending' });
    expect(log.tasks.filter((t) => t.overdue)).toHaveLength(1);
    expect(log.visitsDue).toEqual({ overdue: 1, due: 0, upcoming: 1 });
    const own = (await get('w1', `/api/fieldview/workers/${s.w1!.userId}`)).json<WorkerLog>();
    expect(own.visits.map((v) => v.class).sort()).toEqual(['P2', 'P3']);
    expect(own.visitsDue.overdue).toBe(2);
  });

  it('another street: not found; a fellow worker: forbidden; not a worker: not found', async () => {
    expect((await get('otherLead', `/api/fieldview/workers/${s.w1!.userId}`)).statusCode).toBe(404);
    expect((await get('w3', `/api/fieldview/workers/${s.w1!.userId}`)).statusCode).toBe(403);
    expect((await get('lead', `/api/fieldview/workers/${s.lead!.userId}`)).statusCode).toBe(404);
    expect((await get('lead', '/api/fieldview/workers/not-a-uuid')).statusCode).toBe(400);
  });
});
