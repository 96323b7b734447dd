import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type TestEnv } from '../../test/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

const attempt = (username: string, password: string, ip: string) =>
  env.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers: { 'user-agent': 'probe/1.0' },
    payload: { username, password },
  });

async function unitOf(username: string) {
  return env.ownerDb
    .selectFrom('app_user')
    .select('unit_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
}

describe('hole 14: sign-in', () => {
  it('answers the same for a wrong password, an unknown user and a locked one (no username oracle)', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 7; i++) {
      for (const username of ['dispatcher', 'no-such-user-7']) {
        const r = await attempt(username, `Wrong#pass${i}`, '10.1.0.1');
        expect(r.statusCode).toBe(401);
        seen.add(JSON.stringify(r.json()));
      }
    }
    expect(seen.size).toBe(1);
    // Locked from that address: even the right password answers the same 401 there …
    const there = await attempt('dispatcher', 'Demo@12345', '10.1.0.1');
    expect(there.statusCode).toBe(401);
    expect(seen.has(JSON.stringify(there.json()))).toBe(true);
    // … while the real user, elsewhere, signs in: five tries by someone else do not lock the account.
    expect((await attempt('dispatcher', 'Demo@12345', '10.1.0.2')).statusCode).toBe(200);
  });

  it('audits failures and the lockout with address and user agent', async () => {
    for (let i = 0; i < 5; i++) await attempt('supervisor', `Wrong#pass${i}`, '10.1.0.3');
    const rows = await env.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'ip', 'after'])
      .where('actor_username', '=', 'supervisor')
      .where('ip', '=', '10.1.0.3')
      .execute();
    expect(rows.filter((r) => r.action === 'login_failed')).toHaveLength(5);
    const lock = rows.find((r) => r.action === 'lockout');
    expect(lock?.after).toMatchObject({ username: 'supervisor', userAgent: 'probe/1.0' });
    await attempt('supervisor', 'Demo@12345', '10.1.0.4');
    const ok = await env.ownerDb
      .selectFrom('audit_log')
      .select(['ip', 'after'])
      .where('actor_username', '=', 'supervisor')
      .where('action', '=', 'login')
      .executeTakeFirstOrThrow();
    expect(ok).toMatchObject({ ip: '10.1.0.4', after: { userAgent: 'probe/1.0' } });
  });

  it('throttles one address spraying many usernames, over a window shared by every process', async () => {
    // 29 failures from one address over the last minutes (in the table every instance shares) …
    await env.ownerDb
      .insertInto('login_attempt')
      .values(Array.from({ length: 29 }, (_, i) => ({ username: `spray${i}`, ip: '10.1.0.5', failures: 1 })))
      .execute();
    // … the 30th is still answered, the next is refused whatever username it names.
    expect((await attempt('spray-last', 'Spring#2026', '10.1.0.5')).statusCode).toBe(401);
    expect((await attempt('operator', 'Demo@12345', '10.1.0.5')).statusCode).toBe(429);
    // Another address is not affected.
    expect((await attempt('operator', 'Demo@12345', '10.1.0.6')).statusCode).toBe(200);
  });

  it('refuses password1, a password containing the username and common ones, for new users and resets', async () => {
    const sec = await login(env.app, 'security_admin');
    const { unit_id } = await unitOf('operator');
    const base = { name: '新用户', unitId: unit_id, roles: ['operator'] };
    for (const password of ['password1', 'Zhaoliu#2026', 'Woaini1314!', 'qq123456']) {
      const r = await env.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: sec.headers,
        payload: { ...base, username: 'zhaoliu', password },
      });
      expect(r.statusCode, password).toBe(400);
      expect(r.json()).toMatchObject({ error: { code: 'PASSWORD_REJECTED' } });
    }
    const ok = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: sec.headers,
      payload: { ...base, username: 'zhaoliu', password: 'Grid#road7' },
    });
    expect(ok.statusCode).toBe(201);
    const reset = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${ok.json<{ id: string }>().id}`,
      headers: sec.headers,
      payload: { password: 'password1' },
    });
    expect(reset.statusCode).toBe(400);
  });
});

describe('separation of duties (三权分立)', () => {
  it('the system administrator no longer manages users nor reads the audit', async () => {
    const admin = await login(env.app, 'admin');
    const { unit_id } = await unitOf('operator');
    const create = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: {
        username: 'sys_made',
        name: 'x',
        unitId: unit_id,
        roles: ['operator'],
        password: 'Grid#road7',
      },
    });
    expect(create.statusCode).toBe(403);
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/audit', headers: admin.headers })).statusCode,
    ).toBe(403);
    // The structure stays the system administrator's.
    const unit = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: admin.headers,
      payload: { name: '三权测试单位', kind: 'department', jurisdictionCode: '110117000000' },
    });
    expect(unit.statusCode).toBe(201);
  });

  it('the security administrator manages accounts but cannot read the audit; the audit administrator only reads it', async () => {
    const sec = await login(env.app, 'security_admin');
    const aud = await login(env.app, 'audit_admin');
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/audit', headers: sec.headers })).statusCode,
    ).toBe(403);
    const read = await env.app.inject({
      method: 'GET',
      url: '/api/audit?action=login',
      headers: aud.headers,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json<{ total: number }>().total).toBeGreaterThan(0);
    const { unit_id } = await unitOf('operator');
    const create = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: aud.headers,
      payload: {
        username: 'aud_made',
        name: 'x',
        unitId: unit_id,
        roles: ['operator'],
        password: 'Grid#road7',
      },
    });
    expect(create.statusCode).toBe(403);
    const unit = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: sec.headers,
      payload: { name: '安全管理员建的单位', kind: 'department', jurisdictionCode: '110117000000' },
    });
    expect(unit.statusCode).toBe(403);
  });

  it('one account may not hold security_admin with audit_admin, nor admin with either', async () => {
    const sec = await login(env.app, 'security_admin');
    const { unit_id } = await unitOf('operator');
    for (const roles of [
      ['security_admin', 'audit_admin'],
      ['admin', 'security_admin'],
      ['admin', 'audit_admin'],
    ]) {
      const r = await env.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: sec.headers,
        payload: {
          username: `both_${roles.join('_')}`,
          name: 'x',
          unitId: unit_id,
          roles,
          password: 'Grid#road7',
        },
      });
      expect(r.statusCode).toBe(400);
      expect(r.json()).toMatchObject({ error: { code: 'ROLE_CONFLICT' } });
    }
    const auditor = await env.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'audit_admin')
      .executeTakeFirstOrThrow();
    const grant = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${auditor.id}`,
      headers: sec.headers,
      payload: { roles: ['audit_admin', 'admin'] },
    });
    expect(grant.statusCode).toBe(400);
  });
});
