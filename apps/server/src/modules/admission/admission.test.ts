import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

// 社区准入 over the API: the lists, an application from a department through review, a round and entry; the gate
// on community tasks (no item, the negative list, another unit's item, another kind, an exited item); workload and
// money per community and its jurisdiction; off-gate reports to the civil-affairs office.

const DEMO_COMMUNITY = '110117001001';

let env: TestEnv;
let mzj: Session; // 民政局: the district's admission office
let sfj: Session; // 司法局: a department applying
let community: Session; // the demo community's staff
let streetLead: Session; // 滨河's street office
let otherStreet: Session; // 兴谷's street office
let resident: Session;
let otherCommunity: string;

beforeAll(async () => {
  env = await createTestEnv();
  [mzj, sfj, community, streetLead, otherStreet, resident] = await Promise.all([
    login(env.app, 'mzj_handler'),
    login(env.app, 'sfj_handler'),
    login(env.app, 'community_lead'),
    login(env.app, 'street_lead'),
    login(env.app, 'street_lead2'),
    login(env.app, 'resident'),
  ]);
  otherCommunity = (
    await env.ownerDb
      .selectFrom('region')
      .select('code')
      .where('parent_code', '=', '110117002000')
      .where('level', '=', 'community')
      .orderBy('code')
      .executeTakeFirstOrThrow()
  ).code;
});
afterAll(async () => env.close());

const api = (s: Session | null, method: string, url: string, payload?: unknown) =>
  env.app.inject({
    method: method as 'GET',
    url: `/api${url}`,
    headers: { ...(s?.headers ?? {}), 'accept-language': 'en-US' },
    payload: payload as never,
  });

type Item = { id: string; list: string; title: string; kind: string; state: string; unitName: string | null };
type Application = { id: string; status: string; actions: string[]; itemId: string | null };

const application = {
  title: '社区矫正对象日常走访协助',
  kind: 'task',
  legalBasis: '《中华人民共和国社区矫正法》第二十五条',
  communityRole: 'assist',
  content: '配合司法所每月走访一次社区矫正对象，记录其日常表现。',
  validFrom: '2026-01-01',
  validUntil: '2028-12-31',
  hoursPerMonth: 3,
  fundingPerYear: 1800,
  staff: '司法所专职社工一名',
  training: '每年一次',
};

describe('the three lists', () => {
  it('401 without a session, 403 for a resident account', async () => {
    expect((await api(null, 'GET', '/admission/items')).statusCode).toBe(401);
    expect((await api(resident, 'GET', '/admission/items')).statusCode).toBe(403);
  });

  it('every staff reader sees the district’s duties, assisted tasks and negative list; only the office manages', async () => {
    const res = await api(community, 'GET', '/admission/items');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: Item[]; can: { manage: boolean } }>();
    const lists = new Set(body.items.map((i) => i.list));
    expect(lists).toEqual(new Set(['duty', 'assist', 'negative']));
    expect(body.items.some((i) => i.list === 'negative' && i.title === '招商引资')).toBe(true);
    expect(body.can.manage).toBe(false);
    const office = await api(mzj, 'GET', '/admission/items?list=negative');
    expect(office.json<{ can: { manage: boolean } }>().can.manage).toBe(true);
    expect(office.json<{ items: Item[] }>().items.every((i) => i.list === 'negative')).toBe(true);
    const add = {
      list: 'negative',
      kind: 'task',
      title: '测试负面事项',
      legalBasis: '测试',
      content: '测试内容',
      validFrom: '2026-01-01',
    };
    expect((await api(sfj, 'POST', '/admission/items', add)).statusCode).toBe(403);
    // a department that does not exist is named as the problem, not a server error
    const ghost = await api(mzj, 'POST', '/admission/items', {
      ...add,
      unitId: 'ffffffe9-ce0a-2f85-a7e1-6ace94dae78d',
    });
    expect(ghost.statusCode).toBe(400);
    expect(JSON.stringify(ghost.json())).toContain('unknown_unit');
    expect((await api(mzj, 'POST', '/admission/items', add)).statusCode).toBe(201);
  });
});

let appId = '';
let itemId = '';

describe('an application from a department to the list', () => {
  it('费随事转: hours without money cannot be submitted; the message names the rule', async () => {
    const res = await api(sfj, 'POST', '/admission/applications', {
      ...application,
      fundingPerYear: 0,
      submit: true,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('admission_funding_missing');
  });

  it('a community cannot apply; a department applies and submits', async () => {
    expect(
      (await api(community, 'POST', '/admission/applications', { ...application, submit: true })).statusCode,
    ).toBe(403);
    const res = await api(sfj, 'POST', '/admission/applications', { ...application, submit: true });
    expect(res.statusCode).toBe(201);
    const a = res.json<Application>();
    expect(a.status).toBe('submitted');
    expect(a.actions).toEqual([]);
    appId = a.id;
  });

  it('only the civil-affairs office reviews; another department does not even see it', async () => {
    expect(
      (await api(sfj, 'POST', `/admission/applications/${appId}/review`, { decision: 'pass' })).statusCode,
    ).toBe(403);
    const cl = await login(env.app, 'cl_handler');
    expect((await api(cl, 'GET', `/admission/applications/${appId}`)).statusCode).toBe(404);
    const seen = await api(mzj, 'GET', `/admission/applications/${appId}`);
    expect(seen.json<Application>().actions).toEqual(['return', 'review']);
    const ok = await api(mzj, 'POST', `/admission/applications/${appId}/review`, {
      decision: 'pass',
      note: '材料齐全',
    });
    expect(ok.json<Application>().status).toBe('reviewed');
  });

  it('no decision outside a round; the round decides, and the office enters it on the assist list', async () => {
    const round = await api(mzj, 'POST', '/admission/rounds', {
      title: '测试批次',
      meetingOn: '2026-12-20',
      body: '区城乡社区发展治理工作联席会议',
      applicationIds: [appId],
    });
    expect(round.statusCode).toBe(201);
    const roundId = round.json<{ id: string }>().id;
    expect(
      (await api(sfj, 'POST', `/admission/rounds/${roundId}/decisions`, { decisions: [] })).statusCode,
    ).toBe(403);
    // closing with an undecided application is refused
    const early = await api(mzj, 'POST', `/admission/rounds/${roundId}/decisions`, { close: true });
    expect(early.statusCode).toBe(409);
    const decided = await api(mzj, 'POST', `/admission/rounds/${roundId}/decisions`, {
      decisions: [{ applicationId: appId, decision: 'approve', note: '同意准入' }],
      minutes: '审议 1 项，同意 1 项。',
      close: true,
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'closed', counts: { approved: 1, pending: 0 } });
    const again = await api(mzj, 'POST', `/admission/rounds/${roundId}/decisions`, {
      decisions: [{ applicationId: appId, decision: 'reject' }],
    });
    expect(again.json()).toMatchObject({
      error: { code: 'CONFLICT', params: { reason: 'admission_round_closed' } },
    });
    const entered = await api(mzj, 'POST', `/admission/applications/${appId}/enter`);
    expect(entered.json<Application>().status).toBe('entered');
    itemId = entered.json<Application>().itemId!;
    const list = await api(sfj, 'GET', '/admission/items?list=assist');
    const item = list.json<{ items: Item[] }>().items.find((i) => i.id === itemId);
    expect(item).toMatchObject({ title: application.title, state: 'in_force', unitName: '平谷区司法局' });
  });
});

describe('the gate on tasks sent to communities', () => {
  const task = {
    title: '十二月走访',
    content: '请于月底前完成走访并记录。',
    communityCodes: [DEMO_COMMUNITY],
  };

  it('without an admitted item the department cannot send; the message says why (en and zh)', async () => {
    const res = await api(sfj, 'POST', '/admission/tasks', task);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: 'ADMISSION_REQUIRED', params: { refusal: 'missing' } },
    });
    expect(res.json<{ error: { message: string } }>().error.message).toContain('no admitted item');
    const zh = await env.app.inject({
      method: 'POST',
      url: '/api/admission/tasks',
      headers: sfj.headers,
      payload: task,
    });
    expect(zh.json<{ error: { message: string } }>().error.message).toBe(
      '未经社区准入，不能派给社区：没有附上已准入的事项',
    );
    expect(await env.ownerDb.selectFrom('community_task').select('id').execute()).toHaveLength(0);
  });

  it('a negative-list item is refused whoever sends it', async () => {
    const neg = await env.ownerDb
      .selectFrom('admission_item')
      .select('id')
      .where('title', '=', '安全生产执法检查')
      .executeTakeFirstOrThrow();
    const res = await api(sfj, 'POST', '/admission/tasks', { ...task, kind: 'inspection', itemId: neg.id });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: 'ADMISSION_NEGATIVE_LIST', params: { item: '安全生产执法检查' } },
    });
  });

  it("another unit's item, or another kind of work on this one, is refused", async () => {
    const other = await api(mzj, 'POST', '/admission/tasks', { ...task, itemId });
    expect(other.json()).toMatchObject({
      error: { code: 'ADMISSION_REQUIRED', params: { refusal: 'other_unit' } },
    });
    const kind = await api(sfj, 'POST', '/admission/tasks', { ...task, itemId, kind: 'evaluation' });
    expect(kind.json()).toMatchObject({
      error: { code: 'ADMISSION_REQUIRED', params: { refusal: 'wrong_kind' } },
    });
  });

  it('with the admitted item the task reaches the community, which sees it and is notified; no one else', async () => {
    const res = await api(sfj, 'POST', '/admission/tasks', { ...task, itemId });
    expect(res.statusCode).toBe(201);
    const sent = res.json<{ items: { id: string; communityCode: string }[] }>().items;
    expect(sent.map((t) => t.communityCode)).toEqual([DEMO_COMMUNITY]);
    const mine = await api(community, 'GET', '/admission/tasks');
    expect(mine.json<{ items: { id: string }[] }>().items.map((t) => t.id)).toContain(sent[0]!.id);
    const theirs = await api(otherStreet, 'GET', '/admission/tasks');
    expect(theirs.json<{ items: { id: string }[] }>().items.map((t) => t.id)).not.toContain(sent[0]!.id);
    const note = await env.ownerDb
      .selectFrom('notification as n')
      .innerJoin('unit as u', 'u.id', 'n.unit_id')
      .select('n.kind')
      .where('u.jurisdiction_code', '=', DEMO_COMMUNITY)
      .where('n.kind', '=', 'community_task')
      .executeTakeFirst();
    expect(note).toBeDefined();
    expect((await api(sfj, 'POST', `/admission/tasks/${sent[0]!.id}/done`, {})).statusCode).toBe(403);
    const done = await api(community, 'POST', `/admission/tasks/${sent[0]!.id}/done`, { note: '已走访' });
    expect(done.json()).toMatchObject({ status: 'done' });
  });

  it('after the item exits, nothing more is sent on it', async () => {
    expect((await api(sfj, 'POST', `/admission/items/${itemId}/exit`, { note: '退出' })).statusCode).toBe(
      403,
    );
    const sup = await api(mzj, 'POST', `/admission/items/${itemId}/supervise`, {
      note: '抽查：走访记录完整',
    });
    expect(sup.json<{ events: { action: string }[] }>().events.map((e) => e.action)).toContain('supervise');
    const exit = await api(mzj, 'POST', `/admission/items/${itemId}/exit`, {
      note: '群众普遍不认可，退出清单',
    });
    expect(exit.json()).toMatchObject({ status: 'exited', state: 'exited', tasksSent: 1 });
    const res = await api(sfj, 'POST', '/admission/tasks', { ...task, itemId });
    expect(res.json()).toMatchObject({
      error: { code: 'ADMISSION_REQUIRED', params: { refusal: 'exited' } },
    });
  });
});

describe('workload and money per community', () => {
  type W = {
    communityCode: string;
    items: { list: string }[];
    hoursPerMonth: number;
    fundingPerYear: number;
  };

  it('a community sees its own admitted items, hours and money, and no other community', async () => {
    const res = await api(community, 'GET', '/admission/workload');
    expect(res.statusCode).toBe(200);
    const w = res.json<W>();
    expect(w.communityCode).toBe(DEMO_COMMUNITY);
    expect(w.items.length).toBeGreaterThan(5);
    expect(w.items.some((i) => i.list === 'negative')).toBe(false);
    expect(w.hoursPerMonth).toBeGreaterThan(0);
    expect(w.fundingPerYear).toBeGreaterThan(0);
    expect(
      (await api(community, 'GET', `/admission/workload?communityCode=${otherCommunity}`)).statusCode,
    ).toBe(404);
    expect((await api(community, 'GET', '/admission/workload/communities')).statusCode).toBe(403);
  });

  it('the district sees every community; a street office only its own; a department none', async () => {
    const district = await api(mzj, 'GET', '/admission/workload/communities');
    const all = district
      .json<{ communities: { communityCode: string }[] }>()
      .communities.map((c) => c.communityCode);
    expect(all).toEqual(expect.arrayContaining([DEMO_COMMUNITY, otherCommunity]));
    const street = await api(streetLead, 'GET', '/admission/workload/communities');
    const ours = street
      .json<{ communities: { communityCode: string }[] }>()
      .communities.map((c) => c.communityCode);
    expect(ours).toContain(DEMO_COMMUNITY);
    expect(ours).not.toContain(otherCommunity);
    expect(
      (await api(otherStreet, 'GET', `/admission/workload?communityCode=${DEMO_COMMUNITY}`)).statusCode,
    ).toBe(404);
    expect((await api(sfj, 'GET', '/admission/workload/communities')).statusCode).toBe(403);
  });
});

describe('requests that came outside the gate', () => {
  it('a community reports one; the office is notified, sees it counted and answers it; another street does not see it', async () => {
    const body = {
      requester: '区某局综合科',
      content: '电话要求社区三天内上报辖区全部商铺名单。',
      requestedOn: '2026-12-03',
      evidence: '通话记录',
    };
    expect((await api(sfj, 'POST', '/admission/offgate', body)).statusCode).toBe(403);
    const res = await api(community, 'POST', '/admission/offgate', body);
    expect(res.statusCode).toBe(201);
    const id = res.json<{ id: string }>().id;
    const office = await api(mzj, 'GET', '/admission/offgate');
    const list = office.json<{ items: { id: string }[]; byCommunity: { code: string; count: number }[] }>();
    expect(list.items.map((i) => i.id)).toContain(id);
    expect(list.byCommunity.find((c) => c.code === DEMO_COMMUNITY)!.count).toBeGreaterThanOrEqual(1);
    const noticed = await env.ownerDb
      .selectFrom('notification as n')
      .innerJoin('app_user as u', 'u.unit_id', 'n.unit_id')
      .select('n.id')
      .where('u.username', '=', 'mzj_handler')
      .where('n.kind', '=', 'admission_offgate')
      .executeTakeFirst();
    expect(noticed).toBeDefined();
    const other = await api(otherStreet, 'GET', '/admission/offgate');
    expect(other.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(id);
    expect(
      (await api(community, 'POST', `/admission/offgate/${id}/handle`, { note: '自己处理' })).statusCode,
    ).toBe(403);
    const handled = await api(mzj, 'POST', `/admission/offgate/${id}/handle`, {
      note: '已约谈来文单位，撤回要求',
    });
    expect(handled.json()).toMatchObject({ status: 'handled' });
  });
});
