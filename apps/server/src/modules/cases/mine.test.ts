import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { newStaff, newWorld, type Staff } from '../../test/factories.ts';

/** 我的诉求 (residents' portal): a resident account reads and rates its own cases, and nobody else's. */
let env: TestEnv;
let w: Awaited<ReturnType<typeof newWorld>>;
let resident: Staff;
let stranger: Staff;
const PHONE = '13911112222';

beforeAll(async () => {
  env = await createTestEnv();
  w = await newWorld(env);
  resident = await newStaff(env, ['resident'], w.units.community);
  stranger = await newStaff(env, ['resident'], w.units.community);
  // The account's phone, as staff set it when making the account (blind index only).
  await env.ownerDb
    .updateTable('app_user')
    .set({ phone_hash: env.pii.blindIndex(PHONE), phone_enc: env.pii.encrypt(PHONE) })
    .where('username', '=', resident.username)
    .execute();
});
afterAll(async () => env.close());

let n = 0;
async function report(phone: string, description = '楼道灯坏了好几天，晚上看不见路') {
  n += 1;
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/public/cases',
    headers: { 'idempotency-key': `mine-${n}-${Date.now()}` },
    payload: { description, categoryCode: w.category, ...w.point, name: '居民甲', phone },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}
const get = (s: Staff, url: string) => env.app.inject({ method: 'GET', url, headers: s.headers });

describe('my cases', () => {
  it('lists the cases reported with the account phone or signed in, newest first, and no others', async () => {
    const byPhone = await report(PHONE, '小区东门的路灯不亮了，请尽快修理');
    const others = await report('13700000000');
    const signedIn = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: resident.headers,
      payload: { description: '单元门禁坏了一周', categoryCode: w.category, ...w.point, channel: 'app' },
    });
    expect(signedIn.statusCode, signedIn.body).toBe(201);
    const own = signedIn.json<{ id: string }>().id;

    const list = await get(resident, '/api/my/cases');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: { id: string; summary: string; status: string }[] }>().items;
    expect(items.map((i) => i.id)).toEqual([own, byPhone]);
    expect(items[1]!.summary).toBe('小区东门的路灯不亮了，请尽快修理');
    expect(items.map((i) => i.id)).not.toContain(others);

    // Another resident of the same community sees none of them.
    expect((await get(stranger, '/api/my/cases')).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await get(stranger, `/api/my/cases/${byPhone}`)).statusCode).toBe(404);
    // Staff use their own pages: this door is the residents'.
    expect((await get(w.users.dispatcher, `/api/my/cases/${byPhone}`)).statusCode).toBe(404);
    expect((await get(w.users.dispatcher, '/api/my/cases')).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('shows the tracking view of an own case and takes its rating once it is closed', async () => {
    const id = await report(PHONE);
    const view = await get(resident, `/api/my/cases/${id}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ id, canRate: false, description: '楼道灯坏了好几天，晚上看不见路' });
    const early = await env.app.inject({
      method: 'POST',
      url: `/api/my/cases/${id}/rating`,
      headers: resident.headers,
      payload: { resolved: true, rating: 'satisfied' },
    });
    expect(early.statusCode).toBe(409);

    await env.ownerDb
      .updateTable('case')
      .set({ status: 'closed', closed_at: new Date() })
      .where('id', '=', id)
      .execute();
    expect(
      (await get(resident, '/api/my/cases')).json<{ items: { id: string; canRate: boolean }[] }>().items,
    ).toContainEqual(expect.objectContaining({ id, canRate: true }));
    const rated = await env.app.inject({
      method: 'POST',
      url: `/api/my/cases/${id}/rating`,
      headers: resident.headers,
      payload: { resolved: true, rating: 'satisfied' },
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ canRate: false, callback: { resolved: true, rating: 'satisfied' } });
    const foreign = await env.app.inject({
      method: 'POST',
      url: `/api/my/cases/${await report('13600000000')}/rating`,
      headers: resident.headers,
      payload: { resolved: true, rating: 'satisfied' },
    });
    expect(foreign.statusCode).toBe(404);
  });
});
