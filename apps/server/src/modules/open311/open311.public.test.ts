import { districtOfPath } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { DEMO_API_KEY, ensureDemoApiKey } from '../apikeys/apikeys.service.ts';
import { district, newPlace } from '../../test/factories.ts';
import { newService, type leafByName } from './open311.test-helpers.ts';

/**
 * Hole 1 (issue 8): what an outsider reads on the Open311 feed. Each case below would have been published
 * verbatim before: every category, 举报, hidden and private cases, phones in any writing, exact coordinates,
 * and every case fetchable by its sequential number.
 */

let env: TestEnv;
let garbage: Awaited<ReturnType<typeof leafByName>>;
let light: Awaited<ReturnType<typeof leafByName>>;
let privateLeaf: Awaited<ReturnType<typeof leafByName>>;
let districtPath: string;
beforeAll(async () => {
  env = await createTestEnv();
  // Services of the test's own: a published one, a published fixed facility and one that is not published.
  garbage = await newService(env.ownerDb, { group: 'C03' });
  light = await newService(env.ownerDb, { group: 'C01', facility: true });
  privateLeaf = await newService(env.ownerDb, { group: 'C03', public: false });
  districtPath = (await district(env.ownerDb)).path;
  await ensureDemoApiKey(env.ownerDb);
});
afterAll(async () => env.close());

let seq = 0;
async function makeCase(over: {
  categoryCode?: string;
  requestType?: 'help' | 'report' | 'complaint';
  description: string;
  keepPrivate?: boolean;
  hidden?: boolean;
  address?: string;
}) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(new Date())
    .replace(/-/g, '');
  seq += 1;
  const id = `${day}8${String(seq).padStart(7, '0')}`;
  return env.ownerDb
    .insertInto('case')
    .values({
      id,
      status: 'in_progress',
      request_type: over.requestType ?? 'help',
      channel: 'hotline',
      category_code: over.categoryCode ?? garbage.code,
      urgency: 'ordinary',
      title: '测试',
      description: over.description,
      address: over.address ?? '滨河路12号3单元501',
      lon: 116.40437,
      lat: 39.91234,
      region_path: districtPath,
      district_code: districtOfPath(districtPath),
      keep_private: over.keepPrivate ?? false,
      hidden_at: over.hidden ? new Date() : null,
      reporter_name_enc: env.pii.encrypt('赵大海'),
      reporter_phone_enc: env.pii.encrypt('13655556666'),
    })
    .returning(['id', 'public_id'])
    .executeTakeFirstOrThrow();
}

type Req = Record<string, unknown> & { service_request_id: string; description: string };

async function feed(): Promise<{ body: string; items: Req[] }> {
  const res = await env.app.inject({
    method: 'GET',
    url: '/open311/v2/requests.json?page_size=1000&extensions=true',
  });
  expect(res.statusCode).toBe(200);
  return { body: res.body, items: res.json<Req[]>() };
}

describe('the public Open311 feed (anonymous)', () => {
  it('publishes no 举报, no private category, no hidden or private-by-request case', async () => {
    const published = await makeCase({ description: '垃圾堆了三天没人清' });
    const report = await makeCase({ requestType: 'report', description: '举报楼下饭店老板王某偷排污水' });
    const privateCategory = await makeCase({
      categoryCode: privateLeaf.code,
      description: '隔壁群租房住了二十人',
    });
    const hidden = await makeCase({ hidden: true, description: '垃圾桶旁边的垃圾' });
    const asked = await makeCase({ keepPrivate: true, description: '门口垃圾没人收' });
    const person = await makeCase({ requestType: 'complaint', description: '保洁员李师傅态度恶劣不扫地' });
    const { body, items } = await feed();
    const ids = items.map((r) => r.service_request_id);
    expect(ids).toContain(published.public_id);
    for (const c of [report, privateCategory, hidden, asked, person]) {
      expect(ids).not.toContain(c.public_id);
    }
    for (const text of ['王某偷排', '群租房住了', '李师傅']) expect(body).not.toContain(text);
    // every item of the feed is in a public category and never a 举报
    const publicServices = new Set(
      (
        await env.ownerDb.selectFrom('category').select('service_code').where('public', '=', true).execute()
      ).map((c) => c.service_code),
    );
    for (const r of items) {
      expect(publicServices.has(r.service_code as string)).toBe(true);
      expect((r.extended_attributes as { request_type: string }).request_type).not.toBe('report');
    }
  });

  it('no phone, ID, card, plate or e-mail in any writing; no house number; coarse coordinates off facilities', async () => {
    const secrets = [
      '电话１３９１２３４５６７８',
      '手机139.1234.5678',
      '打 139 1234 5678',
      '+86 13712345678',
      '身份证11010119900307123X',
      '卡号6222021234567890123',
      '车牌京A12345',
      '邮箱zhao.dahai@example.com',
      '我是赵大海',
    ];
    const c = await makeCase({ description: `门口垃圾没人清。${secrets.join('，')}` });
    const lamp = await makeCase({ categoryCode: light.code, description: '路灯坏了' });
    const { body, items } = await feed();
    for (const leak of [
      '12345678',
      '1234 5678',
      '１２３４',
      '19900307',
      '02123456',
      '京A12345',
      'zhao.dahai',
      '赵大海',
      '501',
    ]) {
      expect(body, `feed leaks ${leak}`).not.toContain(leak);
    }
    // no run of 7+ digits in any item's text, whatever the separators
    for (const r of items) {
      const text = `${r.description} ${String(r.status_notes)}`.replace(/[\s.\-·\u3000]/g, '');
      expect(text, r.description).not.toMatch(/[0-9０-９]{7,}/);
    }
    const mine = items.find((r) => r.service_request_id === c.public_id)!;
    expect(mine.address).toBe('滨河路');
    expect(mine.lat).not.toBe(39.91234);
    expect(Math.abs((mine.lat as number) - 39.91234)).toBeLessThan(0.001);
    const lampItem = items.find((r) => r.service_request_id === lamp.public_id)!;
    expect(lampItem.lat).toBe(39.91234);
  });

  it('a case cannot be fetched by its sequential number, nor an unpublished one by its public id', async () => {
    const c = await makeCase({ description: '垃圾堆在路边' });
    const report = await makeCase({ requestType: 'report', description: '举报某店' });
    const byNumber = await env.app.inject({ method: 'GET', url: `/open311/v2/requests/${c.id}.json` });
    expect(byNumber.statusCode).toBe(404);
    const listByNumber = await env.app.inject({
      method: 'GET',
      url: `/open311/v2/requests.json?service_request_id=${c.id}`,
    });
    expect(listByNumber.statusCode).toBe(400);
    const byPublic = await env.app.inject({ method: 'GET', url: `/open311/v2/requests/${c.public_id}.json` });
    expect(byPublic.statusCode).toBe(200);
    expect(byPublic.body).not.toContain(c.id);
    const hiddenOne = await env.app.inject({
      method: 'GET',
      url: `/open311/v2/requests/${report.public_id}.json`,
    });
    expect(hiddenOne.statusCode).toBe(404);
    expect(hiddenOne.json()).toEqual([
      { code: 404, description: `service_request_id ${report.public_id} not found` },
    ]);
  });

  it('a client may ask for a request not to be published (attribute keep_private)', async () => {
    const { lon: long, lat } = (await newPlace(env)).point;
    const here = { lat, long };
    const post = (keep: string) =>
      env.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          api_key: DEMO_API_KEY,
          service_code: garbage.service_code,
          lat: String(here.lat),
          long: String(here.long),
          description: '路边垃圾堆了好几天',
          'attribute[keep_private]': keep,
        }).toString(),
      });
    const [hidden] = (await post('yes')).json<{ service_request_id: string }[]>();
    const [shown] = (await post('no')).json<{ service_request_id: string }[]>();
    const row = await env.ownerDb
      .selectFrom('case')
      .select(['keep_private', 'description'])
      .where('public_id', '=', hidden!.service_request_id)
      .executeTakeFirstOrThrow();
    expect(row.keep_private).toBe(true);
    expect(row.description).not.toContain('不公开');
    const get = (id: string) => env.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json` });
    expect((await get(hidden!.service_request_id)).statusCode).toBe(404);
    expect((await get(shown!.service_request_id)).statusCode).toBe(200);
  });
});
