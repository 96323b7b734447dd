import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { district, newCaseCategory, newPlace, newStaff, type Staff } from '../../test/factories.ts';

let env: TestEnv;
let place: { lon: number; lat: number };
let category: string;
/** The district's desks: the operator, the dispatcher and the security administrator (test users of their own). */
let op: Staff;
let disp: Staff;
let sec: Staff;
beforeAll(async () => {
  env = await createTestEnv();
  place = (await newPlace(env)).point;
  category = await newCaseCategory(env.ownerDb);
  const { governmentId } = await district(env.ownerDb);
  [op, disp, sec] = await Promise.all([
    newStaff(env, ['operator'], governmentId),
    newStaff(env, ['dispatcher'], governmentId),
    newStaff(env, ['security_admin'], governmentId),
  ]);
});
afterAll(async () => env.close());

/** Cases with a reporter's phone, registered by the operator at a place of the test's own. */
async function someCaseIds(n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: op.headers,
      payload: {
        requestType: 'complaint',
        categoryCode: category,
        description: `小区东门垃圾桶旁边堆了很多垃圾，好几天没人清理（第 ${i + 1} 处）`,
        reporterName: '张三丰',
        reporterPhone: `1391234567${i}`,
        ...place,
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    ids.push(r.json<{ id: string }>().id);
  }
  return ids;
}

describe('revealing full phone numbers', () => {
  it('needs a stated reason, kept in the audit row', async () => {
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

    const phone = await env.app.inject({
      method: 'GET',
      url: `/api/users/${op.userId}/phone`,
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
    expect((await alerts())[0]!.title).toContain(disp.username);
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'pii_alert')
      .where('actor_username', '=', disp.username)
      .execute();
    expect(audit).toHaveLength(1);
  });
});
