import { CaseStatus } from '@onegrid/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { loadDemoCases, shanghaiDate, type DemoCasesSummary } from './load.ts';

// The demo cases go into this file's own database (the shared template stays without them).
let env: TestEnv;
let dispatcher: Session;
let summary: DemoCasesSummary;
const now = new Date();

beforeAll(async () => {
  env = await createTestEnv();
  summary = await loadDemoCases(env.ownerDb, env.pii, env.ctx.deadlines, { now });
  dispatcher = await login(env.app, 'dispatcher');
});
afterAll(async () => env.close());

const count = async (query: string) =>
  Number((await sql<{ n: string }>`${sql.raw(query)}`.execute(env.ownerDb)).rows[0]!.n);

describe('demo cases', () => {
  it('several hundred cases, every status, every channel, every rating', async () => {
    const rows = await env.ownerDb
      .selectFrom('case')
      .select(['status', 'channel', 'callback_rating'])
      .execute();
    expect(rows.length).toBe(summary.cases);
    expect(rows.length).toBeGreaterThanOrEqual(500);
    for (const status of CaseStatus.options)
      expect(rows.filter((r) => r.status === status).length).toBeGreaterThan(0);
    for (const channel of ['hotline', 'web', 'grid_patrol', 'open311', 'app'])
      expect(rows.filter((r) => r.channel === channel).length).toBeGreaterThan(0);
    for (const rating of ['satisfied', 'basically_satisfied', 'unsatisfied'])
      expect(
        rows.filter((r) => r.status === 'closed' && r.callback_rating === rating).length,
      ).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM "case" WHERE reopen_count > 0`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(DISTINCT street_code) AS n FROM "case"`)).toBe(
      await count(`SELECT count(*) AS n FROM region WHERE level = 'street'`),
    );
    expect(await count(`SELECT count(DISTINCT category_code) AS n FROM "case"`)).toBeGreaterThan(50);
  });

  it('every case has one create event, first; closed ones have closed_at, the others not', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM "case" c WHERE (SELECT count(*) FROM case_event e
                   WHERE e.case_id = c.id AND e.action = 'create') <> 1`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM "case" c WHERE (SELECT e.action FROM case_event e
                   WHERE e.case_id = c.id ORDER BY e.id LIMIT 1) <> 'create'`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM "case" WHERE status = 'closed' AND closed_at IS NULL`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM "case" WHERE status <> 'closed' AND closed_at IS NOT NULL`),
    ).toBe(0);
    // the timeline reads in time order, and nothing happens after "now"
    expect(
      await count(`SELECT count(*) AS n FROM case_event a JOIN case_event b ON a.case_id = b.case_id
                   AND a.id < b.id AND a.at > b.at`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM case_event WHERE at > '${now.toISOString()}'`)).toBe(0);
    // the last status event of each case is its status
    expect(
      await count(`SELECT count(*) AS n FROM "case" c WHERE c.status <> (SELECT e.to_status FROM case_event e
                   WHERE e.case_id = c.id AND e.to_status IS NOT NULL AND e.action NOT IN ('merged_child')
                   ORDER BY e.id DESC LIMIT 1)`),
    ).toBe(0);
  });

  it('numbers carry the Beijing date of creation and a running number; new cases continue after them', async () => {
    const rows = await env.ownerDb.selectFrom('case').select(['id', 'created_at']).execute();
    const dates = rows.map((r) => r.created_at.getTime());
    expect(Math.min(...dates)).toBeGreaterThanOrEqual(now.getTime() - 60 * 86_400_000);
    for (const r of rows) expect(r.id.slice(0, 8)).toBe(shanghaiDate(r.created_at));
    const seqs = rows.map((r) => Number(r.id.slice(8))).sort((a, b) => a - b);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const operator = await login(env.app, 'operator');
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: operator.headers,
      payload: {
        requestType: 'consult',
        description: '请问社区养老驿站的开放时间',
        closeDirect: { answer: '每天8点到18点' },
      },
    });
    expect(res.statusCode).toBe(201);
    expect(Number(res.json<{ id: string }>().id.slice(8))).toBeGreaterThan(rows.length);
  });

  it('deadlines: overdue and due-soon open work, marked by the timers as it would have been', async () => {
    const open = `a.status IN ('pending','accepted') AND c.status NOT IN ('suspended')`;
    expect(
      await count(`SELECT count(*) AS n FROM assignment a JOIN "case" c ON c.id = a.case_id
                   WHERE ${open} AND a.resolve_due_at < now() AND a.overdue_at IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) AS n FROM assignment a JOIN "case" c ON c.id = a.case_id
                   WHERE ${open} AND a.resolve_due_at > now() AND a.warned_at IS NOT NULL`),
    ).toBeGreaterThan(0);
    // an open assignment past its deadline was marked overdue at the deadline or later
    expect(
      await count(`SELECT count(*) AS n FROM assignment a JOIN "case" c ON c.id = a.case_id
                   WHERE ${open} AND a.resolve_due_at < '${now.toISOString()}' AND a.overdue_at IS NULL`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM notification`)).toBeGreaterThan(0);
  });

  it('the case detail API serves them, with timeline and the actions the user may take', async () => {
    const samples = await env.ownerDb
      .selectFrom('case')
      .select(['id', 'status'])
      .distinctOn('status')
      .orderBy('status')
      .orderBy('id', 'desc')
      .execute();
    expect(samples.length).toBe(CaseStatus.options.length);
    for (const s of samples) {
      const res = await env.app.inject({
        method: 'GET',
        url: `/api/cases/${s.id}`,
        headers: dispatcher.headers,
      });
      expect(res.statusCode, s.status).toBe(200);
      const detail = res.json<{
        status: string;
        timeline: { action: string }[];
        availableActions: string[];
      }>();
      expect(detail.status).toBe(s.status);
      expect(detail.timeline[0]?.action).toBe('create');
    }
    const registered = samples.find((s) => s.status === 'registered')!;
    const queue = await env.app.inject({
      method: 'GET',
      url: '/api/cases?view=queue',
      headers: dispatcher.headers,
    });
    expect(queue.json<{ total: number }>().total).toBeGreaterThan(0);
    const detail = await env.app.inject({
      method: 'GET',
      url: `/api/cases/${registered.id}`,
      headers: dispatcher.headers,
    });
    expect(detail.json<{ availableActions: string[] }>().availableActions).toContain('void');
    const handler = await login(env.app, 'street_handler');
    const inbox = await env.app.inject({
      method: 'GET',
      url: '/api/cases?view=inbox',
      headers: handler.headers,
    });
    expect(inbox.json<{ total: number }>().total).toBeGreaterThan(0);
  });

  it('is the same demo for the same seed and time', async () => {
    const other = await createTestEnv();
    try {
      await loadDemoCases(other.ownerDb, other.pii, other.ctx.deadlines, { now });
      const list = (e: TestEnv) =>
        e.ownerDb
          .selectFrom('case')
          .select(['id', 'status', 'title', 'category_code', 'grid_code', 'lead_unit_id'])
          .orderBy('id')
          .execute();
      // only the demo's own rows: another test here may have added a case
      const demo = (rows: { id: string }[]) => rows.filter((r) => Number(r.id.slice(8)) <= summary.cases);
      const [a, b] = await Promise.all([list(env), list(other)]);
      expect(demo(b)).toEqual(demo(a));
      expect(demo(a).length).toBe(summary.cases);
    } finally {
      await other.close();
    }
  });
});
