import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { newStaff, newStreet, newWorld, type World } from '../../test/factories.ts';
import { DEMO_API_KEY, ensureDemoApiKey } from '../apikeys/apikeys.service.ts';
import { notifyOverdueAlerts } from './opinion.jobs.ts';

// 舆情: items once per (source, ref), alerts to the district with the 24 h / 48 h clocks, media cases, scoping.
let env: TestEnv;
let w: World;
let admin: Session;
let streetName: string;

beforeAll(async () => {
  env = await createTestEnv();
  w = await newWorld(env);
  admin = await login(env.app, 'admin');
  await ensureDemoApiKey(env.ownerDb);
  streetName = (
    await env.ownerDb
      .selectFrom('region')
      .select('name')
      .where('code', '=', w.street.code)
      .executeTakeFirstOrThrow()
  ).name;
});
afterAll(async () => env.close());

const HOUR = 3_600_000;
const post = (s: Session, items: object[]) =>
  env.app.inject({ method: 'POST', url: '/api/opinion/items', headers: s.headers, payload: { items } });
const item = (over: object = {}) => ({
  source: '微博',
  ref: `wb-${Math.random().toString(36).slice(2)}`,
  title: `${streetName}小区垃圾成山没人管`,
  text: '恶臭扰民，投诉多次没人管',
  publishedAt: new Date(Date.now() - HOUR).toISOString(),
  reposts: 30,
  comments: 20,
  likes: 10,
  ...over,
});
interface Alert {
  id: string;
  level: string;
  clock: string;
  dueAt: string;
  overdueNotifiedAt: string | null;
  hours: number;
  item: { id: string; title: string };
}
const alerts = async (s: Session) =>
  (await env.app.inject({ method: 'GET', url: '/api/opinion/alerts', headers: s.headers })).json<{
    items: Alert[];
  }>().items;

describe('opinion items', () => {
  it('the same item twice is one: the second only updates its reach', async () => {
    const it1 = item();
    const first = await post(w.users.operator, [it1]);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ created: 1, updated: 0, alerts: 1 });
    const again = await post(w.users.operator, [{ ...it1, likes: 500 }]);
    expect(again.json()).toMatchObject({ created: 0, updated: 1, alerts: 0 });
    const rows = await env.ownerDb
      .selectFrom('opinion_item')
      .selectAll()
      .where('source_ref', '=', it1.ref)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ likes: 500, heat: 30 * 3 + 20 * 2 + 500, sentiment: 'negative' });
    expect(rows[0]!.region_path).toBe(w.street.path);
    expect(
      await env.ownerDb.selectFrom('opinion_alert').select('id').where('item_id', '=', rows[0]!.id).execute(),
    ).toHaveLength(1);
  });

  it('a vendor pushes with an API key; without one it is 401', async () => {
    const body = { items: [item({ source: 'vendor', ref: 'v-1', sentiment: 'neutral' })] };
    const none = await env.app.inject({ method: 'POST', url: '/api/opinion/feed', payload: body });
    expect(none.statusCode).toBe(401);
    const bad = await env.app.inject({
      method: 'POST',
      url: '/api/opinion/feed',
      headers: { 'x-api-key': 'wrong-key-123' },
      payload: body,
    });
    expect(bad.statusCode).toBe(401);
    const ok = await env.app.inject({
      method: 'POST',
      url: '/api/opinion/feed',
      headers: { 'x-api-key': DEMO_API_KEY },
      payload: body,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ created: 1, alerts: 0 });
  });

  it('a CSV upload with Chinese headers, twice, stores each post once', async () => {
    const csv =
      '来源,编号,标题,内容,发布时间,情感,转发,评论,点赞\n' +
      `论坛,bbs-1,${streetName}路灯坏了,晚上很黑,2026-12-06 20:00,负面,1,2,3\n` +
      `论坛,bbs-2,${streetName}社区活动,很热闹,2026-12-06 21:00,正面,0,0,1\n`;
    const upload = () => {
      const boundary = '----og';
      const payload =
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="posts.csv"\r\nContent-Type: text/csv\r\n\r\n` +
        `${csv}\r\n--${boundary}--\r\n`;
      return env.app.inject({
        method: 'POST',
        url: '/api/opinion/import',
        headers: {
          ...w.users.dispatcher.headers,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload,
      });
    };
    const first = await upload();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ created: 2, updated: 0, alerts: 0 });
    expect((await upload()).json()).toMatchObject({ created: 0, updated: 2 });
    const row = await env.ownerDb
      .selectFrom('opinion_item')
      .selectAll()
      .where('source_ref', '=', 'bbs-1')
      .executeTakeFirstOrThrow();
    expect(row.published_at.toISOString()).toBe('2026-12-06T12:00:00.000Z');
    expect(row.sentiment).toBe('negative');
  });

  it('an item becomes a media case once; another is attached to it', async () => {
    const res = (await post(w.users.operator, [item(), item({ sentiment: 'neutral' })])).json<{
      items: { id: string }[];
    }>();
    const [a, b] = res.items;
    const made = await env.app.inject({
      method: 'POST',
      url: `/api/opinion/items/${a!.id}/case`,
      headers: w.users.operator.headers,
    });
    expect(made.statusCode).toBe(201);
    const caseId = made.json<{ caseId: string }>().caseId;
    const c = await env.ownerDb
      .selectFrom('case')
      .select(['channel'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(c.channel).toBe('media');
    const twice = await env.app.inject({
      method: 'POST',
      url: `/api/opinion/items/${a!.id}/case`,
      headers: w.users.operator.headers,
    });
    expect(twice.statusCode).toBe(409);
    const attach = await env.app.inject({
      method: 'POST',
      url: `/api/opinion/items/${b!.id}/attach`,
      headers: w.users.operator.headers,
      payload: { caseId },
    });
    expect(attach.json()).toEqual({ id: b!.id, caseId });
    const handlerTry = await env.app.inject({
      method: 'POST',
      url: `/api/opinion/items/${b!.id}/case`,
      headers: w.users.handler.headers,
    });
    expect(handlerTry.statusCode).toBe(403);
  });
});

describe('alerts and their clocks', () => {
  it('major (heat ≥ 1000) gets 24 h from publication, general 48 h; past due is overdue; a response stops the clock', async () => {
    const published = new Date(Date.now() - 50 * HOUR);
    const res = await post(w.users.operator, [
      item({ ref: 'major-1', reposts: 400, publishedAt: new Date(Date.now() - HOUR).toISOString() }),
      item({ ref: 'late-1', publishedAt: published.toISOString() }),
      item({ ref: 'cool-1', reposts: 0, comments: 0, likes: 99 }),
      item({ ref: 'elsewhere-1', title: '外区的事情没人管', text: '投诉' }),
    ]);
    expect(res.json()).toMatchObject({ created: 4, alerts: 2 });
    const list = await alerts(w.users.dispatcher);
    const major = list.find((a) => a.item.title.startsWith(streetName) && a.level === 'major')!;
    expect(major).toMatchObject({ clock: 'open', hours: 24 });
    const late = list.find((a) => new Date(a.dueAt).getTime() === published.getTime() + 48 * HOUR)!;
    expect(late).toMatchObject({ level: 'general', clock: 'overdue', hours: 48 });

    const respond = (s: Session, id: string) =>
      env.app.inject({
        method: 'POST',
        url: `/api/opinion/alerts/${id}/respond`,
        headers: s.headers,
        payload: { response: '已发布情况通报' },
      });
    expect((await respond(w.users.operator, major.id)).statusCode).toBe(403);
    expect((await respond(w.users.dispatcher, major.id)).json()).toMatchObject({ clock: 'responded' });
    expect((await respond(w.users.dispatcher, major.id)).statusCode).toBe(409);
    expect((await respond(w.users.streetLead, late.id)).json()).toMatchObject({ clock: 'responded_late' });

    // the district's dispatch centre was told
    const notes = await env.ownerDb
      .selectFrom('notification')
      .select('unit_id')
      .where('kind', '=', 'opinion_alert')
      .execute();
    expect(notes.map((n) => n.unit_id)).toContain(w.governmentId);
  });

  it('a clock that runs out unanswered tells the district once, across concurrent sweeps; the list shows it overdue', async () => {
    const title = `${streetName}超时测试：河道漂浮垃圾没人管`;
    const res = await post(w.users.operator, [
      // 重特大: 24 h, published 20 h ago (runs out in 4 h)
      item({
        ref: 'od-major',
        title,
        reposts: 400,
        publishedAt: new Date(Date.now() - 20 * HOUR).toISOString(),
      }),
      // general, answered in time: never told
      item({
        ref: 'od-answered',
        title: `${title}（已回应）`,
        publishedAt: new Date(Date.now() - HOUR).toISOString(),
      }),
    ]);
    expect(res.json()).toMatchObject({ created: 2, alerts: 2 });
    const answered = (await alerts(w.users.dispatcher)).find((a) => a.item.title === `${title}（已回应）`)!;
    await env.app.inject({
      method: 'POST',
      url: `/api/opinion/alerts/${answered.id}/respond`,
      headers: w.users.dispatcher.headers,
      payload: { response: '已发布情况通报' },
    });
    const told = async (t: string) =>
      env.ownerDb
        .selectFrom('notification')
        .select(['unit_id', 'kind'])
        .where('kind', '=', 'opinion_overdue')
        .where(sql<boolean>`params->>'title' = ${t}`)
        .execute();
    // before the 24 h run out: nothing
    await notifyOverdueAlerts(env.db, new Date());
    expect(await told(title)).toEqual([]);
    // 49 h after publication both clocks have run out; only the unanswered one is told, once, whoever sweeps
    const later = new Date(Date.now() + 29 * HOUR);
    await Promise.all([
      notifyOverdueAlerts(env.db, later, 10_000),
      notifyOverdueAlerts(env.db, later, 10_000),
    ]);
    await notifyOverdueAlerts(env.db, new Date(later.getTime() + HOUR), 10_000);
    expect(await told(title)).toEqual([{ unit_id: w.governmentId, kind: 'opinion_overdue' }]);
    expect(await told(`${title}（已回应）`)).toEqual([]);
    const inbox = await env.app.inject({
      method: 'GET',
      url: '/api/notifications',
      headers: w.users.dispatcher.headers,
    });
    expect(inbox.body).toContain(`【舆情超时未回应】${title}`);
    // the page's list: overdue, with when the district was told
    await env.ownerDb
      .updateTable('opinion_alert')
      .set({ due_at: new Date(Date.now() - HOUR) })
      .where('item_id', '=', res.json<{ items: { id: string }[] }>().items[0]!.id)
      .execute();
    const a = (await alerts(w.users.dispatcher)).find((x) => x.item.title === title)!;
    expect(a).toMatchObject({ clock: 'overdue', overdueNotifiedAt: later.toISOString() });
  });

  it('a street sees its own alerts only; another street sees none of them', async () => {
    expect((await alerts(w.users.streetLead)).length).toBeGreaterThan(0);
    const other = await newStaff(env, ['street_lead'], (await newStreet(env.ownerDb)).officeId);
    expect(await alerts(other)).toEqual([]);
    const items = await env.app.inject({ method: 'GET', url: '/api/opinion/items', headers: other.headers });
    expect(items.json()).toMatchObject({ total: 0, items: [] });
    const handler = await env.app.inject({
      method: 'GET',
      url: '/api/opinion/alerts',
      headers: w.users.handler.headers,
    });
    expect(handler.statusCode).toBe(403);
  });

  it('settings: only a district administrator changes the heats; the major heat may not be below the alert heat', async () => {
    const put = (s: Session, body: object) =>
      env.app.inject({ method: 'PUT', url: '/api/opinion/settings', headers: s.headers, payload: body });
    expect((await put(w.users.dispatcher, { alertHeat: 50, majorHeat: 500 })).statusCode).toBe(403);
    expect((await put(admin, { alertHeat: 500, majorHeat: 50 })).statusCode).toBe(400);
    expect((await put(admin, { alertHeat: 50, majorHeat: 500 })).json()).toEqual({
      alertHeat: 50,
      majorHeat: 500,
    });
    const res = await post(w.users.operator, [item({ ref: 'cool-2', reposts: 0, comments: 0, likes: 60 })]);
    expect(res.json()).toMatchObject({ alerts: 1 });
  });
});
