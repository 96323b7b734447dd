import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

let env: TestEnv;
/** 三权分立: users are the security administrator's, the audit the audit administrator's. */
let admin: Session;
let auditor: Session;
let unitId: string;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await login(env.app, 'security_admin');
  auditor = await login(env.app, 'audit_admin');
  unitId = (
    await env.ownerDb
      .selectFrom('unit')
      .select('id')
      .where('kind', '=', 'government')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => env.close());

const newUser = (over: object = {}) => ({
  username: 'zhang.wei',
  name: '张伟',
  phone: '13912345678',
  unitId,
  roles: ['operator'],
  password: 'Passw0rd!x',
  ...over,
});

describe('users', () => {
  it('401 without a session, 403 for a non-admin, 400 for bad input', async () => {
    expect((await env.app.inject({ method: 'POST', url: '/api/users', payload: newUser() })).statusCode).toBe(
      401,
    );
    const op = await login(env.app, 'operator');
    const forbidden = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: op.headers,
      payload: newUser(),
    });
    expect(forbidden.statusCode).toBe(403);
    const bad = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser({ username: 'X', phone: '12345', roles: ['king'] }),
    });
    expect(bad.statusCode).toBe(400);
    const body = bad.json<{ error: { code: string; details: { path: string }[] } }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    const paths = body.error.details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.username', 'body.phone', 'body.roles.0']));
    const weak = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser({ password: 'onlyletters' }),
    });
    expect(weak.statusCode).toBe(400);
  });

  it('stores the phone encrypted, lists it masked, and audits every reveal', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser(),
    });
    expect(res.statusCode).toBe(201);
    const created = res.json<{ id: string; phoneMasked: string }>();
    expect(created.phoneMasked).toBe('139****5678');
    expect(JSON.stringify(res.json())).not.toContain('13912345678');

    const row = await env.ownerDb
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.phone_enc).not.toContain('13912345678');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(env.pii.decrypt(row.phone_enc!)).toBe('13912345678');

    const search = await env.app.inject({
      method: 'GET',
      url: '/api/users?q=139-1234-5678',
      headers: admin.headers,
    });
    expect(search.json<{ items: { id: string }[] }>().items.map((u) => u.id)).toEqual([created.id]);

    const reveal = await env.app.inject({
      method: 'GET',
      url: `/api/users/${created.id}/phone?reason=${encodeURIComponent('核对联系方式')}`,
      headers: admin.headers,
    });
    expect(reveal.json()).toEqual({ phone: '13912345678' });
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('entity_id', '=', created.id)
      .where('action', '=', 'view_pii')
      .execute();
    expect(audit).toEqual([{ action: 'view_pii', actor_username: 'security_admin' }]);
  });

  it('a duplicate username is a 409 and writes nothing', async () => {
    const dup = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser({ username: 'admin' }),
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it('changes are audited with before and after, in the same transaction', async () => {
    const u = await env.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'operator')
      .executeTakeFirstOrThrow();
    const res = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${u.id}`,
      headers: admin.headers,
      payload: { name: '改名后', roles: ['operator', 'dispatcher'] },
    });
    expect(res.statusCode).toBe(200);
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity_id', '=', u.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ name: '改名后', roles: ['operator', 'dispatcher'] });
    expect(audit.before).toMatchObject({ roles: ['operator'] });
    // the role change ended the user's sessions
    expect(
      await env.ownerDb.selectFrom('session').select('id_hash').where('user_id', '=', u.id).execute(),
    ).toHaveLength(0);
  });
});

describe('audit log', () => {
  it('is insert-only for the application role', async () => {
    await expect(env.db.updateTable('audit_log').set({ action: 'tampered' }).execute()).rejects.toThrow();
    await expect(env.db.deleteFrom('audit_log').execute()).rejects.toThrow();
    // even the owner cannot rewrite history
    await expect(env.ownerDb.deleteFrom('audit_log').execute()).rejects.toThrow(/insert-only/);
  });

  it('the audit administrator reads and filters it; others may not', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/audit?action=view_pii',
      headers: auditor.headers,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { action: string }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.action === 'view_pii')).toBe(true);
    const op = await login(env.app, 'supervisor');
    expect((await env.app.inject({ method: 'GET', url: '/api/audit', headers: op.headers })).statusCode).toBe(
      403,
    );
  });
});
