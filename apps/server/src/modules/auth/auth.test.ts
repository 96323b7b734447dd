import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type TestEnv } from '../../test/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

describe('auth', () => {
  it('rejects API calls without a session with 401 and a translated message', async () => {
    const zh = await env.app.inject({ method: 'GET', url: '/api/units' });
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    const en = await env.app.inject({
      method: 'GET',
      url: '/api/units',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first' } });
  });

  it('logs in with a secure HttpOnly SameSite cookie and answers /me', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'Demo@12345' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'og_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const over = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'admin', password: 'Demo@12345' },
    });
    expect(over.statusCode).toBe(200);
    const me = await env.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { og_session: cookie!.value },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { username: 'admin', roles: ['admin'], scope: { level: 'district' } },
    });
    expect(me.json<{ csrfToken: string }>().csrfToken).toBe(res.json<{ csrfToken: string }>().csrfToken);
  });

  it('rejects a wrong password with 401 and writes a login_failed audit row', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'operator', password: 'wrong-password-1' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    const rows = await env.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('action', '=', 'login_failed')
      .where('actor_username', '=', 'operator')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const s = await login(env.app, 'admin');
    const body = { name: 'CSRF 测试单位', kind: 'department', jurisdictionCode: '110117000000' };
    const none = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: s.cookie },
      payload: body,
    });
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
    const wrong = await env.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    const count = await env.ownerDb
      .selectFrom('unit')
      .select('id')
      .where('name', '=', 'CSRF 测试单位')
      .execute();
    expect(count).toHaveLength(0);
  });

  it('logout ends the session', async () => {
    const s = await login(env.app, 'supervisor');
    // Resolved once, so this process holds it: the logout must still end it at once.
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers })).statusCode,
    ).toBe(200);
    const out = await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    const me = await env.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
    expect(me.statusCode).toBe(401);
  });

  it('a user deactivated by the security administrator is signed out on the next request', async () => {
    const admin = await login(env.app, 'security_admin');
    const user = await login(env.app, 'water_handler');
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers })).statusCode,
    ).toBe(200);
    const id = (
      await env.ownerDb
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'water_handler')
        .executeTakeFirstOrThrow()
    ).id;
    const patched = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(patched.statusCode).toBe(200);
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers })).statusCode,
    ).toBe(401);
  });

  it('sends security headers', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('rate-limits the login endpoint', async () => {
    let limited = false;
    for (let i = 0; i < 25 && !limited; i++) {
      const r = await env.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { username: `nobody${i}`, password: 'x' },
      });
      limited = r.statusCode === 429;
    }
    expect(limited).toBe(true);
  });
});
