import { centroidOf } from '@onegrid/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

/**
 * Issue 9, defect 8: 督办 showed 35 overdue (assignments), the dashboard 23 (cases), unexplained. Both pages now
 * serve both figures, from one definition: an overdue assignment is open and past its resolve deadline on a case
 * whose clock runs; an overdue case has at least one.
 */
let env: TestEnv;
let operator: Session;
let dispatcher: Session;
let supervisor: Session;

const unitOf = async (username: string) =>
  (
    await env.ownerDb
      .selectFrom('app_user')
      .select('unit_id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).unit_id;

beforeAll(async () => {
  env = await createTestEnv();
  operator = await login(env.app, 'operator');
  dispatcher = await login(env.app, 'dispatcher');
  supervisor = await login(env.app, 'supervisor');
});
afterAll(async () => env.close());

const get = async <T>(s: Session, url: string) => {
  const r = await env.app.inject({ method: 'GET', url, headers: s.headers });
  expect(r.statusCode, url).toBe(200);
  return r.json<T>();
};

interface Overview {
  totals: { overdue: number; dueSoon: number; overdueCases: number; dueSoonCases: number };
  byUnit: { overdue: number }[];
}
interface Late {
  total: number;
  items: { assignmentId: string; case: { id: string } }[];
}
interface Dashboard {
  status: { overdue: number; overdueAssignments: number };
}

/** Every overdue assignment of the 督办 table, page by page. */
async function lateRows() {
  const rows: Late['items'] = [];
  for (let page = 1; ; page++) {
    const p = await get<Late>(supervisor, `/api/supervision/late?kind=overdue&pageSize=200&page=${page}`);
    rows.push(...p.items);
    if (rows.length >= p.total || p.items.length === 0) return { total: p.total, rows };
  }
}

describe('overdue figures on 督办 and the dashboard', () => {
  it('serves cases and assignments on both pages, each consistent with the 督办 table', async () => {
    // a case whose lead and co-unit are both late: one overdue case, two overdue assignments
    const grid = await env.ownerDb
      .selectFrom('grid_worker as w')
      .innerJoin('app_user as u', 'u.id', 'w.user_id')
      .innerJoin('grid as g', 'g.code', 'w.grid_code')
      .select('g.boundary')
      .where('u.username', '=', 'grid_worker')
      .executeTakeFirstOrThrow();
    const [lon, lat] = centroidOf(grid.boundary);
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: operator.headers,
      payload: { requestType: 'help', description: '想咨询一下这个事情应该找哪个部门办理比较好', lon, lat },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const sent = await env.app.inject({
      method: 'POST',
      url: `/api/cases/${id}/actions/dispatch`,
      headers: dispatcher.headers,
      payload: {
        leadUnitId: await unitOf('cgw_handler'),
        assistUnitIds: [await unitOf('street_handler')],
        categoryCode: (
          await env.ownerDb
            .selectFrom('category')
            .select('code')
            .where('is_leaf', '=', true)
            .where('grid_solvable', '=', false)
            .orderBy('code')
            .executeTakeFirstOrThrow()
        ).code,
      },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const late = await env.ownerDb
      .updateTable('assignment')
      .set({ created_at: sql`now() - interval '10 days'`, resolve_due_at: sql`now() - interval '1 day'` })
      .where('case_id', '=', id)
      .returning('id')
      .execute();
    expect(late.length).toBe(2);

    const overview = await get<Overview>(supervisor, '/api/supervision/overview');
    const table = await lateRows();
    const caseIds = new Set(table.rows.map((r) => r.case.id));
    // 督办: lead assignments as its table lists them (a co-unit shares the case's deadline and is followed on the
    // case, not listed again: defect 3), so one row per case; the cases behind them, each once
    expect(overview.totals.overdue).toBe(table.total);
    expect(overview.totals.overdue).toBe(overview.byUnit.reduce((n, u) => n + u.overdue, 0));
    expect(overview.totals.overdueCases).toBe(caseIds.size);
    expect(overview.totals.overdueCases).toBe(overview.totals.overdue);
    expect(table.rows.filter((r) => r.case.id === id)).toHaveLength(1);

    // the dashboard, same jurisdiction (the district): the same cases; its assignment figure counts every late
    // assignment, co-units included (this case: two)
    const dash = await get<Dashboard>(supervisor, '/api/dashboard/summary');
    expect(dash.status.overdue).toBe(overview.totals.overdueCases);
    const all = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM assignment a JOIN "case" c ON c.id = a.case_id
      WHERE a.status IN ('pending', 'accepted') AND a.resolve_due_at < now()
        AND c.status NOT IN ('suspended', 'closed', 'void', 'merged')`.execute(env.ownerDb);
    expect(dash.status.overdueAssignments).toBe(all.rows[0]!.n);
    expect(dash.status.overdueAssignments).toBeGreaterThan(dash.status.overdue);
    // and filtered (a live count rather than the district's summary): still the same
    const filtered = await get<Dashboard>(supervisor, '/api/dashboard/summary?channel=hotline');
    const { rows } = await sql<{ cases: number; n: number }>`
      SELECT count(DISTINCT a.case_id)::int AS cases, count(*)::int AS n FROM assignment a
      JOIN "case" c ON c.id = a.case_id
      WHERE a.status IN ('pending', 'accepted') AND a.resolve_due_at < now() AND c.channel = 'hotline'
        AND c.status NOT IN ('suspended', 'closed', 'void', 'merged')`.execute(env.ownerDb);
    expect(filtered.status).toMatchObject({ overdue: rows[0]!.cases, overdueAssignments: rows[0]!.n });
  });
});
