import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newCase, newUser, unitOfUser } from '../../test/factories.ts';
import { DEMO_COMMUNITY, SECOND_STREET } from '../../demo/users.ts';
import { notifyOverdueTasks } from './overdue.jobs.ts';

/*
 * Tasks to grid workers (issue 11) over the demo: 滨河's street lead and the demo community's lead give the demo
 * grid worker tasks; a second worker of the same community (another grid) and a worker of 兴谷 街道 are made here.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
let gwGrid = '';
let otherGrid = '';
let farGrid = '';
let caseInStreet = '';
let caseFar = '';
type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
interface Task {
  id: string;
  status: string;
  overdue: boolean;
  doneLate: boolean;
  actions: string[];
  evidence: string | null;
  uploadIds: string[];
  grid: { code: string } | null;
  worker: { id: string };
  target: { label: string | null };
  cancelReason: string | null;
}

const post = (who: string, url: string, payload: object = {}, headers: Record<string, string> = {}) =>
  env.app.inject({ method: 'POST', url, payload, headers: { ...s[who]!.headers, ...headers } });
const get = (who: string, url: string) => env.app.inject({ method: 'GET', url, headers: s[who]!.headers });
const reason = (r: Res) => r.json<{ error: { params: { reason?: string } } }>().error.params.reason;
const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

function task(over: Record<string, unknown> = {}) {
  return {
    kind: 'other',
    title: '检查楼道堆物',
    detail: '3号楼各单元楼道',
    workerId: s.gw!.userId,
    dueAt: inHours(24),
    ...over,
  };
}
async function issue(who: string, over: Record<string, unknown> = {}) {
  const r = await post(who, '/api/field/tasks', task(over));
  expect(r.statusCode, r.body).toBe(201);
  return r.json<Task>();
}

beforeAll(async () => {
  env = await createTestEnv();
  const o = env.ownerDb;
  for (const u of [
    'grid_worker',
    'street_lead',
    'community_lead',
    'street_lead2',
    'sfj_handler',
    'operator',
    'street_admin',
  ])
    s[u === 'grid_worker' ? 'gw' : u] = await login(env.app, u);
  const own = await o
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .select('w.grid_code')
    .where('u.username', '=', 'grid_worker')
    .orderBy('w.grid_code')
    .execute();
  gwGrid = own[0]!.grid_code;
  otherGrid = (
    await o
      .selectFrom('grid')
      .select('code')
      .where('community_code', '=', DEMO_COMMUNITY)
      .where(
        'code',
        'not in',
        own.map((g) => g.grid_code),
      )
      .orderBy('code')
      .executeTakeFirstOrThrow()
  ).code;
  farGrid = (
    await o
      .selectFrom('grid')
      .select('code')
      .where('region_path', 'like', `%/${SECOND_STREET}/%`)
      .orderBy('code')
      .executeTakeFirstOrThrow()
  ).code;
  const community = await unitOfUser(o, 'grid_worker');
  s.w2 = await newUser(env, { username: 'ft_worker2', roles: ['grid_worker'], unitId: community });
  const farUnit = await o
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'community')
    .where('jurisdiction_path', 'like', `%/${SECOND_STREET}/%`)
    .executeTakeFirstOrThrow();
  s.far = await newUser(env, { username: 'ft_worker_far', roles: ['grid_worker'], unitId: farUnit.id });
  await o
    .insertInto('grid_worker')
    .values([
      { grid_code: otherGrid, user_id: s.w2.userId },
      { grid_code: farGrid, user_id: s.far.userId },
    ])
    .execute();
  caseInStreet = (await newCase(o, { unitId: await unitOfUser(o, 'street_lead') })).caseId;
  caseFar = (await newCase(o, { unitId: await unitOfUser(o, 'street_lead2') })).caseId;
}, 240_000);

afterAll(async () => {
  await env?.close();
});

describe('POST /api/field/tasks', () => {
  it('401 without a session, 403 to whoever does not issue tasks, 400 on a bad body', async () => {
    const anon = await env.app.inject({ method: 'POST', url: '/api/field/tasks', payload: task() });
    expect(anon.statusCode).toBe(401);
    for (const who of ['gw', 'sfj_handler', 'operator', 'street_admin'])
      expect((await post(who, '/api/field/tasks', task())).statusCode, who).toBe(403);
    expect((await post('street_lead', '/api/field/tasks', task({ dueAt: 'tomorrow' }))).statusCode).toBe(400);
    // a kind without its target
    const noTarget = await post('street_lead', '/api/field/tasks', task({ kind: 'verify_case' }));
    expect(noTarget.statusCode).toBe(400);
  });

  it('a street or community gives a worker of its territory a task, and the worker is told', async () => {
    const t = await issue('street_lead', { kind: 'verify_case', caseId: caseInStreet });
    expect(t).toMatchObject({ status: 'assigned', overdue: false, grid: { code: gwGrid } });
    expect(t.target.label).toBeTruthy();
    const c = await issue('community_lead');
    expect(c.worker.id).toBe(s.gw!.userId);
    const inbox = await get('gw', '/api/notifications');
    expect(inbox.body).toContain('检查楼道堆物');
  });

  it('not to a worker of another street, nor a target outside the territory', async () => {
    const far = await post('street_lead', '/api/field/tasks', task({ workerId: s.far!.userId }));
    expect(far.statusCode).toBe(400);
    // the community's lead may not reach a grid of another community either: 兴谷's worker
    expect(
      (await post('community_lead', '/api/field/tasks', task({ workerId: s.far!.userId }))).statusCode,
    ).toBe(400);
    // 兴谷's lead cannot give 滨河's worker a task
    expect((await post('street_lead2', '/api/field/tasks', task())).statusCode).toBe(400);
    const r = await post('street_lead', '/api/field/tasks', task({ kind: 'verify_case', caseId: caseFar }));
    expect(r.statusCode).toBe(400);
  });

  it('an Idempotency-Key creates the task once', async () => {
    const key = { 'idempotency-key': 'ft-create-1' };
    const body = task({ title: '幂等任务' });
    const a = await post('street_lead', '/api/field/tasks', body, key);
    const b = await post('street_lead', '/api/field/tasks', body, key);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json<Task>().id).toBe(a.json<Task>().id);
    const n = await env.ownerDb
      .selectFrom('field_task')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('title', '=', '幂等任务')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });
});

describe('the lifecycle', () => {
  it('assigned → accepted → done exactly once; a resend adds nothing, other content under its id is refused', async () => {
    const t = await issue('street_lead');
    expect(t.actions).toEqual(['cancel']);
    const mine = await get('gw', `/api/field/tasks/${t.id}`);
    expect(mine.json<Task>().actions).toEqual(['accept', 'done']);
    // another worker may not touch it: it does not exist for them
    expect((await post('w2', `/api/field/tasks/${t.id}/accept`)).statusCode).toBe(404);
    const acc = await post('gw', `/api/field/tasks/${t.id}/accept`);
    expect(acc.json<Task>().status).toBe('accepted');
    expect(reason(await post('gw', `/api/field/tasks/${t.id}/accept`))).toBe('task_status');

    const done = { instanceId: 'uuid:ft-done-1', evidence: '已清理，拍照留证' };
    const first = await post('gw', `/api/field/tasks/${t.id}/done`, done);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<{ outcome: string; task: Task }>()).toMatchObject({
      outcome: 'created',
      task: { status: 'done', evidence: '已清理，拍照留证' },
    });
    const again = await post('gw', `/api/field/tasks/${t.id}/done`, done);
    expect(again.json<{ outcome: string }>().outcome).toBe('duplicate');
    const other = await post('gw', `/api/field/tasks/${t.id}/done`, { ...done, evidence: '别的内容' });
    expect(other.statusCode).toBe(409);
    // an edit of the evidence: a new instance replacing the first, with a reason
    const edit = await post('gw', `/api/field/tasks/${t.id}/done`, {
      instanceId: 'uuid:ft-done-2',
      replaces: 'uuid:ft-done-1',
      reason: '补充说明',
      evidence: '已清理，物业已通知业主',
    });
    expect(edit.json<{ outcome: string; task: Task }>()).toMatchObject({
      outcome: 'new_version',
      task: { evidence: '已清理，物业已通知业主' },
    });
    const audits = await env.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'field_task')
      .where('entity_id', '=', t.id)
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(4); // create, accept, done, edit
    // a done task cannot be cancelled
    expect(reason(await post('street_lead', `/api/field/tasks/${t.id}/cancel`, { reason: '不需要了' }))).toBe(
      'task_status',
    );
  });

  it('done straight from assigned (offline, the acceptance implied); photos must be the worker’s own uploads', async () => {
    const t = await issue('community_lead');
    const foreign = await post('gw', `/api/field/tasks/${t.id}/done`, {
      instanceId: 'uuid:ft-done-3',
      evidence: '完成',
      uploadIds: ['00000000-0000-4000-8000-000000000001'],
    });
    expect(foreign.statusCode).toBe(400);
    const ok = await post('gw', `/api/field/tasks/${t.id}/done`, {
      instanceId: 'uuid:ft-done-3',
      evidence: '完成',
    });
    expect(ok.json<{ task: Task & { acceptedAt: string } }>().task.acceptedAt).toBeTruthy();
  });

  it('the issuing side cancels with a reason, the worker cannot; the worker is told', async () => {
    const t = await issue('street_lead', { title: '将被取消的任务' });
    expect((await post('gw', `/api/field/tasks/${t.id}/cancel`, { reason: 'x' })).statusCode).toBe(403);
    expect((await post('street_lead2', `/api/field/tasks/${t.id}/cancel`, { reason: 'x' })).statusCode).toBe(
      404,
    );
    const c = await post('community_lead', `/api/field/tasks/${t.id}/cancel`, { reason: '已由物业处理' });
    expect(c.json<Task>()).toMatchObject({ status: 'cancelled', cancelReason: '已由物业处理', actions: [] });
    expect(
      (await post('gw', `/api/field/tasks/${t.id}/done`, { instanceId: 'uuid:ft-x', evidence: 'x' }))
        .statusCode,
    ).toBe(409);
    expect((await get('gw', '/api/notifications')).body).toContain('将被取消的任务');
  });

  it('a task past its deadline shows overdue, and the filters find it', async () => {
    const t = await issue('street_lead', { title: '已超期任务', dueAt: inHours(-2) });
    expect(t.overdue).toBe(true);
    // the demo gives the street's other workers overdue tasks of their own: this worker's (none in the demo) are ours
    const overdue = (
      await get('street_lead', `/api/field/tasks?overdue=true&workerId=${s.gw!.userId}`)
    ).json<{
      items: Task[];
      total: number;
      overdue: number;
    }>();
    expect(overdue.items.map((i) => i.id)).toContain(t.id);
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    expect(overdue.overdue).toBeGreaterThanOrEqual(1);
    const notOverdue = (await get('street_lead', '/api/field/tasks?overdue=false&status=assigned')).json<{
      items: Task[];
    }>();
    expect(notOverdue.items.every((i) => !i.overdue && i.status === 'assigned')).toBe(true);
    const byWorker = (
      await get('street_lead', `/api/field/tasks?workerId=${s.gw!.userId}&gridCode=${gwGrid}`)
    ).json<{
      items: Task[];
    }>();
    expect(byWorker.items.length).toBeGreaterThan(0);
    expect(byWorker.items.every((i) => i.worker.id === s.gw!.userId)).toBe(true);
  });
});

describe('who reads tasks', () => {
  it('a worker their own only; another street, departments and operators nothing', async () => {
    const t = await issue('street_lead', { title: '只给郑秀梅' });
    const own = (await get('gw', '/api/field/tasks')).json<{ items: Task[] }>();
    expect(own.items.every((i) => i.worker.id === s.gw!.userId)).toBe(true);
    const w2 = (await get('w2', '/api/field/tasks')).json<{ items: Task[] }>();
    expect(w2.items.map((i) => i.id)).not.toContain(t.id);
    expect((await get('w2', `/api/field/tasks/${t.id}`)).statusCode).toBe(404);
    expect((await get('street_lead2', `/api/field/tasks/${t.id}`)).statusCode).toBe(404);
    const other = (await get('street_lead2', '/api/field/tasks')).json<{ items: Task[] }>();
    expect(other.items.map((i) => i.id)).not.toContain(t.id);
    expect((await get('sfj_handler', '/api/field/tasks')).statusCode).toBe(403);
    expect((await get('operator', '/api/field/tasks')).statusCode).toBe(403);
  });

  it('the worker picker lists the territory’s workers only', async () => {
    const r = (await get('street_lead', '/api/field/tasks/workers')).json<{ items: { id: string }[] }>();
    const ids = r.items.map((w) => w.id);
    expect(ids).toContain(s.gw!.userId);
    expect(ids).toContain(s.w2!.userId);
    expect(ids).not.toContain(s.far!.userId);
    expect((await get('gw', '/api/field/tasks/workers')).statusCode).toBe(403);
  });
});

describe('overdue tasks (the sweep job)', () => {
  it('the worker and the issuer are told once, even by two sweeps at the same moment; a task done in time never', async () => {
    await issue('community_lead', { title: '超期测试：清点消防器材', dueAt: inHours(1) });
    const done = await issue('community_lead', { title: '超期测试：按时完成的任务', dueAt: inHours(1) });
    expect((await post('gw', `/api/field/tasks/${done.id}/accept`)).statusCode).toBe(200);
    const finished = await post('gw', `/api/field/tasks/${done.id}/done`, {
      instanceId: crypto.randomUUID(),
      evidence: '已完成',
    });
    expect(finished.statusCode, finished.body).toBe(200);
    const told = (title: string) =>
      env.ownerDb
        .selectFrom('notification')
        .select(['user_id', 'kind'])
        .where(sql<boolean>`params->>'taskTitle' = ${title}`)
        .where('kind', 'like', 'field_task_overdue%')
        .orderBy('kind')
        .execute();
    // before the deadline: nothing
    await notifyOverdueTasks(env.db, new Date());
    expect(await told('超期测试：清点消防器材')).toEqual([]);

    const later = new Date(Date.now() + 2 * 3600_000);
    await Promise.all([notifyOverdueTasks(env.db, later, 10_000), notifyOverdueTasks(env.db, later, 10_000)]);
    await notifyOverdueTasks(env.db, new Date(later.getTime() + 60_000), 10_000);
    expect(await told('超期测试：清点消防器材')).toEqual([
      { user_id: s.gw!.userId, kind: 'field_task_overdue' },
      { user_id: s.community_lead!.userId, kind: 'field_task_overdue_issuer' },
    ]);
    expect(await told('超期测试：按时完成的任务')).toEqual([]);
    const inbox = await get('gw', '/api/notifications');
    expect(inbox.body).toContain('【任务超期】超期测试：清点消防器材');
  });
});
