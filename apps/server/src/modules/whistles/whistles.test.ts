import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { district, newPlace, newStaff, newUnit, type Place, type Staff } from '../../test/factories.ts';
import { insertAssignment } from '../timers/timers.fixtures.ts';
import { whistleApi, type WhistleDetail } from './whistles.fixtures.ts';

// Two streets of the test's own (test/factories.ts): `home`, whose lead blows the whistle, and `away`, the other
// street; two departments and an enterprise to summon; the district's desks.
let env: TestEnv;
let api: ReturnType<typeof whistleApi>;
let home: Place;
let away: Place;
let lead: Staff;
let lead2: Staff;
let supervisor: Staff;
let dispatcher: Staff;
let cgw: Staff;
let water: Staff;
let streetHandler: Staff;
let gridWorker: Staff;
let admin: Staff;
let units: { cgw: string; water: string; cgzf: string; binheOffice: string };
let binhePoint: { lon: number; lat: number };
let xingguPoint: { lon: number; lat: number };

beforeAll(async () => {
  env = await createTestEnv();
  api = whistleApi(env);
  const { governmentId } = await district(env.ownerDb);
  home = await newPlace(env);
  away = await newPlace(env);
  units = {
    cgw: await newUnit(env.ownerDb, { kind: 'department', name: '测试城管委' }),
    water: await newUnit(env.ownerDb, { kind: 'enterprise', name: '测试自来水公司' }),
    cgzf: await newUnit(env.ownerDb, { kind: 'department', name: '测试城管执法局' }),
    binheOffice: home.street.officeId,
  };
  [lead, lead2, supervisor, dispatcher, cgw, water, streetHandler, gridWorker, admin] = await Promise.all([
    newStaff(env, ['street_lead'], home.street.officeId),
    newStaff(env, ['street_lead'], away.street.officeId),
    newStaff(env, ['supervisor'], governmentId),
    newStaff(env, ['dispatcher'], governmentId),
    newStaff(env, ['handler'], units.cgw, { name: '周测试' }),
    newStaff(env, ['handler'], units.water),
    newStaff(env, ['handler'], home.street.officeId),
    newStaff(env, ['grid_worker'], home.community.unitId, { gridCodes: [home.gridCode] }),
    newStaff(env, ['admin'], governmentId),
  ]);
  binhePoint = home.point;
  xingguPoint = away.point;
});
afterAll(async () => env.close());

const body = (over: object = {}) => ({
  title: '金谷东园小区地下室违建，多部门联合执法',
  description: '居民反映地下室被改建为群租房，存在消防隐患。',
  kind: 'joint_enforcement',
  address: '金谷东园 3 号楼',
  unitIds: [units.cgw, units.water],
  ...over,
});

async function openOne(s: Session = lead, over: object = {}): Promise<WhistleDetail> {
  const res = await api.open(s, body(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<WhistleDetail>();
}

describe('POST /api/whistles — refusals first', () => {
  it('401 without a session, 403 without the CSRF token, 403 for roles that do not blow', async () => {
    expect((await api.open(null, body())).statusCode).toBe(401);
    expect((await api.list(null)).statusCode).toBe(401);
    const noCsrf = await env.app.inject({
      method: 'POST',
      url: '/api/whistles',
      headers: { cookie: lead.cookie },
      payload: body(),
    });
    expect(noCsrf.statusCode).toBe(403);
    for (const s of [cgw, supervisor, dispatcher, streetHandler, gridWorker]) {
      const res = await api.open(s, body());
      expect(res.statusCode).toBe(403);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('FORBIDDEN');
    }
    expect(await env.ownerDb.selectFrom('whistle').select('id').execute()).toHaveLength(0);
  });

  it('400 for malformed bodies, and nothing is written', async () => {
    const bad = [
      body({ unitIds: [] }),
      body({ kind: 'party' }),
      body({ title: '' }),
      body({ lon: binhePoint.lon }),
      body({ reportInMinutes: 2 }),
      body({ reportInMinutes: 30.5 }),
      body({ unitIds: [units.cgw, units.cgw] }),
      body({ unitIds: ['00000000-0000-4000-8000-000000000000'] }),
      // the street cannot summon itself
      body({ unitIds: [units.binheOffice] }),
      // a place in another street
      body({ ...xingguPoint }),
      body({ caseId: '123' }),
    ];
    for (const b of bad) {
      const res = await api.open(lead, b);
      expect(res.statusCode, JSON.stringify(b)).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await env.ownerDb.selectFrom('whistle').select('id').execute()).toHaveLength(0);
    expect(
      await env.ownerDb.selectFrom('audit_log').select('id').where('entity', '=', 'whistle').execute(),
    ).toEqual([]);
  });
});

describe('whistle jurisdiction', () => {
  it("兴谷's lead cannot see, report in to or act on 滨河's whistle (404), nor link 滨河's case", async () => {
    const w = await openOne();
    expect((await api.get(lead2, w.id)).statusCode).toBe(404);
    expect((await api.action(lead2, w.id, { actionRecord: '到场' })).statusCode).toBe(404);
    expect(
      (
        await api.rate(lead2, w.id, {
          ratings: [{ unitId: units.cgw, punctuality: 5, cooperation: 5, effect: 5 }],
        })
      ).statusCode,
    ).toBe(404);
    expect((await api.close(lead2, w.id, { outcome: '已处置' })).statusCode).toBe(404);
    expect((await api.reportIn(lead2, w.id)).statusCode).toBe(404);
    const list = (await api.list(lead2)).json<{ items: { id: string }[] }>();
    expect(list.items.map((i) => i.id)).not.toContain(w.id);
    // a grid worker of one of the street's communities has no reading role; an unsummoned unit is outside
    expect((await api.get(gridWorker, w.id)).statusCode).toBe(404);
    const other = await openOne(lead, { unitIds: [units.cgzf] });
    expect((await api.get(water, other.id)).statusCode).toBe(404);
    expect((await api.reportIn(water, other.id)).statusCode).toBe(404);
    expect((await api.list(water)).json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(
      other.id,
    );
    const { caseId } = await insertAssignment(env.ownerDb, { unitId: units.binheOffice });
    expect((await api.open(lead2, body({ caseId }))).statusCode).toBe(404);
    // a summoned unit's user, the district's supervisor and dispatcher read it
    for (const s of [cgw, water, supervisor, dispatcher, streetHandler]) {
      expect((await api.get(s, w.id)).statusCode).toBe(200);
    }
  });
});

describe('a whistle from blowing to closing', () => {
  it('summons units at once, takes their report-ins with GPS, records the action, rates each unit, closes', async () => {
    const { caseId } = await insertAssignment(env.ownerDb, { unitId: units.binheOffice });
    const before = await env.ownerDb.selectFrom('notification').select('id').execute();
    const w = await openOne(lead, { caseId, ...binhePoint, reportInMinutes: 45 });
    expect(w).toMatchObject({
      status: 'open',
      caseId,
      reportInMinutes: 45,
      street: { code: home.street.code },
    });
    expect(w.gridCode).toBe(home.gridCode);
    expect(Date.parse(w.reportDueAt) - Date.now()).toBeGreaterThan(44 * 60_000);
    expect(w.summons.map((s) => s.status)).toEqual(['summoned', 'summoned']);

    // each summoned unit is notified, linked to the whistle
    const notes = await env.ownerDb
      .selectFrom('notification')
      .select(['unit_id', 'kind', 'whistle_id', 'params'])
      .where('id', 'not in', before.length ? before.map((b) => b.id) : ['0'])
      .where('whistle_id', '=', w.id)
      .execute();
    expect(notes.map((n) => n.unit_id).sort()).toEqual([units.cgw, units.water].sort());
    expect(notes.every((n) => n.kind === 'whistle' && n.params.whistleTitle === w.title)).toBe(true);
    const inbox = await env.app.inject({ method: 'GET', url: '/api/notifications', headers: cgw.headers });
    const first = inbox.json<{ items: { whistleId?: string; title: string }[] }>().items[0];
    expect(first?.whistleId).toBe(w.id);
    expect(first?.title.startsWith('【吹哨】')).toBe(true);
    // the linked case's timeline says so (not to the resident)
    const caseEvent = await env.ownerDb
      .selectFrom('case_event')
      .select(['action', 'public'])
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(caseEvent).toEqual({ action: 'whistle', public: false });

    // not yet settled: no rating, no closing
    expect((await api.close(lead, w.id, { outcome: '已处置' })).statusCode).toBe(409);
    const early = await api.rate(lead, w.id, {
      ratings: [{ unitId: units.cgw, punctuality: 5, cooperation: 5, effect: 5 }],
    });
    expect(early.statusCode).toBe(400);

    // the street lead is not summoned: it cannot report in
    expect((await api.reportIn(lead, w.id)).statusCode).toBe(403);
    const r1 = await api.reportIn(cgw, w.id, { ...binhePoint, accuracy: 12.4, note: '执法队员 3 人到场' });
    expect(r1.statusCode, r1.body).toBe(200);
    const d1 = r1.json<WhistleDetail>();
    const mine = d1.summons.find((s) => s.unit.id === units.cgw)!;
    expect(mine).toMatchObject({
      status: 'reported',
      late: false,
      reportedBy: '周测试',
      reportLon: binhePoint.lon,
    });
    expect(d1.status).toBe('open');
    expect(d1.can.reportIn).toBe(false);
    expect((await api.reportIn(cgw, w.id)).statusCode).toBe(409);

    const r2 = await api.reportIn(water, w.id, {});
    expect(r2.json<WhistleDetail>().status).toBe('acting');
    const street = await env.ownerDb
      .selectFrom('notification')
      .select('kind')
      .where('whistle_id', '=', w.id)
      .where('unit_id', '=', units.binheOffice)
      .execute();
    expect(street.map((n) => n.kind)).toEqual(['whistle_report_in', 'whistle_report_in']);

    // only the street manages
    expect((await api.action(cgw, w.id, { actionRecord: '拆除' })).statusCode).toBe(403);
    expect((await api.action(lead, w.id, {})).statusCode).toBe(400);
    const a = await api.action(lead, w.id, { actionRecord: '城管委、自来水公司到场，拆除隔断 12 处。' });
    expect(a.json<WhistleDetail>().actionRecord).toContain('拆除隔断');

    // ratings: 1–5 whole numbers, summoned units only
    const badRatings = [
      { ratings: [{ unitId: units.cgw, punctuality: 6, cooperation: 5, effect: 5 }] },
      { ratings: [{ unitId: units.cgw, punctuality: 0, cooperation: 5, effect: 5 }] },
      { ratings: [{ unitId: units.cgw, punctuality: 4.5, cooperation: 5, effect: 5 }] },
      { ratings: [{ unitId: units.cgw, punctuality: 5, cooperation: 5 }] },
      { ratings: [] },
      { ratings: [{ unitId: units.cgzf, punctuality: 5, cooperation: 5, effect: 5 }] },
    ];
    for (const b of badRatings)
      expect((await api.rate(lead, w.id, b)).statusCode, JSON.stringify(b)).toBe(400);
    expect(
      (
        await api.rate(cgw, w.id, {
          ratings: [{ unitId: units.cgw, punctuality: 5, cooperation: 5, effect: 5 }],
        })
      ).statusCode,
    ).toBe(403);

    const rated = await api.rate(lead, w.id, {
      ratings: [{ unitId: units.cgw, punctuality: 5, cooperation: 4, effect: 5, comment: '响应迅速' }],
    });
    expect(rated.statusCode).toBe(200);
    // one unit still unrated, no outcome yet
    expect(rated.json<WhistleDetail>().can.close).toBe(false);
    const early2 = await api.close(lead, w.id, { outcome: '隔断全部拆除' });
    expect(early2.statusCode).toBe(409);
    // re-rating replaces the earlier score
    await api.rate(lead, w.id, {
      ratings: [
        { unitId: units.cgw, punctuality: 4, cooperation: 4, effect: 5 },
        { unitId: units.water, punctuality: 3, cooperation: 4, effect: 4 },
      ],
    });
    const closed = await api.close(lead, w.id, { outcome: '隔断全部拆除，群租人员已清退。' });
    expect(closed.statusCode, closed.body).toBe(200);
    const done = closed.json<WhistleDetail>();
    expect(done.status).toBe('closed');
    expect(done.summons.map((s) => s.rating)).toEqual([
      expect.objectContaining({ punctuality: 4, cooperation: 4, effect: 5 }),
      expect.objectContaining({ punctuality: 3, cooperation: 4, effect: 4 }),
    ]);
    expect(done.events.map((e) => e.action)).toEqual([
      'open',
      'report_in',
      'report_in',
      'action',
      'rate',
      'rate',
      'close',
    ]);
    expect(done.events.map((e) => e.noteKey)).toEqual([
      'whistle_open',
      'whistle_report_in',
      'whistle_report_in',
      expect.stringMatching(/^whistle_action_/),
      'whistle_rated',
      'whistle_rated',
      'whistle_closed',
    ]);
    expect(done.events.at(-1)).toMatchObject({
      bySystem: false,
      noteParams: { outcome: '隔断全部拆除，群租人员已清退。' },
      note: '结束吹哨：隔断全部拆除，群租人员已清退。',
    });
    // closed: nothing more
    expect((await api.action(lead, w.id, { outcome: '再记一笔' })).statusCode).toBe(409);
    expect((await api.void(lead, w.id, { reason: '误操作' })).statusCode).toBe(409);

    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('entity', '=', 'whistle')
      .where('entity_id', '=', w.id)
      .orderBy('id')
      .execute();
    expect(audit.map((r) => `${r.action}:${r.actor_username}`)).toEqual([
      `create:${lead.username}`,
      `update:${cgw.username}`,
      `update:${water.username}`,
      `update:${lead.username}`,
      `update:${lead.username}`,
      `update:${lead.username}`,
      `update:${lead.username}`,
    ]);
  });

  it('the same Idempotency-Key opens one whistle; the supervisor lists it among the active ones', async () => {
    const headers = { ...lead.headers, 'idempotency-key': 'whistle-test-key-1' };
    const a = await env.app.inject({ method: 'POST', url: '/api/whistles', headers, payload: body() });
    const b = await env.app.inject({ method: 'POST', url: '/api/whistles', headers, payload: body() });
    expect(a.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json<WhistleDetail>().id).toBe(a.json<WhistleDetail>().id);
    const active = (await api.list(supervisor, '?status=active&pageSize=100')).json<{
      items: { id: string; status: string; counts: { summoned: number } }[];
    }>();
    expect(active.items.filter((i) => i.id === a.json<WhistleDetail>().id)).toHaveLength(1);
    expect(active.items.every((i) => i.status === 'open' || i.status === 'acting')).toBe(true);
  });

  it('a district admin names the street; the default deadline comes from the setting', async () => {
    expect((await api.open(admin, body())).statusCode).toBe(400);
    await env.ownerDb
      .insertInto('setting')
      .values({ key: 'whistle_report_in_minutes', value: JSON.stringify(20) })
      .execute();
    const w = (await api.open(admin, body({ streetCode: away.street.code }))).json<WhistleDetail>();
    expect(w).toMatchObject({ reportInMinutes: 20, street: { code: away.street.code } });
    expect((await api.get(lead2, w.id)).statusCode).toBe(200);
    expect((await api.get(lead, w.id)).statusCode).toBe(404);
    // a street lead cannot blow for another street
    expect((await api.open(lead, body({ streetCode: away.street.code }))).statusCode).toBe(400);
    const voided = await api.void(lead2, w.id, { reason: '重复吹哨' });
    expect(voided.json<WhistleDetail>().status).toBe('void');
    const counted = await env.ownerDb
      .selectFrom('whistle_summon')
      .select('counted')
      .where('whistle_id', '=', w.id)
      .execute();
    expect(counted.every((c) => !c.counted)).toBe(true);
  });
});
