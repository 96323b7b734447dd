import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { act, newStaff, newStreet, newWorld, type World } from '../../test/factories.ts';

// The reply-quality gate at the point the lead unit reports (modules/cases/actions.service.ts → gateReportedReply):
// held for the dispatcher by default (the resident does not see the reply), refused with the reasons when the
// district says "return", and counted per unit within the caller's jurisdiction.
let env: TestEnv;
let w: World;
let admin: Session;

const GOOD =
  '您好！您反映的小区东门垃圾桶旁垃圾堆积、无人清理的问题已收悉。经街道城管科现场核实，已于当日安排环卫清运完毕，' +
  '并依据《城市市容和环境卫生管理条例》督促物业每日清理、增设垃圾桶。如仍有问题，请致电街道城管科 010-12345678。感谢您的监督！';
const DISMISSIVE = '垃圾的事你们就是没事找事，瞎投诉，自己想办法。';

beforeAll(async () => {
  env = await createTestEnv();
  w = await newWorld(env);
  admin = await login(env.app, 'admin');
});
afterAll(async () => env.close());

/** A case at the street (lead), accepted, its co-unit released: ready for the lead's report. Returns id and token. */
async function readyToReport(): Promise<{ id: string; token: string }> {
  const pub = await env.app.inject({
    method: 'POST',
    url: '/api/public/cases',
    payload: {
      description: '小区东门垃圾桶旁边堆了很多垃圾，好几天没人清理，气味很大',
      categoryCode: w.category,
      ...w.point,
      phone: '13912345678',
    },
  });
  expect(pub.statusCode).toBe(201);
  const c = pub.json<{ id: string; token: string }>();
  expect((await act(env, w.users.handler, c.id, 'accept', { note: '已签收' })).statusCode).toBe(200);
  expect(
    (await act(env, w.users.handler, c.id, 'release_assist', { reason: '街道自行处理' })).statusCode,
  ).toBe(200);
  return { id: c.id, token: c.token };
}

const track = async (c: { id: string; token: string }) =>
  (await env.app.inject({ method: 'GET', url: `/api/public/cases/${c.id}?t=${c.token}` })).json<{
    result: string | null;
    status: string;
  }>();

interface Score {
  id: string;
  total: number;
  status: string;
  flags: { key: string; params?: Record<string, unknown> }[];
  parts: Record<string, { score: number; reasons: { key: string }[] }>;
}
const scores = async (s: Session, caseId: string) =>
  (
    await env.app.inject({ method: 'GET', url: `/api/reply-quality/cases/${caseId}`, headers: s.headers })
  ).json<{ items: Score[] }>().items;

const setSettings = (s: Session, body: object) =>
  env.app.inject({ method: 'PUT', url: '/api/reply-quality/settings', headers: s.headers, payload: body });

describe('reply quality at the report', () => {
  it('review (default): a dismissive reply is accepted but held; the resident sees nothing until a dispatcher approves', async () => {
    const c = await readyToReport();
    const res = await act(env, w.users.handler, c.id, 'report', { result: DISMISSIVE });
    expect(res.statusCode).toBe(200);
    const [held] = await scores(w.users.dispatcher, c.id);
    expect(held).toMatchObject({ status: 'held' });
    expect(held!.total).toBeLessThan(60);
    expect(held!.flags.map((f) => f.key)).toContain('rq_dismissive');
    expect(held!.parts.attitude!.score).toBe(0);
    expect((await track(c)).result).toBeNull();
    // nor in the timeline, where a report's text is otherwise shown to the resident
    expect(JSON.stringify(await track(c))).not.toContain('没事找事');

    // the dispatch centre is told, and the held list carries the reply
    const notes = await env.ownerDb
      .selectFrom('notification')
      .select(['kind', 'unit_id'])
      .where('case_id', '=', c.id)
      .where('kind', '=', 'reply_held')
      .execute();
    expect(notes).toEqual([{ kind: 'reply_held', unit_id: w.governmentId }]);
    const list = await env.app.inject({
      method: 'GET',
      url: '/api/reply-quality/held',
      headers: w.users.dispatcher.headers,
    });
    expect(list.json<{ items: { id: string; reply: string }[] }>().items).toContainEqual(
      expect.objectContaining({ id: held!.id, reply: DISMISSIVE }),
    );

    // closing does not publish it either; the handler may not approve; the dispatcher does, and then it shows
    expect((await act(env, w.users.gridWorker, c.id, 'verify_pass', { note: '现场已清理' })).statusCode).toBe(
      200,
    );
    expect(await track(c)).toMatchObject({ status: 'closed', result: null });
    const approve = (s: Session) =>
      env.app.inject({
        method: 'POST',
        url: `/api/reply-quality/scores/${held!.id}/approve`,
        headers: s.headers,
      });
    expect((await approve(w.users.handler)).statusCode).toBe(403);
    expect((await approve(w.users.dispatcher)).statusCode).toBe(200);
    expect((await approve(w.users.dispatcher)).statusCode).toBe(409);
    expect((await track(c)).result).toBe(DISMISSIVE);
    expect(JSON.stringify(await track(c))).toContain('没事找事');
  });

  it('a good reply passes and the resident sees it at once', async () => {
    const c = await readyToReport();
    expect((await act(env, w.users.handler, c.id, 'report', { result: GOOD })).statusCode).toBe(200);
    const [s] = await scores(w.users.handler, c.id);
    expect(s).toMatchObject({ status: 'passed', flags: [] });
    expect(s!.total).toBeGreaterThanOrEqual(75);
    expect((await track(c)).result).toContain('无人清理的问题已收悉');
  });

  it('rework supersedes a held reply: the new, good report passes and shows', async () => {
    const c = await readyToReport();
    await act(env, w.users.handler, c.id, 'report', { result: '已处理。' });
    expect((await track(c)).result).toBeNull();
    expect(
      (await act(env, w.users.dispatcher, c.id, 'verify_fail', { reason: '答复过于简单' })).statusCode,
    ).toBe(200);
    expect((await track(c)).result).toBeNull();
    expect((await act(env, w.users.handler, c.id, 'report', { result: GOOD })).statusCode).toBe(200);
    expect((await scores(w.users.dispatcher, c.id)).map((s) => s.status)).toEqual(['passed', 'superseded']);
    expect((await track(c)).result).toContain('无人清理的问题已收悉');
    // the held, reworked reply never reaches the resident's timeline
    expect(JSON.stringify(await track(c))).not.toContain('已处理。');
  });

  it('return: the report is refused with the reasons as message keys; the attempt still counts', async () => {
    expect((await setSettings(w.users.dispatcher, { minScore: 60, onLow: 'return' })).statusCode).toBe(403);
    expect((await setSettings(admin, { minScore: 101, onLow: 'return' })).statusCode).toBe(400);
    expect((await setSettings(admin, { minScore: 60, onLow: 'return' })).json()).toEqual({
      minScore: 60,
      onLow: 'return',
    });
    try {
      const c = await readyToReport();
      const res = await act(env, w.users.handler, c.id, 'report', { result: DISMISSIVE });
      expect(res.statusCode).toBe(400);
      const body = res.json<{
        error: { code: string; details: { path: string; key: string; message: string }[] };
      }>();
      expect(body.error.code).toBe('VALIDATION_FAILED');
      const keys = body.error.details.map((d) => d.key);
      expect(keys).toEqual(expect.arrayContaining(['rq_below_bar', 'rq_dismissive', 'rq_no_contact']));
      expect(body.error.details.every((d) => d.path === 'result' && d.message.length > 0)).toBe(true);
      expect(body.error.details.find((d) => d.key === 'rq_dismissive')?.message).toContain('没事找事');
      const detail = await env.app.inject({
        method: 'GET',
        url: `/api/cases/${c.id}`,
        headers: w.users.handler.headers,
      });
      expect(detail.json<{ status: string }>().status).toBe('in_progress');
      expect((await scores(w.users.dispatcher, c.id)).map((s) => s.status)).toEqual(['returned']);
      expect((await act(env, w.users.handler, c.id, 'report', { result: GOOD })).statusCode).toBe(200);
      expect((await track(c)).result).toContain('无人清理的问题已收悉');
    } finally {
      await setSettings(admin, { minScore: 60, onLow: 'review' });
    }
  });
});

describe('per-unit counts', () => {
  interface Stats {
    items: {
      unit: { id: string };
      replies: number;
      mean: number;
      flagged: number;
      flaggedShare: number;
      period: string | null;
    }[];
  }
  const stats = async (s: Session, qs = '') => {
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/reply-quality/units${qs}`,
      headers: s.headers,
    });
    expect(res.statusCode).toBe(200);
    return res.json<Stats>().items;
  };

  it('the street and the district see the street unit; another street and another unit do not', async () => {
    const mine = (await stats(w.users.streetLead)).find((r) => r.unit.id === w.units.street);
    // earlier tests: dismissive (held→approved), good, short (held→superseded), good, returned, good
    expect(mine).toMatchObject({ replies: 6, flagged: 3, returned: 1, held: 0 });
    expect(mine!.flaggedShare).toBeCloseTo(0.5);
    expect((await stats(w.users.dispatcher)).some((r) => r.unit.id === w.units.street)).toBe(true);
    const other = await newStaff(env, ['street_lead'], (await newStreet(env.ownerDb)).officeId);
    expect((await stats(other)).some((r) => r.unit.id === w.units.street)).toBe(false);
    expect(await stats(w.users.deptHandler)).toEqual([]);
    expect((await stats(w.users.handler)).map((r) => r.unit.id)).toEqual([w.units.street]);
    const monthly = await stats(w.users.streetLead, '?period=month');
    expect(monthly[0]?.period).toMatch(/^\d{4}-\d{2}$/);
  });

  it('scores of a case are hidden outside the jurisdiction', async () => {
    const c = await readyToReport();
    await act(env, w.users.handler, c.id, 'report', { result: GOOD });
    const outsider = await newStaff(env, ['street_lead'], (await newStreet(env.ownerDb)).officeId);
    expect(await scores(outsider, c.id)).toEqual([]);
    expect(await scores(w.users.streetLead, c.id)).toHaveLength(1);
  });
});
