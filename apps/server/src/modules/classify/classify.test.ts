import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../../test/harness.ts';
import { district, newCaseCategory, newStaff } from '../../test/factories.ts';

// What a suggestion is worth on real messages (停水, 拖欠工资 …) is measured on the shipped catalogue (the demo's
// categories): those cases keep reading it, on purpose. The rule that the classifier follows category edits is
// checked on a category of the test's own.
let env: TestEnv;
let operator: Session;
let admin: Session;
beforeAll(async () => {
  env = await createTestEnv();
  const { governmentId } = await district(env.ownerDb);
  [operator, admin] = await Promise.all([
    newStaff(env, ['operator'], governmentId),
    newStaff(env, ['admin'], governmentId),
  ]);
});
afterAll(async () => env.close());

interface Suggestions {
  suggestions: { code: string; nameZh: string; nameEn: string; confidence: number }[];
}
interface PublicCategories {
  items: { code: string; parentCode: string | null; nameZh: string; nameEn: string; isLeaf: boolean }[];
}

const q = (text: string) => `text=${encodeURIComponent(text)}`;

describe('GET /api/classify', () => {
  it('401 without a session', async () => {
    const res = await env.app.inject({ method: 'GET', url: `/api/classify?${q('家里停水两天了')}` });
    expect(res.statusCode).toBe(401);
  });

  it('400 without text, with text over 2000 characters or a bad limit', async () => {
    for (const url of [
      '/api/classify',
      `/api/classify?${q('停'.repeat(2001))}`,
      `/api/classify?${q('停水')}&limit=0`,
      `/api/classify?${q('停水')}&limit=abc`,
    ]) {
      const res = await env.app.inject({ method: 'GET', url, headers: operator.headers });
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('suggests leaves with names, best first', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/classify?${q('家里停水两天了')}`,
      headers: operator.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<Suggestions>();
    expect(body.suggestions[0]).toMatchObject({ nameZh: '停水', nameEn: 'Water outage' });
    expect(body.suggestions[0]!.confidence).toBeGreaterThanOrEqual(0.6);
    expect(body.suggestions.length).toBeLessThanOrEqual(5);
    const limited = await env.app.inject({
      method: 'GET',
      url: `/api/classify?${q('停水停电')}&limit=1`,
      headers: operator.headers,
    });
    expect(limited.json<Suggestions>().suggestions).toHaveLength(1);
  });

  it('an empty text gets no suggestions', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/classify?text=',
      headers: operator.headers,
    });
    expect(res.json()).toEqual({ suggestions: [] });
  });

  it('follows category edits: a new keyword counts, a deactivated leaf is no longer offered', async () => {
    const text = '小区里鸽子粪到处都是';
    const before = await env.app.inject({
      method: 'GET',
      url: `/api/classify?${q(text)}`,
      headers: admin.headers,
    });
    const code = await newCaseCategory(env.ownerDb, { public: true });
    const pests = await env.ownerDb
      .selectFrom('category')
      .select(['code', 'keywords'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(before.json<Suggestions>().suggestions[0]?.code).not.toBe(pests.code);
    const patch = await env.app.inject({
      method: 'PATCH',
      url: `/api/categories/${pests.code}`,
      headers: admin.headers,
      payload: { keywords: [...pests.keywords, '鸽子粪'] },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const after = await env.app.inject({
      method: 'GET',
      url: `/api/classify?${q(text)}`,
      headers: admin.headers,
    });
    expect(after.json<Suggestions>().suggestions[0]?.code).toBe(pests.code);

    await env.app.inject({
      method: 'PATCH',
      url: `/api/categories/${pests.code}`,
      headers: admin.headers,
      payload: { active: false },
    });
    const off = await env.app.inject({
      method: 'GET',
      url: `/api/classify?${q(text)}`,
      headers: admin.headers,
    });
    expect(off.json<Suggestions>().suggestions.map((s) => s.code)).not.toContain(pests.code);
    const form = await env.app.inject({ method: 'GET', url: '/api/public/categories' });
    expect(form.json<PublicCategories>().items.map((c) => c.code)).not.toContain(pests.code);
  });
});

describe('GET /api/public/classify', () => {
  it('needs no session and answers like the staff route', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/public/classify?${q('公司拖欠工资三个月')}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Suggestions>().suggestions[0]).toMatchObject({ nameZh: '拖欠工资' });
  });

  it('400 on a missing text', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/public/classify' });
    expect(res.statusCode).toBe(400);
  });

  it('is rate-limited per client: 429 after 60 a minute', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    const remote = { remoteAddress: '203.0.113.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      const res = await env.app.inject({
        method: 'GET',
        url: `/api/public/classify?${q('停水')}`,
        headers,
        ...remote,
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 55).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const other = await env.app.inject({
      method: 'GET',
      url: `/api/public/classify?${q('停水')}`,
      remoteAddress: '198.51.100.9',
    });
    expect(other.statusCode).toBe(200);
  });
});

describe('GET /api/public/categories', () => {
  it('lists offered leaves and their groups, without a session', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/public/categories' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json<PublicCategories>();
    const leaves = items.filter((c) => c.isLeaf);
    const groups = new Set(items.filter((c) => !c.isLeaf).map((c) => c.code));
    expect(leaves.length).toBeGreaterThan(100);
    for (const leaf of leaves) expect(groups.has(leaf.parentCode!)).toBe(true);
    expect(items.find((c) => c.nameZh === '停水')).toMatchObject({
      nameEn: 'Water outage',
      defaultUrgency: 'urgent',
    });
    // an allow-list: nothing but the form's fields
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['code', 'defaultUrgency', 'isLeaf', 'nameEn', 'nameZh', 'parentCode', 'published'].sort(),
    );
  });
});
