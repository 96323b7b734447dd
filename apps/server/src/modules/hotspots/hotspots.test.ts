import { districtOfPath } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import {
  district,
  newCaseId,
  newPlace,
  newStaff,
  newUnit,
  type Place,
  type Staff,
} from '../../test/factories.ts';
import { computeHotspots } from './hotspots.service.ts';

// Two streets of the test's own: `home` and `away`, each with three residents reporting the dirty public toilet of
// their community in different words (a hot issue each), plus one caller writing three times at home about
// something else (one reporter: not hot). The district's supervisor sees both; each street's lead its own.
let env: TestEnv;
let home: Place;
let away: Place;
let supervisor: Staff;
let homeLead: Staff;
let awayLead: Staff;
let handler: Staff;
let coHandler: Staff;
const ids = { home: [] as string[], away: [] as string[], alone: [] as string[], private: '' };
const CATEGORY = 'C01.05'; // 公用设施 › 公厕问题, published

async function insertCase(
  place: Place,
  title: string,
  phone: string | null,
  daysAgo: number,
  over: { keepPrivate?: boolean } = {},
): Promise<string> {
  const createdAt = new Date(Date.now() - daysAgo * 86_400_000);
  const id = newCaseId(createdAt);
  await env.ownerDb
    .insertInto('case')
    .values({
      id,
      status: 'dispatched',
      request_type: 'complaint',
      channel: 'hotline',
      urgency: 'ordinary',
      category_code: CATEGORY,
      title,
      description: `${title}。请尽快处理。`,
      region_path: place.community.path,
      district_code: districtOfPath(place.community.path),
      community_code: place.community.code,
      street_code: place.street.code,
      reporter_phone_hash: phone ? env.pii.blindIndex(phone) : null,
      keep_private: over.keepPrivate ?? false,
      created_at: createdAt,
    })
    .execute();
  return id;
}

const get = (s: Session, url: string) => env.app.inject({ method: 'GET', url, headers: s.headers });
const post = (s: Session | null, url: string, payload: object) =>
  env.app.inject({ method: 'POST', url, payload, ...(s ? { headers: s.headers } : {}) });

beforeAll(async () => {
  env = await createTestEnv();
  const { governmentId } = await district(env.ownerDb);
  home = await newPlace(env);
  away = await newPlace(env);
  const dept = await newUnit(env.ownerDb, { kind: 'department', name: '测试环卫中心' });
  const co = await newUnit(env.ownerDb, { kind: 'department', name: '测试城管执法队' });
  [supervisor, homeLead, awayLead, handler, coHandler] = await Promise.all([
    newStaff(env, ['supervisor'], governmentId),
    newStaff(env, ['street_lead'], home.street.officeId),
    newStaff(env, ['street_lead'], away.street.officeId),
    newStaff(env, ['handler'], dept),
    newStaff(env, ['handler'], co),
  ]);
  ids.home = [
    await insertCase(home, '社区公厕很脏没人打扫', '13800000001', 3),
    await insertCase(home, '公厕脏乱没人打扫，气味很大', '13800000002', 2),
    await insertCase(home, '社区公厕没人打扫太脏了', '13800000003', 1),
  ];
  ids.away = [
    await insertCase(away, '公厕很脏没人打扫', '13900000001', 3),
    await insertCase(away, '公厕太脏没人打扫', '13900000002', 2),
    await insertCase(away, '公厕脏没人打扫，很臭', '13900000003', 1),
  ];
  ids.alone = [0, 1, 2].map(() => '');
  for (let i = 0; i < 3; i++)
    ids.alone[i] = await insertCase(home, '楼下路灯坏了一直不亮晚上很黑', '13700000009', 4 - i);
  ids.private = await insertCase(home, '公厕门坏了', '13800000007', 1, { keepPrivate: true });
  await computeHotspots(env.ctx);
});
afterAll(async () => env.close());

type Cluster = { id: string; reporters: number; cases: number; hot: boolean; place: { key: string } | null };

async function clusterOf(s: Session, caseId: string, all = false): Promise<Cluster | undefined> {
  const res = await get(s, `/api/hotspots?limit=200${all ? '&all=true' : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  for (const c of res.json<{ items: Cluster[] }>().items) {
    const d = await get(s, `/api/hotspots/${c.id}`);
    if (d.json<{ caseList: { id: string }[] }>().caseList.some((x) => x.id === caseId)) return c;
  }
  return undefined;
}

describe('hot issues', () => {
  it('clusters three residents about one problem at one place into a hot issue; one caller three times is not hot', async () => {
    const c = await clusterOf(supervisor, ids.home[0]!);
    expect(c).toMatchObject({
      reporters: 3,
      cases: 3,
      hot: true,
      place: { key: `community:${home.community.code}` },
    });
    const d = (await get(supervisor, `/api/hotspots/${c!.id}`)).json<{
      caseList: { id: string }[];
      perDay: { count: number }[];
      heat: number;
    }>();
    expect(d.caseList.map((x) => x.id).sort()).toEqual([...ids.home].sort());
    expect(d.perDay.reduce((s, x) => s + x.count, 0)).toBe(3);
    expect(d.heat).toBeGreaterThan(2);
    expect(await clusterOf(supervisor, ids.alone[0]!)).toBeUndefined();
    const alone = await clusterOf(supervisor, ids.alone[0]!, true);
    expect(alone).toMatchObject({ reporters: 1, cases: 3, hot: false });
  });

  it('a street sees only its own hot issues, the district all', async () => {
    expect(await clusterOf(homeLead, ids.home[0]!)).toBeDefined();
    expect(await clusterOf(homeLead, ids.away[0]!)).toBeUndefined();
    expect(await clusterOf(awayLead, ids.away[0]!)).toBeDefined();
    expect(await clusterOf(awayLead, ids.home[0]!)).toBeUndefined();
    expect(await clusterOf(supervisor, ids.away[0]!)).toBeDefined();
    const homeCluster = await clusterOf(homeLead, ids.home[0]!);
    expect((await get(awayLead, `/api/hotspots/${homeCluster!.id}`)).statusCode).toBe(404);
  });

  it('a department handler without a jurisdiction may not read hot issues', async () => {
    expect((await get(handler, '/api/hotspots')).statusCode).toBe(403);
    expect((await get(handler, '/api/hotspots/monthly')).statusCode).toBe(403);
  });
});

describe('me too (我也是)', () => {
  it('counts once per phone, on published cases only, and feeds the cluster likes', async () => {
    const { public_id } = await env.ownerDb
      .selectFrom('case')
      .select('public_id')
      .where('id', '=', ids.home[0]!)
      .executeTakeFirstOrThrow();
    const url = `/api/public/cases/${public_id}/metoo`;
    const first = await post(null, url, { phone: '13600000001' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ count: 1, counted: true });
    expect((await post(null, url, { phone: '+8613600000001' })).json()).toEqual({ count: 1, counted: false });
    expect((await post(null, url, { phone: '13600000002' })).json()).toEqual({ count: 2, counted: true });
    expect((await env.app.inject({ method: 'GET', url })).json()).toEqual({ count: 2 });
    expect((await post(null, url, { phone: '12' })).statusCode).toBe(400);

    const hidden = await env.ownerDb
      .selectFrom('case')
      .select('public_id')
      .where('id', '=', ids.private)
      .executeTakeFirstOrThrow();
    expect(
      (await post(null, `/api/public/cases/${hidden.public_id}/metoo`, { phone: '13600000001' })).statusCode,
    ).toBe(404);
    // the phone is kept only as its blind index
    const rows = await env.ownerDb
      .selectFrom('case_metoo')
      .selectAll()
      .where('case_id', '=', ids.home[0]!)
      .execute();
    expect(rows.map((r) => r.voter_hash)).not.toContain('13600000001');

    await computeHotspots(env.ctx);
    const c = await clusterOf(supervisor, ids.home[0]!);
    const d = (await get(supervisor, `/api/hotspots/${c!.id}`)).json<{ likes: number; heat: number }>();
    expect(d.likes).toBe(2);
  });
});

type Topic = {
  key: string;
  group: { code: string };
  place: { kind: string; key: string; label: string };
  cases: number;
  reporters: number;
  taskId: string | null;
};

describe('每月一题 and proactive tasks', () => {
  it('ranks the month’s topics per street jurisdiction; only the district may pick', async () => {
    const res = await get(supervisor, '/api/hotspots/monthly');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ topics: Topic[]; canPick: boolean; previousMonths: string[] }>();
    expect(body.canPick).toBe(true);
    expect(body.previousMonths).toHaveLength(3);
    const homeTopic = body.topics.find(
      (t) => t.place.key === `community:${home.community.code}` && t.group.code === 'C01',
    );
    // 3 toilet cases + 3 street-light cases of one caller + the private one, all 公用设施 at the home community
    expect(homeTopic).toMatchObject({ cases: 7, reporters: 5 });
    const street = (await get(awayLead, '/api/hotspots/monthly')).json<{
      topics: Topic[];
      canPick: boolean;
    }>();
    expect(street.canPick).toBe(false);
    expect(street.topics.some((t) => t.place.key === `community:${home.community.code}`)).toBe(false);
    expect(street.topics.some((t) => t.place.key === `community:${away.community.code}`)).toBe(true);
  });

  it('opens a task from a topic, notifies the units, takes notes, measures the effect and closes', async () => {
    const topics = (await get(supervisor, '/api/hotspots/monthly')).json<{ topics: Topic[] }>().topics;
    const topic = topics.find((t) => t.place.key === `community:${home.community.code}`)!;
    const body = {
      title: '社区公厕专项整治',
      group: topic.group.code,
      place: topic.place,
      month: new Date().toISOString().slice(0, 7),
      ownerUnitId: handler.unitId,
      coUnitIds: [coHandler.unitId],
      deadline: '2027-01-31',
      plan: '增加保洁频次，每日巡查两次，公示保洁责任人。',
    };
    expect((await post(homeLead, '/api/proactive-tasks', body)).statusCode).toBe(403);
    const created = await post(supervisor, '/api/proactive-tasks', body);
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json<{
      id: string;
      status: string;
      effect: { before: number[]; after: (number | null)[] };
      coUnits: { name: string }[];
    }>();
    expect(task.status).toBe('open');
    expect(task.coUnits.map((u) => u.name)).toEqual(['测试城管执法队']);
    // the topic's cases of the weeks before: all seven came in within the last week
    expect(task.effect.before.reduce((s, n) => s + n, 0)).toBe(7);
    expect(task.effect.after.every((n) => n === null)).toBe(true);

    const notes = await env.ownerDb
      .selectFrom('notification')
      .select(['unit_id', 'kind'])
      .where('kind', '=', 'proactive_task')
      .execute();
    expect(notes.map((n) => n.unit_id).sort()).toEqual([handler.unitId, coHandler.unitId].sort());

    // the monthly ranking now links the topic to its task
    const again = (await get(supervisor, '/api/hotspots/monthly')).json<{ topics: Topic[] }>().topics;
    expect(again.find((t) => t.key === topic.key)!.taskId).toBe(task.id);

    // the owner unit sees it in its list and writes progress; the other street does not see it
    const list = (await get(handler, '/api/proactive-tasks')).json<{ items: { id: string }[] }>();
    expect(list.items.map((t) => t.id)).toContain(task.id);
    const noted = await post(handler, `/api/proactive-tasks/${task.id}/notes`, { body: '已增派两名保洁员' });
    expect(noted.statusCode, noted.body).toBe(200);
    expect(noted.json<{ notes: { body: string }[] }>().notes.map((n) => n.body)).toEqual([
      '已增派两名保洁员',
    ]);
    expect((await get(awayLead, `/api/proactive-tasks/${task.id}`)).statusCode).toBe(404);
    expect(
      (await post(coHandler, `/api/proactive-tasks/${task.id}/close`, { note: '完成' })).statusCode,
    ).toBe(403);

    const closed = await post(supervisor, `/api/proactive-tasks/${task.id}/close`, {
      note: '保洁到位，群众满意',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<{ status: string; closeNote: string }>()).toMatchObject({
      status: 'closed',
      closeNote: '保洁到位，群众满意',
    });
    expect((await post(supervisor, `/api/proactive-tasks/${task.id}/close`, { note: 'x' })).statusCode).toBe(
      409,
    );
    expect((await post(handler, `/api/proactive-tasks/${task.id}/notes`, { body: 'x' })).statusCode).toBe(
      409,
    );
  });
});

describe('舆情 posts attached to hot issues', () => {
  it('a matching post joins its hot issue by itself, the operator attaches another from the picker; both show on the cluster and each counts as one like', async () => {
    const { governmentId } = await district(env.ownerDb);
    const operator = await newStaff(env, ['operator'], governmentId);
    const { name } = await env.ownerDb
      .selectFrom('region')
      .select('name')
      .where('code', '=', home.community.code)
      .executeTakeFirstOrThrow();
    const before = await clusterOf(supervisor, ids.home[0]!);
    const likes0 = (await get(supervisor, `/api/hotspots/${before!.id}`)).json<{ likes: number }>().likes;

    const published = new Date(Date.now() - 3_600_000).toISOString();
    const res = await post(operator, '/api/opinion/items', {
      items: [
        {
          source: '微博',
          ref: 'hs-auto',
          title: `${name}社区公厕很脏没人打扫`,
          text: '公厕脏得没法进，气味很大，一直没人打扫',
          regionCode: home.community.code,
          publishedAt: published,
        },
        {
          source: '论坛',
          ref: 'hs-manual',
          title: `${name}居民议论厕所卫生`,
          text: '大家在群里说这事好几天了',
          regionCode: home.community.code,
          publishedAt: published,
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const [auto, manual] = res.json<{ items: { id: string; clusterCaseId: string | null }[] }>().items;
    expect(ids.home).toContain(auto!.clusterCaseId);
    expect(manual!.clusterCaseId).toBeNull();

    const attach = (s: Staff, clusterId: string) =>
      post(s, `/api/opinion/items/${manual!.id}/cluster`, { clusterId });
    const denied = await attach(handler, before!.id);
    expect(denied.statusCode, denied.body).toBe(403);
    const done = await attach(operator, before!.id);
    expect(done.statusCode, done.body).toBe(200);
    expect((await attach(operator, before!.id)).statusCode).toBe(409);

    type Detail = { likes: number; opinion: { id: string; by: string }[] };
    const d = (await get(supervisor, `/api/hotspots/${before!.id}`)).json<Detail>();
    expect(d.opinion.map((o) => [o.id, o.by]).sort()).toEqual(
      [
        [auto!.id, 'auto'],
        [manual!.id, 'operator'],
      ].sort(),
    );
    expect(d.likes).toBe(likes0 + 2);

    // the next run recounts: the posts stay with the problem (new cluster ids) and still count one like each
    await computeHotspots(env.ctx);
    const after = await clusterOf(supervisor, ids.home[0]!);
    const d2 = (await get(supervisor, `/api/hotspots/${after!.id}`)).json<Detail & { reporters: number }>();
    expect(d2.opinion).toHaveLength(2);
    expect(d2.likes).toBe(likes0 + 2);
    expect(d2.reporters).toBe(3);

    // the opinion list names the hot issue of each post
    const list = (await get(operator, '/api/opinion/items?limit=200')).json<{
      items: { id: string; cluster: { id: string | null; by: string } | null }[];
    }>();
    const mine = list.items.filter((i) => i.id === auto!.id || i.id === manual!.id);
    expect(mine.map((i) => i.cluster?.id)).toEqual([after!.id, after!.id]);
  });
});
