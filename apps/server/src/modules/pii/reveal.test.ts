import { centroidOf } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type TestEnv } from '../../test/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

/** Cases with a reporter's phone, registered by the operator at the demo grid worker's grid. */
async function someCaseIds(n: number) {
  const grid = await env.ownerDb
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select(['g.boundary'])
    .where('u.username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary);
  const category = await env.ownerDb
    .selectFrom('category')
    .select('code')
    .where('name_zh', '=', '暴露垃圾')
    .executeTakeFirstOrThrow();
  const op = await login(env.app, 'operator');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: op.headers,
      payload: {
        requestType: 'complaint',
        categoryCode: category.code,
        description: `小区东门垃圾桶旁边堆了很多垃圾，好几天没人清理（第 ${i + 1} 处）`,
        reporterName: '张三丰',
        reporterPhone: `1391234567${i}`,
        lon,
        lat,
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    ids.push(r.json<{ id: string }>().id);
  }
  return ids;
}

describe('revealing full phone numbers', () => {
  it('needs a stated reason, kept in the audit row', async () => {
    const op = await login(env.app, 'operator');
    const [id] = await someCaseIds(1);
    const none = await env.app.inject({
      method: 'GET',
      url: `/api/cases/${id}/reporter`,
      headers: op.headers,
    });
    expect(none.statusCode).toBe(400);
    const blank = await env.app.inject({
      method: 'GET',
      url: `/api/cases/${id}/reporter?reason=%20%20`,
      headers: op.headers,
    });
    expect(blank.statusCode).toBe(400);
    const ok = await env.app.inject({
      method: 'GET',
      url: `/api/cases/${id}/reporter?reason=${encodeURIComponent('回访核实处置结果')}`,
      headers: op.headers,
    });
    expect(ok.statusCode).toBe(200);
    const row = await env.ownerDb
      .selectFrom('audit_log')
      .select(['after', 'ip'])
      .where('action', '=', 'view_pii')
      .where('entity_id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(row.after).toEqual({ field: 'reporter', reason: '回访核实处置结果' });

    const sec = await login(env.app, 'security_admin');
    const user = await env.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'operator')
      .executeTakeFirstOrThrow();
    const phone = await env.app.inject({
      method: 'GET',
      url: `/api/users/${user.id}/phone`,
      headers: sec.headers,
    });
    expect(phone.statusCode).toBe(400);
  });

  it('alerts the security administrators once a user reveals more than N numbers in M minutes', async () => {
    await env.ownerDb
      .insertInto('setting')
      .values({ key: 'pii.reveal_alert', value: JSON.stringify({ count: 3, minutes: 10 }) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify({ count: 3, minutes: 10 }) }))
      .execute();
    const disp = await login(env.app, 'dispatcher');
    const sec = await login(env.app, 'security_admin');
    const alerts = async () =>
      (await env.app.inject({ method: 'GET', url: '/api/notifications', headers: sec.headers }))
        .json<{ items: { kind: string; title: string }[] }>()
        .items.filter((n) => n.kind === 'pii_alert');
    const ids = await someCaseIds(5);
    for (const [i, id] of ids.entries()) {
      const r = await env.app.inject({
        method: 'GET',
        url: `/api/cases/${id}/reporter?reason=${encodeURIComponent('批量回访')}`,
        headers: disp.headers,
      });
      expect(r.statusCode).toBe(200);
      // Three reveals are within the limit; the fourth crosses it, the fifth does not alert again.
      expect(await alerts()).toHaveLength(i < 3 ? 0 : 1);
    }
    expect((await alerts())[0]!.title).toContain('dispatcher');
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'pii_alert')
      .where('actor_username', '=', 'dispatcher')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
