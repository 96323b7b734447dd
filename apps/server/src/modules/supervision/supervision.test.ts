import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { newStaff, newStreet, newWorld } from '../../test/factories.ts';

let env: TestEnv;
let operator: Session;
let dispatcher: Session;
let supervisor: Session;
let streetLead: Session;
let otherLead: Session;
let streetHandler: Session;
let cgwHandler: Session;
let point: { lon: number; lat: number };
let garbage: string;
let cgwUnit: string;
let streetPath: string;
let streetCode: string;
let streetOffice: string;

interface Overview {
  level: string;
  totals: { overdue: number; dueSoon: number };
  byUnit: { unit: { id: string; name: string }; overdue: number; dueSoon: number }[];
  byCategory: { category: { code: string } | null; overdue: number }[];
  byStreet: { street: { code: string } | null; overdue: number }[];
}
interface Late {
  total: number;
  items: { assignmentId: string; unit: { id: string }; case: { id: string }; notices: number }[];
}
interface Notices {
  total: number;
  items: { id: string; state: string; level: string; answer: string | null; unit: { id: string } }[];
}

beforeAll(async () => {
  env = await createTestEnv();
  // A street of the test's own with its lead and handler, a department (the supervised unit, 城管委's part) with
  // its handler, the district's desks, and a second street whose lead must see none of it.
  const w = await newWorld(env);
  ({ operator, dispatcher, supervisor, streetLead } = w.users);
  streetHandler = w.users.handler;
  cgwHandler = w.users.deptHandler;
  cgwUnit = w.units.dept;
  point = w.point;
  streetPath = w.street.path;
  streetCode = w.street.code;
  garbage = w.category;
  streetOffice = w.units.street;
  otherLead = await newStaff(env, ['street_lead'], (await newStreet(env.ownerDb)).officeId);
});
afterAll(async () => env.close());

const get = <T>(s: Session | null, url: string) =>
  env.app
    .inject({ method: 'GET', url, headers: s?.headers ?? {} })
    .then((r) => ({ status: r.statusCode, body: r.json<T>() }));
const post = <T>(s: Session, url: string, payload: object) =>
  env.app
    .inject({ method: 'POST', url, headers: s.headers, payload })
    .then((r) => ({ status: r.statusCode, body: r.json<T>() }));

/** A case of the test's street dispatched to the department, its assignment made overdue. */
async function overdueCgwCase(): Promise<{ caseId: string; assignmentId: string }> {
  const created = await post<{ id: string; status: string }>(operator, '/api/cases', {
    requestType: 'help',
    description: '想咨询一下这个事情应该找哪个部门办理比较好',
    ...point,
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ status: 'registered' });
  const sent = await post<{ status: string }>(dispatcher, `/api/cases/${created.body.id}/actions/dispatch`, {
    leadUnitId: cgwUnit,
    categoryCode: garbage,
  });
  expect(sent.body.status).toBe('dispatched');
  const a = await env.ownerDb
    .updateTable('assignment')
    .set({ created_at: sql`now() - interval '10 days'`, resolve_due_at: sql`now() - interval '1 day'` })
    .where('case_id', '=', created.body.id)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirstOrThrow();
  return { caseId: created.body.id, assignmentId: a.id };
}

/** The same count, straight from the tables: open lead assignments (one per case) past due on running cases. */
async function overdueUnder(path: string, unitId?: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM assignment a JOIN "case" c ON c.id = a.case_id
    WHERE a.role = 'lead' AND a.status IN ('pending', 'accepted') AND a.resolve_due_at < now()
      AND c.status NOT IN ('suspended', 'closed', 'void', 'merged') AND c.region_path LIKE ${`${path}%`}
      ${unitId ? sql`AND a.unit_id = ${unitId}` : sql``}`.execute(env.ownerDb);
  return rows[0]!.n;
}

describe('supervision lists', () => {
  it('401 without a session, 403 for a handler, 400 for a malformed region, 404 for a region outside', async () => {
    expect((await get(null, '/api/supervision/overview')).status).toBe(401);
    expect((await get(streetHandler, '/api/supervision/overview')).status).toBe(403);
    expect((await get(supervisor, '/api/supervision/overview?regionCode=12')).status).toBe(400);
    expect((await get(otherLead, `/api/supervision/overview?regionCode=${streetCode}`)).status).toBe(404);
  });

  it('counts overdue assignments by unit, category and street, as the tables do; lists the cases behind them', async () => {
    const { caseId, assignmentId } = await overdueCgwCase();
    const district = await get<Overview>(supervisor, '/api/supervision/overview');
    expect(district.status).toBe(200);
    expect(district.body.level).toBe('district');
    expect(district.body.totals.overdue).toBe(await overdueUnder(''));
    const cgw = district.body.byUnit.find((u) => u.unit.id === cgwUnit);
    expect(cgw?.overdue).toBe(await overdueUnder('', cgwUnit));
    expect(district.body.byUnit.reduce((n, u) => n + u.overdue, 0)).toBe(district.body.totals.overdue);
    expect(district.body.byCategory.reduce((n, u) => n + u.overdue, 0)).toBe(district.body.totals.overdue);

    // The street sees its own street only, and the same count for it.
    const street = await get<Overview>(streetLead, '/api/supervision/overview');
    expect(street.body.level).toBe('street');
    expect(street.body.totals.overdue).toBe(await overdueUnder(streetPath));
    expect(street.body.byStreet.map((s) => s.street?.code)).toEqual([streetCode]);

    const late = await get<Late>(
      streetLead,
      `/api/supervision/late?kind=overdue&unitId=${cgwUnit}&pageSize=200`,
    );
    expect(late.body.total).toBe(await overdueUnder(streetPath, cgwUnit));
    expect(late.body.items.map((i) => i.assignmentId)).toContain(assignmentId);
    expect(late.body.items.find((i) => i.assignmentId === assignmentId)?.case.id).toBe(caseId);
    const elsewhere = await get<Late>(otherLead, `/api/supervision/late?kind=overdue&pageSize=200`);
    expect(elsewhere.body.items.map((i) => i.assignmentId)).not.toContain(assignmentId);
  });
});

describe('supervision notices', () => {
  it('the street issues a notice, the unit answers it once in writing; both are on the timeline and audited', async () => {
    const { caseId, assignmentId } = await overdueCgwCase();
    expect(
      (
        await post(streetHandler, '/api/supervision/notices', {
          assignmentId,
          level: 'yellow',
          reason: '请尽快处理',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await post(streetLead, '/api/supervision/notices', {
          assignmentId,
          level: 'green',
          reason: '请尽快处理',
        })
      ).status,
    ).toBe(400);
    // Another street cannot reach it: as if it did not exist.
    expect(
      (
        await post(otherLead, '/api/supervision/notices', {
          assignmentId,
          level: 'yellow',
          reason: '请尽快处理',
        })
      ).status,
    ).toBe(404);

    const issued = await post<{ id: string; answerDueAt: string }>(streetLead, '/api/supervision/notices', {
      assignmentId,
      level: 'yellow',
      reason: '已超期一天，请说明原因',
    });
    expect(issued.status).toBe(201);
    const dueInHours = (new Date(issued.body.answerDueAt).getTime() - Date.now()) / 3_600_000;
    expect(dueInHours).toBeGreaterThan(47);
    expect(dueInHours).toBeLessThanOrEqual(48);

    const received = await get<Notices>(cgwHandler, '/api/supervision/notices?box=received&status=open');
    expect(received.body.items.map((n) => n.id)).toContain(issued.body.id);
    const note = await env.ownerDb
      .selectFrom('notification')
      .select(['kind', 'unit_id'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'supervision')
      .execute();
    expect(note).toEqual([{ kind: 'supervision', unit_id: cgwUnit }]);

    // Only the supervised unit answers.
    expect(
      (
        await post(streetHandler, `/api/supervision/notices/${issued.body.id}/answer`, {
          answer: '不是我们的',
        })
      ).status,
    ).toBe(404);
    const answered = await post<{ late: boolean }>(
      cgwHandler,
      `/api/supervision/notices/${issued.body.id}/answer`,
      {
        answer: '已安排执法队今日处理',
      },
    );
    expect(answered.status).toBe(200);
    expect(answered.body.late).toBe(false);
    expect(
      (await post(cgwHandler, `/api/supervision/notices/${issued.body.id}/answer`, { answer: '再答一次' }))
        .status,
    ).toBe(409);

    const mine = await get<Notices>(streetLead, `/api/supervision/notices?box=issued&caseId=${caseId}`);
    expect(mine.body.items).toMatchObject([
      { id: issued.body.id, state: 'answered', answer: '已安排执法队今日处理' },
    ]);
    const events = await env.ownerDb
      .selectFrom('case_event')
      .select(['action', 'public'])
      .where('case_id', '=', caseId)
      .where('action', 'in', ['supervise', 'supervision_answer'])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { action: 'supervise', public: false },
      { action: 'supervision_answer', public: false },
    ]);
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'supervision_notice')
      .where('entity_id', '=', issued.body.id)
      .orderBy('id')
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['create', 'update']);
    // The late list shows that the assignment has been supervised.
    const late = await get<Late>(
      streetLead,
      `/api/supervision/late?kind=overdue&unitId=${cgwUnit}&pageSize=200`,
    );
    expect(late.body.items.find((i) => i.assignmentId === assignmentId)?.notices).toBe(1);
  });

  it('a red notice not answered in time is late; a unit never supervises itself', async () => {
    const { caseId, assignmentId } = await overdueCgwCase();
    const red = await post<{ id: string }>(supervisor, '/api/supervision/notices', {
      assignmentId,
      level: 'red',
      reason: '群众反映强烈',
      answerWithinHours: 2,
    });
    expect(red.status).toBe(201);
    await env.ownerDb
      .updateTable('supervision_notice')
      .set({ answer_due_at: sql`now() - interval '1 minute'` })
      .where('id', '=', red.body.id)
      .execute();
    const late = await get<Notices>(cgwHandler, '/api/supervision/notices?box=received&status=late');
    expect(late.body.items.find((n) => n.id === red.body.id)).toMatchObject({ state: 'late', level: 'red' });
    const answered = await post<{ late: boolean }>(
      cgwHandler,
      `/api/supervision/notices/${red.body.id}/answer`,
      {
        answer: '迟复：已处理',
      },
    );
    expect(answered.body.late).toBe(true);

    // The street office's own assignment cannot be supervised by its own lead.
    const own = await post<{ id: string }>(operator, '/api/cases', {
      requestType: 'complaint',
      categoryCode: garbage,
      description: '小区门口垃圾堆放多日无人清理',
      ...point,
    });
    const ownAssignment = await env.ownerDb
      .selectFrom('assignment as a')
      .select('a.id')
      .where('a.case_id', '=', own.body.id)
      .where('a.unit_id', '=', streetOffice)
      .executeTakeFirstOrThrow();
    expect(
      (
        await post(streetLead, '/api/supervision/notices', {
          assignmentId: ownAssignment.id,
          level: 'yellow',
          reason: '自己督办自己',
        })
      ).status,
    ).toBe(409);
    expect(caseId).toMatch(/^\d{16}$/);
  });
});
