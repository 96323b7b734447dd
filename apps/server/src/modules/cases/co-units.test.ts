import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { newWorld } from '../../test/factories.ts';

/** 协办 (co-units): each accepts and reports its part; the lead's report waits for them or records their release. */
let env: TestEnv;
let operator: Session;
let dispatcher: Session;
let supervisor: Session;
let lead: Session;
let cgw: Session;
let point: { lon: number; lat: number };
let garbage: string;
/** The lead (a street office), the first co-unit (a department, 城管委's part) and the second (an enterprise). */
const units = { lead: '', cgw: '', water: '' };

interface Detail {
  id: string;
  status: string;
  availableActions: string[];
  assignments: {
    role: string;
    status: string;
    result: string | null;
    releaseReason: string | null;
    unit: { id: string };
  }[];
}

beforeAll(async () => {
  env = await createTestEnv();
  const w = await newWorld(env);
  ({ operator, dispatcher, supervisor } = w.users);
  lead = w.users.handler;
  cgw = w.users.deptHandler;
  point = w.point;
  units.lead = w.units.street;
  units.cgw = w.units.dept;
  units.water = w.units.ent;
  garbage = w.category;
});
afterAll(async () => env.close());

const act = (s: Session, id: string, action: string, body: object = {}) =>
  env.app.inject({
    method: 'POST',
    url: `/api/cases/${id}/actions/${action}`,
    headers: s.headers,
    payload: body,
  });
const detail = async (s: Session, id: string) =>
  (await env.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: s.headers })).json<Detail>();
const part = (d: Detail, unitId: string) => d.assignments.find((a) => a.unit.id === unitId)!;

/** A case dispatched by the dispatcher to the street office, with the department and the enterprise as co-units. */
async function withCoUnits(): Promise<string> {
  const created = await env.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: operator.headers,
    payload: { requestType: 'help', description: '路口占道经营，垃圾堆放，水管漏水', ...point },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  const sent = await act(dispatcher, id, 'dispatch', {
    leadUnitId: units.lead,
    assistUnitIds: [units.cgw, units.water],
    categoryCode: garbage,
  });
  expect(sent.statusCode).toBe(200);
  return id;
}

describe('co-units (协办)', () => {
  it('a pending co-unit accepts and reports its own part; the lead report waits for it or for its release', async () => {
    const id = await withCoUnits();
    // The co-unit is offered its own accept, not the lead's.
    const seen = await detail(cgw, id);
    expect(seen.availableActions).toContain('assist_accept');
    expect(seen.availableActions).not.toContain('accept');
    expect(seen.availableActions).not.toContain('report');

    // The lead's acceptance no longer signs for its co-units.
    expect((await act(lead, id, 'accept')).statusCode).toBe(200);
    expect(part(await detail(lead, id), units.cgw).status).toBe('pending');

    // The lead cannot report while co-units owe their part.
    const early = await act(lead, id, 'report', { result: '已处理完毕' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { params: { reason: 'assist_parts_pending', count: 2 } } });
    expect((await detail(lead, id)).availableActions).not.toContain('report');

    expect((await act(cgw, id, 'assist_accept', { note: '城管委已签收' })).statusCode).toBe(200);
    expect((await detail(cgw, id)).availableActions).toContain('assist_report');
    expect((await act(cgw, id, 'assist_report', { result: '已取缔占道摊点' })).statusCode).toBe(200);
    const told = await env.ownerDb
      .selectFrom('notification')
      .select('kind')
      .where('case_id', '=', id)
      .where('unit_id', '=', units.lead)
      .where('kind', '=', 'assist_reported')
      .execute();
    expect(told).toHaveLength(1);

    // The water company is let go by the lead, with a reason on record.
    expect(
      (await act(lead, id, 'release_assist', { unitId: units.water, reason: '非供水管网问题' })).statusCode,
    ).toBe(200);
    const reported = await act(lead, id, 'report', { result: '已清运垃圾并督促摊主撤离' });
    expect(reported.statusCode).toBe(200);
    const after = await detail(lead, id);
    expect(after.status).toBe('reported');
    expect(part(after, units.cgw)).toMatchObject({ status: 'reported', result: '已取缔占道摊点' });
    expect(part(after, units.water)).toMatchObject({ status: 'released', releaseReason: '非供水管网问题' });
    expect(after.assignments.filter((a) => a.role === 'assist').map((a) => a.result)).not.toContain('—');
    const event = await env.ownerDb
      .selectFrom('case_event')
      .select('data')
      .where('case_id', '=', id)
      .where('action', '=', 'report')
      .executeTakeFirstOrThrow();
    // both co-units were assigned in one statement: their order is not defined
    const assists = (event.data as { assists: { unitId: string; status: string }[] }).assists;
    expect(assists).toHaveLength(2);
    expect(assists).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: units.cgw, status: 'reported' }),
        expect.objectContaining({ unitId: units.water, status: 'released' }),
      ]),
    );

    // Verification closes the co-unit's reported part; the released one stays released.
    expect((await act(dispatcher, id, 'verify_pass')).statusCode).toBe(200);
    const closed = await detail(dispatcher, id);
    expect(closed.status).toBe('closed');
    expect(part(closed, units.cgw).status).toBe('done');
    expect(part(closed, units.water).status).toBe('released');
  });

  it('the dispatcher may release all open co-units; a co-unit cannot release itself or report twice', async () => {
    const id = await withCoUnits();
    expect((await act(cgw, id, 'release_assist', { reason: '我们不管这个' })).statusCode).toBe(409);
    expect((await act(cgw, id, 'assist_report', { result: '未签收就反馈' })).statusCode).toBe(409);
    expect((await act(dispatcher, id, 'release_assist', { reason: '由街道统一处置' })).statusCode).toBe(200);
    const d = await detail(dispatcher, id);
    expect(d.assignments.filter((a) => a.role === 'assist').map((a) => a.status)).toEqual([
      'released',
      'released',
    ]);
    expect((await act(dispatcher, id, 'release_assist', { reason: '再解除一次' })).statusCode).toBe(409);
  });

  it('督办 lists an overdue case once, however many co-units it has', async () => {
    const id = await withCoUnits();
    await env.ownerDb
      .updateTable('assignment')
      .set({ created_at: sql`now() - interval '10 days'`, resolve_due_at: sql`now() - interval '1 day'` })
      .where('case_id', '=', id)
      .execute();
    const late = await env.app.inject({
      method: 'GET',
      url: '/api/supervision/late?kind=overdue&pageSize=200',
      headers: supervisor.headers,
    });
    expect(late.statusCode).toBe(200);
    const items = late.json<{ items: { case: { id: string } }[] }>().items;
    expect(items.filter((x) => x.case.id === id)).toHaveLength(1);
  });
});
