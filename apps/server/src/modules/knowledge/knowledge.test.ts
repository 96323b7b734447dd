import { districtOfPath } from '@onegrid/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevOutbox } from '../notifications/public.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

/*
 * 知识库 (issue 12): search by Chinese words, who edits (the owner unit, district administrators), versions and a
 * stale edit, a consultation answered from an entry citing its version, the counts, the 一次性告知 SMS and print,
 * the public page and its feedback. Demo entries: 低保 and 高龄津贴 owned by 民政局, 残疾人证 by 残联.
 */
let env: TestEnv;
const s: Record<string, Session> = {};

type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
async function call(
  who: string | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
): Promise<Res> {
  return env.app.inject({ method, url, payload: payload as object, headers: who ? s[who]!.headers : {} });
}

interface Hit {
  id: string;
  title: string;
  version: number;
  terms: string[];
  snippet: string;
}
interface Detail {
  id: string;
  currentVersion: number;
  ownerUnit: { id: string; name: string };
  shown: { version: number; title: string; answer: string; body: string; materials: { name: string }[] };
  versions: { version: number }[];
  counts: {
    answers: number;
    prints: number;
    sends: number;
    helpedOperator: number;
    helpedPublic: number;
    notHelpedPublic: number;
  };
  canEdit: boolean;
  reviewState: string;
}
const reason = (r: Res) => r.json<{ error: { params: { reason?: string } } }>().error.params.reason;

async function find(q: string): Promise<Hit[]> {
  const r = await call('operator', 'GET', `/api/knowledge/search?q=${encodeURIComponent(q)}`);
  expect(r.statusCode).toBe(200);
  return r.json<{ hits: Hit[] }>().hits;
}
async function detail(id: string, who = 'operator'): Promise<Detail> {
  const r = await call(who, 'GET', `/api/knowledge/entries/${id}`);
  expect(r.statusCode).toBe(200);
  return r.json<Detail>();
}
function contentOf(d: Detail, over: Record<string, unknown> = {}) {
  return {
    title: d.shown.title,
    answer: d.shown.answer,
    body: d.shown.body,
    materials: d.shown.materials,
    ...over,
  };
}

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of [
    'operator',
    'admin',
    'street_admin',
    'mzj_handler',
    'cl_handler',
    'security_admin',
    'resident',
  ])
    s[u] = await login(env.app, u);
}, 60_000);
afterAll(async () => env?.close());

describe('access', () => {
  it('401 without a session, 403 for a resident and the security administrator, 400 on a bad query', async () => {
    expect((await call(null, 'GET', '/api/knowledge/search?q=低保')).statusCode).toBe(401);
    expect((await call('resident', 'GET', '/api/knowledge/search?q=低保')).statusCode).toBe(403);
    expect((await call('security_admin', 'GET', '/api/knowledge/catalog')).statusCode).toBe(403);
    expect((await call('operator', 'GET', '/api/knowledge/search?q=x&limit=0')).statusCode).toBe(400);
  });
});

describe('search', () => {
  it('finds entries by the Chinese words of a caller, the matching entry first, with the words found', async () => {
    const hits = await find('市民来电咨询居住证怎么办理，需要带什么材料');
    expect(hits[0]?.title).toBe('居住证首次申领');
    expect(hits[0]?.terms).toContain('居住证');
    expect(hits[0]?.snippet).toContain('居住证');
    expect((await find('家里老人80岁了有没有补贴'))[0]?.title).toBe('高龄老年人津贴');
    expect((await find('低保'))[0]?.title).toContain('最低生活保障');
  });

  it('matches a half-typed word as a prefix, and filters by category', async () => {
    expect((await find('公积')).map((h) => h.title)).toContain('租房提取住房公积金');
    const r = await call(
      'operator',
      'GET',
      `/api/knowledge/search?q=${encodeURIComponent('补贴')}&category=C20.03`,
    );
    const titles = r.json<{ hits: Hit[] }>().hits.map((h) => h.title);
    expect(titles).toContain('残疾人两项补贴（生活补贴、护理补贴）');
    expect(titles).not.toContain('高龄老年人津贴');
  });

  it('answers nothing for an empty query', async () => {
    expect(await find('   ')).toEqual([]);
  });
});

describe('editing', () => {
  it('the owner unit edits and makes a version; another department may not; an administrator of a street may not', async () => {
    const [hit] = await find('高龄津贴');
    const d = await detail(hit!.id, 'mzj_handler');
    expect(d.canEdit).toBe(true);
    expect((await detail(hit!.id, 'cl_handler')).canEdit).toBe(false);
    const body = {
      basedOn: d.currentVersion,
      content: contentOf(d, { answer: `${d.shown.answer}（已更新）` }),
      note: '更新说明',
    };
    expect((await call('cl_handler', 'PUT', `/api/knowledge/entries/${d.id}`, body)).statusCode).toBe(403);
    expect((await call('street_admin', 'PUT', `/api/knowledge/entries/${d.id}`, body)).statusCode).toBe(403);
    const ok = await call('mzj_handler', 'PUT', `/api/knowledge/entries/${d.id}`, body);
    expect(ok.statusCode).toBe(200);
    const after = ok.json<Detail>();
    expect(after.currentVersion).toBe(d.currentVersion + 1);
    expect(after.shown.answer).toContain('（已更新）');
    // the old version stays readable
    const old = await call('operator', 'GET', `/api/knowledge/entries/${d.id}?version=${d.currentVersion}`);
    expect(old.json<Detail>().shown.answer).toBe(d.shown.answer);
    // a save on the version read before the edit is refused; so is an edit that changes nothing
    const stale = await call('admin', 'PUT', `/api/knowledge/entries/${d.id}`, body);
    expect(stale.statusCode).toBe(409);
    expect(reason(stale)).toBe('knowledge_stale');
    const same = await call('admin', 'PUT', `/api/knowledge/entries/${d.id}`, {
      ...body,
      basedOn: after.currentVersion,
      content: contentOf(after),
    });
    expect(reason(same)).toBe('knowledge_unchanged');
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('entity', '=', 'knowledge_entry')
      .where('entity_id', '=', d.id)
      .execute();
    expect(audit).toEqual([{ action: 'update', actor_username: 'mzj_handler' }]);
  });

  it('a district administrator creates an entry for a unit; the owner staff create only for their own unit', async () => {
    const cat = (await call('admin', 'GET', '/api/knowledge/catalog')).json<{
      nodes: { id: string; code: string }[];
    }>();
    const catalogId = cat.nodes.find((n) => n.code === '06.02')!.id;
    const cl = (await detail((await find('残疾人证首次办理'))[0]!.id)).ownerUnit.id;
    const input = {
      catalogId,
      kind: 'faq',
      ownerUnitId: cl,
      content: { title: '盲人按摩机构扶持政策', answer: '符合条件的盲人按摩机构可申请一次性开办补贴' },
    };
    expect((await call('mzj_handler', 'POST', '/api/knowledge/entries', input)).statusCode).toBe(403);
    const created = await call('admin', 'POST', '/api/knowledge/entries', input);
    expect(created.statusCode).toBe(201);
    expect(created.json<Detail>().currentVersion).toBe(1);
    expect((await find('盲人按摩'))[0]?.title).toBe('盲人按摩机构扶持政策');
    const bad = await call('cl_handler', 'POST', '/api/knowledge/entries', {
      ...input,
      content: { ...input.content, categoryCodes: ['C99.99'] },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('lists the owner unit its entries due for review, overdue first', async () => {
    const r = await call('mzj_handler', 'GET', '/api/knowledge/review-due');
    const items = r.json<{
      items: { reviewState: string; ownerUnit: { name: string }; reviewDue: string }[];
    }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.ownerUnit.name === '平谷区民政局')).toBe(true);
    expect(items[0]!.reviewState).toBe('overdue');
    const reviewed = await call(
      'mzj_handler',
      'POST',
      `/api/knowledge/entries/${(await find('最低生活保障'))[0]!.id}/review`,
      {},
    );
    expect(reviewed.json<Detail>().reviewState).toBe('ok');
  });
});

describe('answering a consultation', () => {
  it('closes the consultation citing the entry and version, and counts the use once on a retry', async () => {
    const [hit] = await find('居住证怎么办');
    const before = await detail(hit!.id);
    const payload = {
      version: before.currentVersion,
      case: { description: '来电咨询首次办理居住证需要什么材料', reporterPhone: '13912340001' },
    };
    const headers = { ...s.operator!.headers, 'idempotency-key': 'kb-answer-1' };
    const first = await env.app.inject({
      method: 'POST',
      url: `/api/knowledge/entries/${hit!.id}/answer`,
      payload,
      headers,
    });
    expect(first.statusCode).toBe(201);
    const c = first.json<{ id: string; status: string; requestType: string; answer: string }>();
    expect(c.status).toBe('closed');
    expect(c.answer).toBe(before.shown.answer);
    const again = await env.app.inject({
      method: 'POST',
      url: `/api/knowledge/entries/${hit!.id}/answer`,
      payload,
      headers,
    });
    expect(again.json<{ id: string }>().id).toBe(c.id);
    const ev = await env.ownerDb
      .selectFrom('case_event')
      .select(['action', 'data'])
      .where('case_id', '=', c.id)
      .where('action', '=', 'close_direct')
      .executeTakeFirstOrThrow();
    expect(ev.data).toEqual({ knowledge: { entryId: hit!.id, version: before.currentVersion } });
    const after = await detail(hit!.id);
    expect(after.counts.answers).toBe(before.counts.answers + 1);
    // the operator's feedback
    const fb = await call('operator', 'POST', `/api/knowledge/entries/${hit!.id}/feedback`, {
      version: before.currentVersion,
      helped: true,
      caseId: c.id,
    });
    expect(fb.json<{ counts: { helpedOperator: number } }>().counts.helpedOperator).toBe(
      before.counts.helpedOperator + 1,
    );
  });

  it('refuses a version that does not exist', async () => {
    const [hit] = await find('居住证');
    const r = await call('operator', 'POST', `/api/knowledge/entries/${hit!.id}/answer`, {
      version: 99,
      case: { description: '咨询居住证办理' },
    });
    expect(r.statusCode).toBe(409);
    expect(reason(r)).toBe('knowledge_version_gone');
  });
});

describe('一次性告知', () => {
  it('sends the materials list by SMS with the public link, prints the sheet, and counts both', async () => {
    const [hit] = await find('居住证首次申领');
    const d = await detail(hit!.id);
    const outbox = env.ctx.notifier as DevOutbox;
    const sent = await call('operator', 'POST', `/api/knowledge/entries/${hit!.id}/send`, {
      version: d.currentVersion,
      phone: '13912340002',
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json<{ phone: string }>().phone).toBe('139****0002');
    const text = outbox.sent.at(-1)!.text;
    expect(text).toContain('居民身份证原件及复印件');
    expect(text).toContain(`/public/knowledge/${hit!.id}`);
    const sheet = await call('operator', 'POST', `/api/knowledge/entries/${hit!.id}/print`, {
      version: d.currentVersion,
    });
    expect(sheet.json<{ materials: unknown[] }>().materials.length).toBe(d.shown.materials.length);
    const after = await detail(hit!.id);
    expect([after.counts.sends, after.counts.prints]).toEqual([d.counts.sends + 1, d.counts.prints + 1]);
    const usage = await call('admin', 'GET', '/api/knowledge/usage');
    const row = usage
      .json<{ rows: { id: string; counts: { sends: number } }[] }>()
      .rows.find((x) => x.id === hit!.id);
    expect(row?.counts.sends).toBeGreaterThanOrEqual(1);
    // outside a case, a use is stored under the district of the operator's unit (domain writerDistrict)
    const { rows } = await sql<{ district_code: string; path: string }>`
      SELECT k.district_code, n.jurisdiction_path AS path FROM knowledge_use k
        JOIN app_user u ON u.id = k.user_id JOIN unit n ON n.id = u.unit_id
       WHERE k.entry_id = ${hit!.id} AND k.kind = 'print' ORDER BY k.id DESC LIMIT 1`.execute(env.ownerDb);
    expect(rows[0]!.district_code).toBe(districtOfPath(rows[0]!.path));
  });

  it('shows the public page without a session and takes one feedback per person', async () => {
    const [hit] = await find('居住证首次申领');
    const page = await call(null, 'GET', `/api/public/knowledge/${hit!.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json<{ materials: unknown[] }>().materials.length).toBeGreaterThan(3);
    expect(
      (await call(null, 'POST', `/api/public/knowledge/${hit!.id}/feedback`, { helped: false })).statusCode,
    ).toBe(204);
    const twice = await call(null, 'POST', `/api/public/knowledge/${hit!.id}/feedback`, { helped: true });
    expect(twice.statusCode).toBe(409);
    expect((await detail(hit!.id)).counts.notHelpedPublic).toBe(1);
    // a resident has no unit: the vote is stored under the city's code
    const vote = await sql<{ district_code: string }>`
      SELECT district_code FROM knowledge_feedback WHERE entry_id = ${hit!.id} AND source = 'public'`.execute(
      env.ownerDb,
    );
    const city = await sql<{ code: string }>`SELECT code FROM region WHERE level = 'city'`.execute(
      env.ownerDb,
    );
    expect(vote.rows.map((r) => r.district_code)).toEqual([city.rows[0]!.code]);
  });
});
