import { generate } from 'otplib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  // Outside demo mode: administrators must enrol a second factor.
  env = await createTestEnv({ demo: false });
});
afterAll(async () => env.close());

const get = (url: string, s: Session) => env.app.inject({ method: 'GET', url, headers: s.headers });
const post = (url: string, s: Session, payload?: object) =>
  env.app.inject({ method: 'POST', url, headers: s.headers, ...(payload ? { payload } : {}) });

// Each sign-in from its own address: the per-address request limit of the login route stays out of the way.
let address = 0;
async function signIn(username: string, password = 'Demo@12345') {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: `10.2.0.${++address}`,
    headers: { 'user-agent': 'vitest-browser/2.0' },
    payload: { username, password },
  });
  expect(res.statusCode).toBe(200);
  const token = res.cookies.find((c) => c.name === 'og_session')!.value;
  const body = res.json<{ csrfToken: string; step: string | null; user: { id: string } }>();
  const cookie = `og_session=${token}`;
  return {
    s: {
      cookie,
      csrf: body.csrfToken,
      headers: { cookie, 'x-csrf-token': body.csrfToken },
      userId: body.user.id,
    },
    step: body.step,
  };
}

/** An administrator's session past its own second step (enrolment and codes are tested on their own). */
async function adminSession(username: string): Promise<Session> {
  const { s } = await signIn(username);
  await env.ownerDb.updateTable('session').set({ step: null }).where('user_id', '=', s.userId).execute();
  return s;
}

async function enrol(s: Session): Promise<string> {
  const setup = await post('/api/auth/totp/setup', s);
  expect(setup.statusCode).toBe(200);
  const { secret, uri, qrDataUrl } = setup.json<{ secret: string; uri: string; qrDataUrl: string }>();
  expect(uri).toMatch(/^otpauth:\/\/totp\/OneGrid/);
  expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
  const enable = await post('/api/auth/totp/enable', s, { code: await generate({ secret }) });
  expect(enable.statusCode).toBe(200);
  return secret;
}

describe('forced password change', () => {
  it('a new user, and one reset by the security administrator, changes the password before anything else', async () => {
    const sec = await signIn('security_admin');
    expect(sec.step).toBe('enrol_totp');
    await enrol(sec.s);
    const unit = await env.ownerDb
      .selectFrom('app_user')
      .select('unit_id')
      .where('username', '=', 'operator')
      .executeTakeFirstOrThrow();
    const made = await post('/api/users', sec.s, {
      username: 'newcomer',
      name: '新同事',
      unitId: unit.unit_id,
      roles: ['operator'],
      password: 'First#pass1',
    });
    expect(made.statusCode).toBe(201);

    const first = await signIn('newcomer', 'First#pass1');
    expect(first.step).toBe('change_password');
    const blocked = await get('/api/cases', first.s);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ error: { code: 'SIGN_IN_STEP_REQUIRED' } });
    expect((await get('/api/auth/me', first.s)).json()).toMatchObject({ step: 'change_password' });
    const weak = await post('/api/auth/password', first.s, {
      currentPassword: 'First#pass1',
      newPassword: 'password1',
    });
    expect(weak.json()).toMatchObject({ error: { code: 'PASSWORD_REJECTED' } });
    const wrong = await post('/api/auth/password', first.s, {
      currentPassword: 'nope',
      newPassword: 'Second#pass2',
    });
    expect(wrong.statusCode).toBe(401);
    const done = await post('/api/auth/password', first.s, {
      currentPassword: 'First#pass1',
      newPassword: 'Second#pass2',
    });
    expect(done.json()).toEqual({ step: null });
    expect((await get('/api/cases', first.s)).statusCode).toBe(200);

    // Reset by the security administrator: changed again at the next sign-in.
    const reset = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${made.json<{ id: string }>().id}`,
      headers: sec.s.headers,
      payload: { password: 'Reset#pass3' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await get('/api/auth/me', first.s)).statusCode).toBe(401);
    expect((await signIn('newcomer', 'Reset#pass3')).step).toBe('change_password');
  });

  it('an expired password is changed at sign-in (90 days by default)', async () => {
    await env.ownerDb
      .updateTable('app_user')
      .set({ password_changed_at: new Date(Date.now() - 91 * 86_400_000) })
      .where('username', '=', 'street_handler')
      .execute();
    expect((await signIn('street_handler')).step).toBe('change_password');
    expect((await signIn('cgw_handler')).step).toBeNull();
  });
});

describe('TOTP second factor', () => {
  it('is required for administrators outside demo mode: enrolment before anything else', async () => {
    const { s, step } = await signIn('audit_admin');
    expect(step).toBe('enrol_totp');
    expect((await get('/api/audit', s)).statusCode).toBe(403);
    await enrol(s);
    expect((await get('/api/audit', s)).statusCode).toBe(200);
    const next = await signIn('audit_admin');
    expect(next.step).toBe('totp');
  });

  it('an enrolled user passes a second step at sign-in; wrong and replayed codes are refused', async () => {
    const { s } = await signIn('grid_worker');
    const secret = await enrol(s);
    await post('/api/auth/logout', s);

    const pending = await signIn('grid_worker');
    expect(pending.step).toBe('totp');
    expect((await get('/api/cases', pending.s)).statusCode).toBe(403);
    expect(
      (
        await post('/api/auth/password', pending.s, {
          currentPassword: 'Demo@12345',
          newPassword: 'Other#pass9',
        })
      ).statusCode,
    ).toBe(403);
    const wrong = await post('/api/auth/totp/verify', pending.s, { code: '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: { code: 'TOTP_INVALID' } });
    // As if enrolled a while ago: the code of this 30-second step has not been used yet.
    await env.ownerDb
      .updateTable('app_user')
      .set({ totp_last_step: '1' })
      .where('id', '=', s.userId)
      .execute();
    const code = await generate({ secret });
    const ok = await post('/api/auth/totp/verify', pending.s, { code });
    expect(ok.json()).toEqual({ step: null });
    expect((await get('/api/cases', pending.s)).statusCode).toBe(200);
    // The same code again, on another sign-in: refused as a replay.
    const again = await signIn('grid_worker');
    expect((await post('/api/auth/totp/verify', again.s, { code })).statusCode).toBe(401);
    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('actor_username', '=', 'grid_worker')
      .where('action', 'in', ['totp_enable', 'totp_failed'])
      .execute();
    expect(audit.map((a) => a.action)).toContain('totp_enable');
    expect(audit.map((a) => a.action)).toContain('totp_failed');
  });

  it('five wrong codes end the pending session; a security administrator can reset a lost factor', async () => {
    const { s } = await signIn('water_handler');
    await enrol(s);
    const pending = await signIn('water_handler');
    for (let i = 0; i < 5; i++) await post('/api/auth/totp/verify', pending.s, { code: '123456' });
    expect((await get('/api/auth/me', pending.s)).statusCode).toBe(401);

    const sec = { s: await adminSession('security_admin') };
    const target = await env.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'water_handler')
      .executeTakeFirstOrThrow();
    const reset = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      headers: sec.s.headers,
      payload: { resetTotp: true },
    });
    expect(reset.statusCode).toBe(200);
    expect((await signIn('water_handler')).step).toBeNull();
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes; activity within a minute costs no write', async () => {
    // A fresh sign-in each time, so the first request reads the session row (not this process's cached copy).
    const lastSeen = async (userId: string) =>
      (
        await env.ownerDb.selectFrom('session').select('last_seen_at').where('user_id', '=', userId).execute()
      ).map((r) => r.last_seen_at.getTime());
    const idleFor = (userId: string, minutes: number) =>
      env.ownerDb
        .updateTable('session')
        .set({ last_seen_at: sql<Date>`now() - make_interval(mins => ${minutes})` })
        .where('user_id', '=', userId)
        .execute();

    const busy = await login(env.app, 'dispatcher');
    const before = await lastSeen(busy.userId);
    expect((await get('/api/auth/me', busy)).statusCode).toBe(200);
    expect((await get('/api/auth/me', busy)).statusCode).toBe(200);
    expect(await lastSeen(busy.userId)).toEqual(before);

    const quiet = await login(env.app, 'operator');
    await idleFor(quiet.userId, 29);
    expect((await get('/api/auth/me', quiet)).statusCode).toBe(200);
    expect(Date.now() - (await lastSeen(quiet.userId))[0]!).toBeLessThan(60_000);

    const gone = await login(env.app, 'supervisor');
    await idleFor(gone.userId, 31);
    expect((await get('/api/auth/me', gone)).statusCode).toBe(401);
    expect(await lastSeen(gone.userId)).toEqual([]);
  });

  it('a user sees and ends their own sessions; not anyone else’s', async () => {
    const a = await signIn('street_lead');
    const b = await signIn('street_lead');
    const list = await get('/api/auth/sessions', a.s);
    const items = list.json<{ items: { id: string; ip: string; userAgent: string; current: boolean }[] }>()
      .items;
    expect(items).toHaveLength(2);
    expect(items[0]!.ip).toMatch(/^10\.2\.0\./);
    expect(items[0]!.userAgent).toBe('vitest-browser/2.0');
    const other = items.find((i) => !i.current)!;
    const end = await env.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${other.id}`,
      headers: a.s.headers,
    });
    expect(end.statusCode).toBe(204);
    expect((await get('/api/auth/me', b.s)).statusCode).toBe(401);
    expect((await get('/api/auth/me', a.s)).statusCode).toBe(200);

    const stranger = await signIn('street_lead2');
    const theirs = (await get('/api/auth/sessions', stranger.s)).json<{ items: { id: string }[] }>()
      .items[0]!;
    const foreign = await env.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${theirs.id}`,
      headers: a.s.headers,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await get('/api/sessions', a.s)).statusCode).toBe(403);
  });

  it('the security administrator lists everyone’s sessions and ends any', async () => {
    const victim = await signIn('street_lead2');
    const sec = { s: await adminSession('security_admin') };
    const all = (await get('/api/sessions', sec.s)).json<{
      items: { id: string; user: { username: string } }[];
    }>();
    const target = all.items.find((i) => i.user.username === 'street_lead2')!;
    const end = await env.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${target.id}`,
      headers: sec.s.headers,
    });
    expect(end.statusCode).toBe(204);
    const left = await get('/api/auth/sessions', victim.s);
    expect(left.statusCode).toBe(401);
  });
});
