import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.ts';
import { createDb, type Db } from '../../db/database.ts';
import { createTestEnv, login, type TestEnv } from '../../test/harness.ts';
import { waitFor } from '../../test/wait.ts';
import { startNotificationListener, type NotificationListener } from '../notifications/notifications.live.ts';
import { SessionCache } from './session-cache.ts';

/**
 * Several server processes (issue 14): a sign-out in one process ends the session in the others at once, not
 * after their session caches' time bound. Two apps on one database, each with its own pool, session cache and
 * listening connection, as two processes have; the second's cache would keep a session for an hour.
 */
let env: TestEnv;
let db2: Db;
let appB: App;
let liveB: NotificationListener;

beforeAll(async () => {
  env = await createTestEnv();
  db2 = createDb({ connectionString: env.appUrl, max: 3 }).db;
  appB = await buildApp({
    ctx: { ...env.ctx, db: db2 },
    logLevel: 'silent',
    sessionCache: new SessionCache(3_600_000),
  });
  await appB.ready();
  liveB = await startNotificationListener({ connectionString: env.appUrl, db: db2 });
});
afterAll(async () => {
  await appB?.close();
  await liveB?.close();
  await db2?.destroy();
  await env?.close();
});

describe('session cache across processes', () => {
  it('a sign-out in one process ends the session in another that had it cached', async () => {
    const s = await login(env.app, 'operator');
    const me = () => appB.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect((await me()).statusCode).toBe(200); // now cached in B for an hour

    const out = await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
    expect(out.statusCode).toBeLessThan(300);
    const status = await waitFor(
      async () => {
        const code = (await me()).statusCode;
        return code === 401 ? code : undefined;
      },
      { timeout: 5_000, what: 'the other process to drop the session' },
    );
    expect(status).toBe(401);
  });
});
