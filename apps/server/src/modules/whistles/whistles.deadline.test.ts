import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { district, newPlace, newStaff, newUnit } from '../../test/factories.ts';
import { waitFor } from '../../test/wait.ts';
import { BOSS_SCHEMA } from '../timers/timers.pgboss.ts';
import { fireWhistleDeadline, type DeadlineOutcome } from './whistles.deadline.ts';
import { whistleApi, type WhistleDetail } from './whistles.fixtures.ts';
import { WHISTLE_QUEUE, whistleJobKey } from './whistles.jobs.ts';

const outcomes: DeadlineOutcome[] = [];
let env: TestEnv;
let api: ReturnType<typeof whistleApi>;
let lead: Session;
let lead2: Session;
let supervisor: Session;
let cgw: Session;
let water: Session;
let units: { cgw: string; water: string; cgzf: string; binheOffice: string };
let started: string;

beforeAll(async () => {
  env = await createTestEnv({
    timers: { whistleWorker: { pollingIntervalSeconds: 0.5, onHandled: (_job, o) => outcomes.push(o) } },
  });
  api = whistleApi(env);
  // Two streets (滨河's part, 兴谷's part), two departments and an enterprise, and the accounts, of the test's own.
  const { governmentId } = await district(env.ownerDb);
  const home = await newPlace(env);
  const away = await newPlace(env);
  units = {
    cgw: await newUnit(env.ownerDb, { kind: 'department', name: '测试城管委' }),
    water: await newUnit(env.ownerDb, { kind: 'enterprise', name: '测试自来水公司' }),
    cgzf: await newUnit(env.ownerDb, { kind: 'department', name: '测试城管执法局' }),
    binheOffice: home.street.officeId,
  };
  [lead, lead2, supervisor, cgw, water] = await Promise.all([
    newStaff(env, ['street_lead'], home.street.officeId),
    newStaff(env, ['street_lead'], away.street.officeId),
    newStaff(env, ['supervisor'], governmentId),
    newStaff(env, ['handler'], units.cgw),
    newStaff(env, ['handler'], units.water),
  ]);
  started = new Date(Date.now() - 1000).toISOString();
});
afterAll(async () => env.close());

async function open(
  s: Session,
  unitIds: string[],
  title = '河道垃圾堆积，需水务与城管联合清理',
): Promise<WhistleDetail> {
  const res = await api.open(s, { title, kind: 'difficult', unitIds });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<WhistleDetail>();
}

async function jobsOf(whistleId: string) {
  const { rows } = await sql<{ state: string; start_after: Date }>`
    SELECT state::text AS state, start_after FROM ${sql.table(`${BOSS_SCHEMA}.job`)}
    WHERE name = ${WHISTLE_QUEUE} AND singleton_key = ${whistleJobKey(whistleId)}`.execute(env.ownerDb);
  return rows;
}

/** Time moves on: the deadline (and the job waiting for it) comes in `ms`. */
async function deadlineIn(whistleId: string, ms: number): Promise<void> {
  const at = new Date(Date.now() + ms);
  await env.ownerDb.updateTable('whistle').set({ report_due_at: at }).where('id', '=', whistleId).execute();
  await env.ownerDb
    .updateTable('whistle_summon')
    .set({ due_at: at })
    .where('whistle_id', '=', whistleId)
    .execute();
  await sql`UPDATE ${sql.table(`${BOSS_SCHEMA}.job`)} SET start_after = ${at}
    WHERE name = ${WHISTLE_QUEUE} AND singleton_key = ${whistleJobKey(whistleId)}`.execute(env.ownerDb);
}

async function settledDeadline(whistleId: string) {
  return waitFor(async () => {
    const w = await env.ownerDb
      .selectFrom('whistle')
      .select(['deadline_checked_at', 'status'])
      .where('id', '=', whistleId)
      .executeTakeFirstOrThrow();
    return w.deadline_checked_at ? w : undefined;
  });
}

let w1: WhistleDetail;

describe('the report-in deadline job', () => {
  it('is one job per whistle at its deadline, inserted with the whistle', async () => {
    w1 = await open(lead, [units.cgw, units.water, units.cgzf]);
    const jobs = await jobsOf(w1.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.state).toBe('created');
    expect(new Date(jobs[0]!.start_after).toISOString()).toBe(w1.reportDueAt);
  });

  it('marks units not there at the deadline missing; a unit reporting after it is late; it fires once', async () => {
    // 城管委 is on site in time
    expect((await api.reportIn(cgw, w1.id)).statusCode).toBe(200);
    await deadlineIn(w1.id, 1200);
    const w = await settledDeadline(w1.id);
    expect(w.status).toBe('acting');
    let d = (await api.get(lead, w1.id)).json<WhistleDetail>();
    const byUnit = (x: WhistleDetail) => Object.fromEntries(x.summons.map((s) => [s.unit.id, s.status]));
    expect(byUnit(d)).toEqual({ [units.cgw]: 'reported', [units.water]: 'missing', [units.cgzf]: 'missing' });
    const missingNotes = await env.ownerDb
      .selectFrom('notification')
      .select(['unit_id', 'kind'])
      .where('whistle_id', '=', w1.id)
      .where('kind', 'in', ['whistle_missing', 'whistle_missing_summary'])
      .execute();
    expect(missingNotes.map((n) => n.unit_id).sort()).toEqual(
      [units.water, units.cgzf, units.binheOffice].sort(),
    );

    // 自来水公司 arrives after the deadline: late, recorded at report time
    const late = await api.reportIn(water, w1.id, { note: '抢修车辆堵在路上' });
    expect(late.statusCode).toBe(200);
    d = late.json<WhistleDetail>();
    expect(d.summons.find((s) => s.unit.id === units.water)).toMatchObject({ status: 'late', late: true });
    expect((await api.reportIn(water, w1.id)).statusCode).toBe(409);

    // a second delivery of the job (or a second process) changes nothing
    expect(await fireWhistleDeadline(env.db, w1.id)).toBe('duplicate');
    const events = await env.ownerDb
      .selectFrom('whistle_event')
      .select('action')
      .where('whistle_id', '=', w1.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'open',
      'report_in',
      'deadline',
      'missing',
      'missing',
      'report_in_late',
    ]);
    expect(outcomes.filter((o) => o === 'fired')).toHaveLength(1);
    // The timeline's notes are keys with parameters; the deadline's rows are the system's, named by the page.
    const timeline = (await api.get(lead, w1.id)).json<WhistleDetail>().events;
    const deadline = timeline.find((e) => e.action === 'deadline')!;
    expect(deadline).toMatchObject({ bySystem: true, actorName: null, noteKey: 'whistle_deadline_missing' });
    expect(String(deadline.noteParams?.units).split('\n')).toHaveLength(2);
    expect(timeline.filter((e) => e.action === 'missing').map((e) => [e.bySystem, e.noteKey])).toEqual([
      [true, 'whistle_missing'],
      [true, 'whistle_missing'],
    ]);
    expect(timeline.find((e) => e.action === 'report_in_late')).toMatchObject({
      bySystem: false,
      noteKey: 'whistle_report_in_late',
      noteParams: { remark: '抢修车辆堵在路上' },
    });
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select('actor_id')
      .where('entity', '=', 'whistle')
      .where('entity_id', '=', w1.id)
      .where('actor_id', 'is', null)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('does nothing for a whistle closed or voided before its deadline', async () => {
    const w = await open(lead, [units.cgw]);
    await api.void(lead, w.id, { reason: '误吹哨' });
    expect(await fireWhistleDeadline(env.db, w.id)).toBe('inactive');
    const summons = await env.ownerDb
      .selectFrom('whistle_summon')
      .select('status')
      .where('whistle_id', '=', w.id)
      .execute();
    expect(summons.map((s) => s.status)).toEqual(['summoned']);
  });
});

describe('GET /api/whistles/stats', () => {
  it('401 without a session, 403 for a summoned unit, 400 for a reversed range', async () => {
    expect((await api.stats(null)).statusCode).toBe(401);
    expect((await api.stats(cgw)).statusCode).toBe(403);
    const res = await api.stats(supervisor, `?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z`);
    expect(res.statusCode).toBe(400);
    expect((await api.stats(supervisor, '?from=yesterday')).statusCode).toBe(400);
  });

  it('per department: report-in rate and on-time rate, computed by hand', async () => {
    // w1 (滨河): 城管委 on time, 自来水 late, 执法局 missing — rate them.
    await api.rate(lead, w1.id, {
      ratings: [
        { unitId: units.cgw, punctuality: 5, cooperation: 4, effect: 5 },
        { unitId: units.water, punctuality: 2, cooperation: 3, effect: 4 },
        { unitId: units.cgzf, punctuality: 1, cooperation: 1, effect: 1 },
      ],
    });
    // w2 (滨河): both on time.
    const w2 = await open(lead, [units.cgw, units.water]);
    await api.reportIn(cgw, w2.id);
    await api.reportIn(water, w2.id);
    await api.rate(lead, w2.id, {
      ratings: [{ unitId: units.cgw, punctuality: 4, cooperation: 4, effect: 3 }],
    });
    // w3 (兴谷): 城管委 on time; 自来水 still expected (before the deadline: not counted yet).
    const w3 = await open(lead2, [units.cgw, units.water]);
    await api.reportIn(cgw, w3.id);

    const range = `?from=${encodeURIComponent(started)}`;
    type Row = {
      unit: { id: string };
      pending: number;
      summoned: number;
      reportedIn: number;
      onTime: number;
      late: number;
      missing: number;
      reportInRate: number | null;
      onTimeRate: number | null;
      ratings: number;
      avgPunctuality: number | null;
      avgEffect: number | null;
    };
    const rowsOf = async (s: Session) => {
      const res = await api.stats(s, range);
      expect(res.statusCode, res.body).toBe(200);
      return Object.fromEntries(res.json<{ units: Row[] }>().units.map((r) => [r.unit.id, r]));
    };

    // The district (supervisor): w1 + w2 + w3; the voided whistle does not count.
    const district = await rowsOf(supervisor);
    // 城管委: on time in w1, w2, w3 → 3/3 in, 3/3 on time
    expect(district[units.cgw]).toMatchObject({
      // the voided whistle's summons are not counted, not even as pending
      pending: 0,
      summoned: 3,
      reportedIn: 3,
      onTime: 3,
      reportInRate: 1,
      onTimeRate: 1,
      ratings: 2,
      avgPunctuality: 4.5,
      avgEffect: 4,
    });
    // 自来水: late in w1, on time in w2, pending in w3 → 2/2 in, 1/2 on time
    expect(district[units.water]).toMatchObject({
      pending: 1,
      summoned: 2,
      reportedIn: 2,
      onTime: 1,
      late: 1,
      reportInRate: 1,
      onTimeRate: 0.5,
      ratings: 1,
      avgPunctuality: 2,
    });
    // 执法局: missing in w1 → 0/1
    expect(district[units.cgzf]).toMatchObject({
      summoned: 1,
      reportedIn: 0,
      missing: 1,
      reportInRate: 0,
      onTimeRate: 0,
    });

    // 滨河's lead sees 滨河's whistles only: 城管委 2/2, 自来水 2 summoned (1 late), 执法局 1 missing.
    const binhe = await rowsOf(lead);
    expect(binhe[units.cgw]).toMatchObject({ summoned: 2, onTime: 2 });
    expect(binhe[units.water]).toMatchObject({ pending: 0, summoned: 2, onTime: 1, late: 1 });
    // 兴谷's lead: w3 only
    const xinggu = await rowsOf(lead2);
    expect(Object.keys(xinggu).sort()).toEqual([units.cgw, units.water].sort());
    expect(xinggu[units.water]).toMatchObject({ pending: 1, summoned: 0, reportInRate: null });

    // A range that ends before the whistles has none.
    const before = await api.stats(supervisor, `?to=${encodeURIComponent(started)}`);
    expect(before.json<{ units: Row[] }>().units).toEqual([]);
  });
});
