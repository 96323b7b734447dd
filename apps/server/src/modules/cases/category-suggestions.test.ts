import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { intake, newWorld, type World } from '../../test/factories.ts';

// The dispatcher's queue shows the classifier's ranked categories with the words that drove them (issue 12):
// POST /api/cases/category-suggestions answers for a page of cases in one call, as GET /api/classify/explain does
// for the case's text, and leaves out cases the caller cannot see.
let env: TestEnv;
let a: World;
let b: World;
beforeAll(async () => {
  env = await createTestEnv();
  [a, b] = [await newWorld(env), await newWorld(env)];
});
afterAll(async () => env.close());

interface Explained {
  code: string;
  nameZh: string;
  nameEn: string;
  confidence: number;
  terms: { term: string; weight: number }[];
}
interface Answer {
  items: { caseId: string; categoryCode: string | null; categorySource: string; suggestions: Explained[] }[];
  threshold: number | null;
  modelVersion: number | null;
}

const suggestions = (s: Session, payload: object) =>
  env.app.inject({ method: 'POST', url: '/api/cases/category-suggestions', headers: s.headers, payload });

describe('category suggestions for the queue', () => {
  it('ranks categories for each case asked, in the order asked, as explain does for its text', async () => {
    const water = await intake(env, a.users.operator, {
      requestType: 'complaint',
      description: '小区家里停水两天了，物业也不说什么时候来水',
      lon: a.point.lon,
      lat: a.point.lat,
    });
    const noise = await intake(env, a.users.operator, {
      requestType: 'complaint',
      title: '夜间施工噪音',
      description: '工地晚上十二点还在施工，噪音很大睡不着觉',
      lon: a.point.lon,
      lat: a.point.lat,
    });
    const res = await suggestions(a.users.dispatcher, { ids: [noise.id, water.id, noise.id], limit: 3 });
    expect(res.statusCode).toBe(200);
    const body = res.json<Answer>();
    expect(body.items.map((i) => i.caseId)).toEqual([noise.id, water.id]);
    expect(body.threshold).toBe(0.6);
    const w = body.items[1]!;
    expect(w.suggestions.length).toBeGreaterThan(0);
    expect(w.suggestions.length).toBeLessThanOrEqual(3);
    expect(w.suggestions[0]!.nameZh).toBe('停水');
    // the same ranking the single explain gives for the text intake classified (title and description)
    const one = await env.app.inject({
      method: 'GET',
      url: `/api/classify/explain?limit=3&text=${encodeURIComponent('夜间施工噪音 工地晚上十二点还在施工，噪音很大睡不着觉')}`,
      headers: a.users.dispatcher.headers,
    });
    expect(body.items[0]!.suggestions).toEqual(one.json<{ suggestions: Explained[] }>().suggestions);
  });

  it("leaves out cases out of the caller's sight, and answers only the dispatching desks", async () => {
    const mine = await intake(env, a.users.operator, {
      requestType: 'complaint',
      description: '路灯坏了一个星期，晚上很黑',
      lon: a.point.lon,
      lat: a.point.lat,
    });
    const theirs = await intake(env, b.users.operator, {
      requestType: 'complaint',
      description: '路灯坏了一个星期，晚上很黑',
      lon: b.point.lon,
      lat: b.point.lat,
    });
    const lead = (await suggestions(a.users.streetLead, { ids: [mine.id, theirs.id] })).json<Answer>();
    expect(lead.items.map((i) => i.caseId)).toEqual([mine.id]);
    expect(
      (await suggestions(a.users.supervisor, { ids: [mine.id, theirs.id] })).json<Answer>().items,
    ).toHaveLength(2);
    expect((await suggestions(a.users.operator, { ids: [mine.id] })).statusCode).toBe(403);
    expect((await suggestions(a.users.handler, { ids: [mine.id] })).statusCode).toBe(403);
  });

  it('takes 1 to 50 case numbers', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `2026120100${String(i).padStart(6, '0')}`);
    expect((await suggestions(a.users.dispatcher, { ids: many })).statusCode).toBe(400);
    expect((await suggestions(a.users.dispatcher, { ids: [] })).statusCode).toBe(400);
    expect((await suggestions(a.users.dispatcher, { ids: ['12'] })).statusCode).toBe(400);
    const none = await suggestions(a.users.dispatcher, { ids: many.slice(0, 50) });
    expect(none.json<Answer>()).toMatchObject({ items: [], threshold: 0.6 });
  });
});
