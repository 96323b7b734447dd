import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { createDb, type Db } from '../db/database.ts';
import { createTestEnv, type TestEnv } from '../test/harness.ts';
import { counterKey, hit, purgeCounters } from './ratelimit.ts';

// Hole 16: limits were counted in memory per process, so each instance (and each restart) granted them anew.
let env: TestEnv;
let second: { app: App; db: Db };
beforeAll(async () => {
  env = await createTestEnv();
  // another instance: its own app and connection pool, the same database
  const { db } = createDb({ connectionString: env.url, max: 2 });
  const app = await buildApp({ ctx: { ...env.ctx, db }, logLevel: 'silent' });
  await app.ready();
  second = { app, db };
});
afterAll(async () => {
  await second.app.close();
  await second.db.destroy();
  await env.close();
});

const map = (app: App, remoteAddress: string) =>
  app.inject({ method: 'GET', url: '/api/public/map', remoteAddress });

describe('rate limits shared by every instance', () => {
  it('two instances on one database share the counter (public map: 60 a minute per address)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 30; i++) codes.push((await map(env.app, '192.0.2.10')).statusCode);
    for (let i = 0; i < 30; i++) codes.push((await map(second.app, '192.0.2.10')).statusCode);
    expect(codes.every((c) => c === 200)).toBe(true);
    const over = await map(second.app, '192.0.2.10');
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((await map(env.app, '192.0.2.10')).statusCode).toBe(429);
    expect((await map(env.app, '192.0.2.11')).statusCode).toBe(200); // another address has its own count
  });

  it('keys are stored hashed, a window that passed starts over, old counters are purged', async () => {
    const key = counterKey('test', 'og_secret-api-key');
    expect(key).not.toContain('og_secret-api-key');
    expect((await hit(env.db, key, 60_000)).hits).toBe(1);
    expect((await hit(env.db, key, 60_000)).hits).toBe(2);
    await env.ownerDb
      .updateTable('rate_limit_counter')
      .set({ window_start: new Date(Date.now() - 2 * 86_400_000) })
      .where('key', '=', key)
      .execute();
    const fresh = await hit(env.db, key, 60_000);
    expect(fresh.hits).toBe(1);
    expect(fresh.ttlMs).toBeGreaterThan(0);
    await env.ownerDb
      .updateTable('rate_limit_counter')
      .set({ window_start: new Date(Date.now() - 2 * 86_400_000) })
      .where('key', '=', key)
      .execute();
    expect(await purgeCounters(env.db)).toBeGreaterThanOrEqual(1);
  });
});
