import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import type { NoticeMessage, NoticeRecipient, Notifier } from '../notifications/notifier.ts';
import { district, newRegion, newUnit } from '../../test/factories.ts';
import { waitFor } from '../../test/wait.ts';
import { insertAssignment } from './timers.fixtures.ts';
import {
  TIMER_QUEUE,
  createPgBoss,
  jobChain,
  timerJobStates,
  timerKey,
  type TimerJobData,
} from './timers.pgboss.ts';
import { fireTimer, type TimerOutcome } from './timers.service.ts';
import type { AssignmentTimer } from '../../lib/timer-port.ts';
import { DEFAULT_WARNING_SHARE, warnAt } from '../deadlines/warning-share.ts';

class RecordingNotifier implements Notifier {
  sent: { to: NoticeRecipient; message: NoticeMessage }[] = [];
  async send(to: NoticeRecipient, message: NoticeMessage): Promise<void> {
    this.sent.push({ to, message });
  }
}

const notifier = new RecordingNotifier();
const outcomes = new Map<string, TimerOutcome>();
let env: TestEnv;
let streetId: string;
let communityId: string;
let governmentId: string;

beforeAll(async () => {
  env = await createTestEnv({
    timers: {
      notifier,
      worker: {
        pollingIntervalSeconds: 0.5,
        onHandled: (job, result) => outcomes.set(timerKey(job), result.outcome),
      },
    },
  });
  // A street office and a community committee of their own under the district government: the unit above an
  // assignment's unit supervises it.
  const db = env.ownerDb;
  governmentId = (await district(db)).governmentId;
  const street = await newRegion(db, { level: 'street' });
  streetId = await newUnit(db, {
    kind: 'street_office',
    parentId: governmentId,
    jurisdictionCode: street.code,
  });
  const community = await newRegion(db, { parentCode: street.code, level: 'community' });
  communityId = await newUnit(db, {
    kind: 'community',
    parentId: streetId,
    jurisdictionCode: community.code,
  });
});
afterAll(async () => env.close());
beforeEach(() => {
  notifier.sent = [];
});

const inMs = (ms: number) => new Date(Date.now() + ms);

async function schedule(timers: AssignmentTimer[]): Promise<void> {
  // As the case service does: inside a transaction of the application role.
  await env.db.transaction().execute((tx) => env.timers.schedule(tx, timers));
}

async function eventsOf(caseId: string) {
  return env.ownerDb
    .selectFrom('case_event')
    .select(['action', 'public', 'unit_id', 'data', 'actor_id'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
}

async function notificationsOf(caseId: string) {
  return env.ownerDb
    .selectFrom('notification')
    .select(['unit_id', 'user_id', 'kind', 'params'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
}

function keysOf(t: AssignmentTimer): string[] {
  return (['warn', 'overdue'] as const).map((edge) => timerKey({ ...t, edge }));
}

/**
 * Until pg-boss settled the jobs of these timers: the warning, and the overdue edge a handled warning chains
 * (a warning that did nothing — stale, closed, inactive — chains none).
 */
async function settled(timers: AssignmentTimer[]): Promise<void> {
  await waitFor(async () => {
    for (const t of timers) {
      const [warnKey, overdueKey] = keysOf(t) as [string, string];
      const states = new Map(
        (await timerJobStates(env.ownerDb, [warnKey, overdueKey])).map((j) => [j.key, j.state]),
      );
      if (states.get(warnKey) !== 'completed') return undefined;
      const chained = outcomes.get(warnKey) === 'fired' || outcomes.get(warnKey) === 'duplicate';
      if (chained && states.get(overdueKey) !== 'completed') return undefined;
    }
    return true;
  });
}

describe('deadline timers on pg-boss', () => {
  it('fires the warning, then the overdue edge: marks, timeline, notifications to the unit and its superior', async () => {
    const { caseId, assignmentId } = await insertAssignment(env.ownerDb, { unitId: communityId });
    const timer: AssignmentTimer = {
      assignmentId,
      version: 0,
      kind: 'resolve',
      warnAt: inMs(1000),
      dueAt: inMs(2500),
    };
    await schedule([timer]);
    // Scheduling the same timer again (a retried request) adds no job; one job waits per timer: its warning,
    // whose handling schedules the overdue edge.
    await schedule([timer]);
    const jobs = await timerJobStates(env.ownerDb, keysOf(timer));
    expect(jobs.map((j) => j.key)).toEqual([keysOf(timer)[0]]);

    const events = await waitFor(async () => {
      const rows = await eventsOf(caseId);
      return rows.length >= 2 ? rows : undefined;
    });
    expect(events.map((e) => e.action)).toEqual(['deadline_warning', 'overdue']);
    expect(events.every((e) => e.public === false && e.actor_id === null && e.unit_id === communityId)).toBe(
      true,
    );
    expect(events[1]?.data).toMatchObject({
      assignmentId,
      kind: 'resolve',
      edge: 'overdue',
      supervisedBy: streetId,
    });

    const a = await env.ownerDb
      .selectFrom('assignment')
      .select(['warned_at', 'overdue_at'])
      .where('id', '=', assignmentId)
      .executeTakeFirstOrThrow();
    expect(a.warned_at).toBeInstanceOf(Date);
    expect(a.overdue_at).toBeInstanceOf(Date);
    expect(a.overdue_at!.getTime()).toBeGreaterThanOrEqual(a.warned_at!.getTime());

    const notes = await notificationsOf(caseId);
    expect(notes.map((n) => [n.kind, n.unit_id])).toEqual([
      ['deadline_warning', communityId],
      ['overdue', communityId],
      ['overdue_escalated', streetId],
    ]);
    // kind + params (rendered in the reader's language); the outbound notice is in Chinese
    expect(notes[2]?.params).toMatchObject({ what: 'resolve' });

    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('entity', '=', 'assignment')
      .where('entity_id', '=', assignmentId)
      .execute();
    expect(audit).toEqual([
      { actor_id: null, action: 'update' },
      { actor_id: null, action: 'update' },
    ]);
    // The outbound notifier gets the overdue notice and the supervision notice, not the warning.
    await waitFor(async () => (notifier.sent.length >= 2 ? true : undefined));
    expect(notifier.sent.map((s) => [s.message.kind, s.to.unitId])).toEqual([
      ['overdue', communityId],
      ['overdue_escalated', streetId],
    ]);
  });

  it('a unit without a parent is supervised by the government of the district', async () => {
    const orphan = { id: await newUnit(env.ownerDb, { parentId: null }) };
    const { caseId, assignmentId } = await insertAssignment(env.ownerDb, { unitId: orphan.id });
    const timer: AssignmentTimer = {
      assignmentId,
      version: 0,
      kind: 'accept',
      warnAt: inMs(0),
      dueAt: inMs(1500),
    };
    await schedule([timer]);
    await settled([timer]);
    expect((await notificationsOf(caseId)).map((n) => [n.kind, n.unit_id])).toEqual([
      ['deadline_warning', orphan.id],
      ['overdue', orphan.id],
      ['overdue_escalated', governmentId],
    ]);
  });

  it('a stale version does nothing', async () => {
    const { caseId, assignmentId } = await insertAssignment(env.ownerDb, { unitId: streetId, version: 1 });
    const timer: AssignmentTimer = {
      assignmentId,
      version: 0,
      kind: 'resolve',
      warnAt: inMs(0),
      dueAt: inMs(300),
    };
    await schedule([timer]);
    await settled([timer]);
    // A stale warning chains no overdue edge.
    expect(keysOf(timer).map((k) => outcomes.get(k))).toEqual(['stale', undefined]);
    expect(await timerJobStates(env.ownerDb, [keysOf(timer)[1]!])).toEqual([]);
    expect(await eventsOf(caseId)).toEqual([]);
    expect(await notificationsOf(caseId)).toEqual([]);
    const a = await env.ownerDb
      .selectFrom('assignment')
      .select(['warned_at', 'overdue_at'])
      .where('id', '=', assignmentId)
      .executeTakeFirstOrThrow();
    expect(a).toEqual({ warned_at: null, overdue_at: null });
  });

  it('an accepted assignment ignores its accept timer but not its resolve timer', async () => {
    const { caseId, assignmentId } = await insertAssignment(env.ownerDb, {
      unitId: streetId,
      status: 'accepted',
    });
    const accept: AssignmentTimer = {
      assignmentId,
      version: 0,
      kind: 'accept',
      warnAt: inMs(0),
      dueAt: inMs(200),
    };
    await schedule([accept]);
    await settled([accept]);
    expect(keysOf(accept).map((k) => outcomes.get(k))).toEqual(['closed', undefined]);
    expect(await eventsOf(caseId)).toEqual([]);

    const resolve: AssignmentTimer = { ...accept, kind: 'resolve', warnAt: inMs(0), dueAt: inMs(1500) };
    await schedule([resolve]);
    await settled([resolve]);
    expect((await eventsOf(caseId)).map((e) => e.action)).toEqual(['deadline_warning', 'overdue']);
  });

  it('a suspended case and a reported assignment ignore their timers', async () => {
    const suspended = await insertAssignment(env.ownerDb, { unitId: streetId, caseStatus: 'suspended' });
    const reported = await insertAssignment(env.ownerDb, { unitId: streetId, status: 'reported' });
    const timers: AssignmentTimer[] = [suspended, reported].map((x) => ({
      assignmentId: x.assignmentId,
      version: 0,
      kind: 'resolve',
      warnAt: inMs(0),
      dueAt: inMs(200),
    }));
    await schedule(timers);
    await settled(timers);
    expect(timers.flatMap(keysOf).map((k) => outcomes.get(k))).toEqual([
      'case_inactive',
      undefined,
      'closed',
      undefined,
    ]);
    expect(await eventsOf(suspended.caseId)).toEqual([]);
    expect(await eventsOf(reported.caseId)).toEqual([]);
  });

  it('a warning handled after its overdue edge (a backlog) is skipped', async () => {
    const { caseId, assignmentId } = await insertAssignment(env.ownerDb, { unitId: streetId });
    const job: TimerJobData = {
      assignmentId,
      version: 0,
      kind: 'resolve',
      edge: 'overdue',
      dueAt: new Date().toISOString(),
    };
    expect((await fireTimer(env.db, job)).outcome).toBe('fired');
    expect((await fireTimer(env.db, { ...job, edge: 'warn' })).outcome).toBe('superseded');
    expect((await eventsOf(caseId)).map((e) => e.action)).toEqual(['overdue']);
  });

  it('a redelivered job fires once', async () => {
    const { caseId, assignmentId } = await insertAssignment(env.ownerDb, { unitId: streetId });
    const job: TimerJobData = {
      assignmentId,
      version: 0,
      kind: 'resolve',
      edge: 'overdue',
      dueAt: new Date().toISOString(),
    };
    const results = await Promise.all([
      fireTimer(env.db, job),
      fireTimer(env.db, job),
      fireTimer(env.db, job),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['duplicate', 'duplicate', 'fired']);
    expect(await eventsOf(caseId)).toHaveLength(1);
    expect(await notificationsOf(caseId)).toHaveLength(2);
  });

  it('a warning delivered twice chains one overdue job', async () => {
    const { assignmentId } = await insertAssignment(env.ownerDb, { unitId: streetId });
    const job: TimerJobData = {
      assignmentId,
      version: 0,
      kind: 'resolve',
      edge: 'warn',
      dueAt: inMs(120_000).toISOString(),
    };
    const boss = createPgBoss(env.url);
    await boss.start();
    try {
      const chain = jobChain(boss);
      const results = await Promise.all([
        fireTimer(env.db, job, new Date(), chain),
        fireTimer(env.db, job, new Date(), chain),
      ]);
      expect(results.map((r) => r.outcome).sort()).toEqual(['duplicate', 'fired']);
      const overdueKey = timerKey({ ...job, edge: 'overdue' });
      expect(await timerJobStates(env.ownerDb, [overdueKey])).toEqual([
        { key: overdueKey, state: 'created' },
      ]);
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  it('an assignment waits on one job: its accept timer, which starts the resolve timer once accepted', async () => {
    const { caseId, assignmentId } = await insertAssignment(env.ownerDb, { unitId: streetId });
    const accept: AssignmentTimer = {
      assignmentId,
      version: 0,
      kind: 'accept',
      warnAt: inMs(1000),
      dueAt: inMs(60_000),
    };
    const resolve: AssignmentTimer = { ...accept, kind: 'resolve', warnAt: inMs(1500), dueAt: inMs(2500) };
    await schedule([accept, resolve]);
    const [acceptWarn] = keysOf(accept);
    const [resolveWarn, resolveOverdue] = keysOf(resolve);
    expect(
      (await timerJobStates(env.ownerDb, [...keysOf(accept), ...keysOf(resolve)])).map((j) => j.key),
    ).toEqual([acceptWarn]);
    // Accepted before the accept warning: that warning does nothing but start the resolve timer, which runs out.
    await env.ownerDb
      .updateTable('assignment')
      .set({ status: 'accepted' })
      .where('id', '=', assignmentId)
      .execute();
    await waitFor(
      async () => {
        const states = await timerJobStates(env.ownerDb, [resolveWarn!, resolveOverdue!]);
        return states.length === 2 && states.every((j) => j.state === 'completed') ? true : undefined;
      },
      { timeout: 20_000 },
    );
    expect([acceptWarn, resolveWarn, resolveOverdue].map((k) => outcomes.get(k!))).toEqual([
      'closed',
      'fired',
      'fired',
    ]);
    expect((await eventsOf(caseId)).map((e) => e.action)).toEqual(['deadline_warning', 'overdue']);
  });

  it('timers scheduled in a transaction that rolls back do not exist', async () => {
    const { assignmentId } = await insertAssignment(env.ownerDb, { unitId: streetId });
    const timer: AssignmentTimer = {
      assignmentId,
      version: 0,
      kind: 'resolve',
      warnAt: inMs(60_000),
      dueAt: inMs(90_000),
    };
    await expect(
      env.db.transaction().execute(async (tx) => {
        await env.timers.schedule(tx, [timer]);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await timerJobStates(env.ownerDb, keysOf(timer))).toEqual([]);
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM pgboss.queue WHERE name = ${TIMER_QUEUE}`.execute(env.ownerDb);
    expect(rows[0]?.n).toBe(1);
  });

  it('the warning share comes from the setting deadline_warning_share, 0.8 by default', async () => {
    // Through the context's deadline clock (reloaded when the reference version moves: the setting table's
    // trigger moves it, with no timer of its own).
    const clock = env.ctx.deadlines;
    expect(await clock.warningShare()).toBe(DEFAULT_WARNING_SHARE);
    await env.ownerDb
      .insertInto('setting')
      .values({ key: 'deadline_warning_share', value: JSON.stringify(0.75) })
      .execute();
    expect(await clock.warningShare()).toBe(0.75);
    await env.ownerDb
      .updateTable('setting')
      .set({ value: JSON.stringify(7) })
      .where('key', '=', 'deadline_warning_share')
      .execute();
    expect(await clock.warningShare()).toBe(DEFAULT_WARNING_SHARE);
    const start = new Date('2026-11-22T00:00:00Z');
    expect(warnAt(start, new Date('2026-11-22T10:00:00Z'), 0.8).toISOString()).toBe(
      '2026-11-22T08:00:00.000Z',
    );
  });
});
