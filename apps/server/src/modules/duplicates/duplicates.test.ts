import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { intake, newStaff, newWorld, type World } from '../../test/factories.ts';

let env: TestEnv;
let w1: World;
let w2: World;
/** an operator of w1's street office: sees w1's street only */
let streetOperator: Session;

beforeAll(async () => {
  env = await createTestEnv();
  [w1, w2] = [await newWorld(env), await newWorld(env)];
  streetOperator = await newStaff(env, ['operator'], w1.units.street);
});
afterAll(async () => env.close());

const LAMP = '幸福里小区东门外的路灯已经坏了一个星期，晚上一片漆黑，老人出门很危险';
const LAMP_AGAIN = '幸福里小区东门路灯坏了好几天，晚上黑漆漆的，老人出门很不安全，请修一下';

function lookup(s: Session, body: object) {
  return env.app.inject({ method: 'POST', url: '/api/cases/duplicates', headers: s.headers, payload: body });
}
type Candidates = {
  items: {
    case: { id: string };
    reasons: string[];
    similarity: number;
    distanceM: number | null;
    days: number;
    sameCaller: boolean;
  }[];
};
const ids = (res: { json: <T>() => T }) => res.json<Candidates>().items.map((i) => i.case.id);

describe('POST /api/cases/duplicates', () => {
  it('finds the same problem told in other words from another phone, with its reasons; other roles are refused', async () => {
    const first = await intake(env, w1.users.operator, {
      requestType: 'complaint',
      categoryCode: w1.category,
      description: LAMP,
      reporterPhone: '13800002222',
      lon: w1.point.lon,
      lat: w1.point.lat,
    });
    const res = await lookup(w1.users.operator, {
      text: LAMP_AGAIN,
      phone: '13900003333',
      lon: w1.point.lon,
      lat: w1.point.lat,
      categoryCode: w1.category,
    });
    expect(res.statusCode).toBe(200);
    const hit = res.json<Candidates>().items.find((i) => i.case.id === first.id);
    expect(hit).toMatchObject({ distanceM: 0, days: 0, sameCaller: false });
    expect(hit!.similarity).toBeGreaterThanOrEqual(0.4);
    expect(hit!.reasons).toContain('same_text');

    // the same caller, about something else entirely: still a candidate, for that reason
    const same = await lookup(w1.users.dispatcher, {
      text: '想咨询一下居住证怎么办理',
      phone: '13800002222',
    });
    expect(same.json<Candidates>().items.find((i) => i.case.id === first.id)?.reasons).toEqual([
      'same_caller',
    ]);

    expect((await lookup(w1.users.handler, { text: LAMP_AGAIN })).statusCode).toBe(403);
    expect((await lookup(w1.users.supervisor, { text: LAMP_AGAIN })).statusCode).toBe(403);
    const anon = await env.app.inject({
      method: 'POST',
      url: '/api/cases/duplicates',
      payload: { text: LAMP },
    });
    expect(anon.statusCode).toBe(401);
  });

  it("never offers another street's case to a street's operator; the district desk sees both", async () => {
    const text = '和平路菜市场门口污水井盖被压碎了，车辆经过很危险，已经有电动车摔倒';
    const mine = await intake(env, w1.users.operator, {
      requestType: 'complaint',
      categoryCode: w1.category,
      description: text,
      lon: w1.point.lon,
      lat: w1.point.lat,
    });
    const theirs = await intake(env, w2.users.operator, {
      requestType: 'complaint',
      categoryCode: w2.category,
      description: text,
      lon: w2.point.lon,
      lat: w2.point.lat,
    });
    const probe = { text: '和平路菜市场门口井盖碎了，车经过很危险' };
    const street = ids(await lookup(streetOperator, probe));
    expect(street).toContain(mine.id);
    expect(street).not.toContain(theirs.id);
    const district = ids(await lookup(w1.users.operator, probe));
    expect(district).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });
});

describe('decisions and the weekly acceptance report', () => {
  it('stores what was shown, a rejection and an attach (并入此件) as a confirmation; the report counts them per week', async () => {
    const report = async () =>
      (
        await env.app.inject({
          method: 'GET',
          url: '/api/duplicates/report',
          headers: w1.users.supervisor.headers,
        })
      ).json<{ total: { shown: number; confirmed: number; rejected: number } }>().total;
    const before = await report();

    const text = '建设路12号楼下烧烤摊每天营业到凌晨两点，油烟和噪音扰民严重';
    const a = await intake(env, w1.users.operator, {
      requestType: 'complaint',
      categoryCode: w1.category,
      description: text,
      lon: w1.point.lon,
      lat: w1.point.lat,
    });
    const b = await intake(env, w1.users.operator, {
      requestType: 'complaint',
      categoryCode: w1.category,
      description: `${text}，已经投诉多次`,
      lon: w1.point.lon,
      lat: w1.point.lat,
    });
    const sessionKey = 'intake-test-0001';
    const call = '建设路12号楼下的烧烤摊凌晨还在营业，油烟噪音太大了';
    const shown = await lookup(w1.users.operator, { text: call, sessionKey });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(ids(shown)).toEqual(expect.arrayContaining([a.id, b.id]));
    const rows = await env.ownerDb
      .selectFrom('duplicate_decision')
      .selectAll()
      .where('session_key', '=', sessionKey)
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.decision === null && r.call_text === call)).toBe(true);

    // not a duplicate: stored, and the next lookup in the same intake leaves it out
    const rejected = await env.app.inject({
      method: 'POST',
      url: '/api/duplicates/decisions',
      headers: w1.users.operator.headers,
      payload: { sessionKey, candidateId: b.id, decision: 'rejected', text: call },
    });
    expect(rejected.statusCode).toBe(201);
    expect(ids(await lookup(w1.users.operator, { text: call, sessionKey }))).not.toContain(b.id);

    // attach in one step: the attach confirms the candidate
    const attached = await env.app.inject({
      method: 'POST',
      url: `/api/cases/${a.id}/callers`,
      headers: w1.users.operator.headers,
      payload: { description: call, duplicateSession: sessionKey },
    });
    expect(attached.statusCode).toBe(201);
    const decided = await env.ownerDb
      .selectFrom('duplicate_decision')
      .select(['candidate_id', 'decision', 'decided_by'])
      .where('session_key', '=', sessionKey)
      .where('decision', 'is not', null)
      .orderBy('candidate_id')
      .execute();
    expect(decided.map((d) => [String(d.candidate_id), d.decision])).toEqual(
      [
        [a.id, 'confirmed'],
        [b.id, 'rejected'],
      ].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    );
    expect(decided.every((d) => d.decided_by === w1.users.operator.userId)).toBe(true);

    const after = await report();
    expect(after.shown - before.shown).toBe(rows.length);
    expect(after.confirmed - before.confirmed).toBe(1);
    expect(after.rejected - before.rejected).toBe(1);
    const weeks = (
      await env.app.inject({
        method: 'GET',
        url: '/api/duplicates/report',
        headers: w1.users.supervisor.headers,
      })
    ).json<{ weeks: { week: string; shown: number; confirmed: number; acceptance: number | null }[] }>()
      .weeks;
    const thisWeek = weeks.at(-1)!;
    expect(thisWeek.acceptance).toBe(Math.round((thisWeek.confirmed / thisWeek.shown) * 1000) / 1000);

    // another street's operator: none of it is theirs; a handler may not read the report
    const other = await newStaff(env, ['operator'], w2.units.street);
    const theirs = (
      await env.app.inject({ method: 'GET', url: '/api/duplicates/report', headers: other.headers })
    ).json<{ total: { shown: number } }>().total;
    expect(theirs.shown).toBe(0);
    const handler = await env.app.inject({
      method: 'GET',
      url: '/api/duplicates/report',
      headers: w1.users.handler.headers,
    });
    expect(handler.statusCode).toBe(403);
    // a decision on a case out of sight answers as no such case
    const outOfSight = await env.app.inject({
      method: 'POST',
      url: '/api/duplicates/decisions',
      headers: other.headers,
      payload: { sessionKey: 'intake-test-0002', candidateId: a.id, decision: 'rejected', text: call },
    });
    expect(outOfSight.statusCode).toBe(404);
  });
});

describe('POST /api/public/duplicates (the resident form)', () => {
  it('offers published cases only, de-identified as the public feed: never a 举报, never a private case', async () => {
    const text = '光明路公交站旁边的人行道地砖大面积松动翘起，下雨天一踩一脚泥水，张三丰老人已经摔倒过';
    const published = await intake<{ id: string }>(env, w1.users.operator, {
      requestType: 'complaint',
      categoryCode: w1.category,
      description: text,
      reporterName: '张三丰',
      reporterPhone: '13700004444',
      lon: w1.point.lon,
      lat: w1.point.lat,
    });
    const report = await intake<{ id: string }>(env, w1.users.operator, {
      requestType: 'report',
      categoryCode: w1.category,
      description: `${text}，举报施工队偷工减料`,
      lon: w1.point.lon,
      lat: w1.point.lat,
    });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      payload: {
        requestType: 'complaint',
        categoryCode: w1.category,
        description: `${text}，请不要公开`,
        phone: '13700005555',
        keepPrivate: true,
        lon: w1.point.lon,
        lat: w1.point.lat,
      },
    });
    expect(res.statusCode).toBe(201);
    const keptPrivate = res.json<{ id: string }>().id;
    const publicIds = await env.ownerDb
      .selectFrom('case')
      .select(['id', 'public_id'])
      .where('id', 'in', [published.id, report.id, keptPrivate])
      .execute();
    const pid = (id: string) => publicIds.find((r) => r.id === id)!.public_id;

    const out = await env.app.inject({
      method: 'POST',
      url: '/api/public/duplicates',
      payload: {
        text: '光明路公交站旁人行道地砖松动翘起，下雨踩到一脚泥水',
        lon: w1.point.lon,
        lat: w1.point.lat,
      },
    });
    expect(out.statusCode).toBe(200);
    const items = out.json<{ items: { publicId: string; description: string; url: string }[] }>().items;
    const got = items.map((i) => i.publicId);
    expect(got).toContain(pid(published.id));
    expect(got).not.toContain(pid(report.id));
    expect(got).not.toContain(pid(keptPrivate));
    const body = out.body;
    // the reporter's name is masked as the feed masks it; no case number, no phone
    expect(body).not.toContain('张三丰');
    expect(body).not.toContain(published.id);
    expect(body).not.toContain('13700004444');
    expect(items.find((i) => i.publicId === pid(published.id))!.url).toBe(
      `/open311/v2/requests/${pid(published.id)}.json`,
    );
  });
});
